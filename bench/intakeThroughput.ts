/**
 * Quality on the real-world set (per shape; the held-out and fresh parts only with INTAKE_HELDOUT=1,
 * once the heuristics are done), then throughput on real postings and on 1,000 JSON-LD job pages built from the labelled postings,
 * read (readJsonLd: HTML, JSON-LD, description to text) and analysed (skills, seniority, salary),
 * beside a baseline that only loads the same HTML with cheerio, in the same run.
 * Run on purpose: `npm run bench:intake` (BENCH_N to change the count).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { load } from 'cheerio';
import { analyzePosting } from '../src/domain/analysis/analyzePosting.js';
import { Taxonomy } from '../src/domain/analysis/taxonomy.js';
import { readJsonLd } from '../src/domain/intake/jsonLd.js';
import { againstBothReaders, agreement, bothReadersRow, extract, loadRealWorld, loadSecondLabels, score, scoreRow, skillsRow, SCORE_HEADER, type Extraction, type RealPosting, type RealWorldSet } from '../tests/support/realWorldPostings.js';
import { formatPercentiles } from './stats.js';

const N = Number(process.env.BENCH_N ?? 1000);
const labelled = ['labelled.json', 'heldout.json'].flatMap(
  (name) => JSON.parse(readFileSync(new URL(`../tests/fixtures/skills/${name}`, import.meta.url), 'utf8')) as { title: string; description: string }[],
);

/** A job page the way career sites publish them: schema.org JSON-LD with an HTML description. */
function page(i: number): string {
  const source = labelled[i % labelled.length]!;
  const html = source.description
    .split('\n\n')
    .map((block) => (block.includes('\n') ? `<ul>${block.split('\n').map((line) => `<li>${line.replace(/^[•\-]\s*/, '')}</li>`).join('')}</ul>` : `<p>${block}</p>`))
    .join('');
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: `${source.title} ${i}`,
    hiringOrganization: { '@type': 'Organization', name: `Company ${i % 97}` },
    jobLocation: { '@type': 'Place', address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
    baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 60000 + i, maxValue: 90000 + i, unitText: 'YEAR' } },
    description: html,
  };
  // Career pages carry far more than the posting: navigation, scripts, footers (about 50 KiB here).
  const chrome = `<nav>${'<a href="/x" class="nav-item">Section</a>'.repeat(300)}</nav><script>${'var x=1;'.repeat(4000)}</script>`;
  return `<!doctype html><html><head><title>${source.title}</title><script type="application/ld+json">${JSON.stringify(posting)}</script></head><body>${chrome}<main>${html}</main><footer>${'<a href="#">link</a>'.repeat(500)}</footer></body></html>`;
}

const pages = Array.from({ length: N }, (_, i) => page(i));
const taxonomy = Taxonomy.load();

// Quality on postings real employers published, labelled by hand (skills: precision and recall; fields: right/total).
const sets: RealWorldSet[] = process.env.INTAKE_HELDOUT === '1' ? ['dev', 'heldout', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16'] : ['dev'];
const realPostings = loadRealWorld(sets);
const results: { posting: RealPosting; extraction: Extraction }[] = [];
for (const posting of realPostings) results.push({ posting, extraction: await extract(posting, taxonomy) });
console.log(`Real postings: ${realPostings.length} (${sets.join(' + ')})`);
console.log(SCORE_HEADER);
const bySet = sets.map((set) => ({ set, score: score(taxonomy, results.filter((result) => result.posting.set === set)) }));
for (const row of bySet) if (row.score.postings) console.log(scoreRow(row.set, row.score));
const all = score(taxonomy, results);
if (sets.length > 1) console.log(scoreRow('all', all));
console.log(`per shape, ${sets.length > 1 ? 'all sets' : 'dev'}:`);
for (const shape of [...new Set(realPostings.map((posting) => posting.shape))].sort()) {
  console.log(scoreRow(`  ${shape}`, score(taxonomy, results.filter((result) => result.posting.shape === shape))));
}
console.log(scoreRow('  not engineering', score(taxonomy, results.filter((result) => result.posting.field === 'other'))));
console.log(`mode: ${all.presumedUnsaid} of the ${all.fields.workMode} right are "onsite, presumed" where the label says the posting doesn't say; without them:`);
console.log(`  ${bySet.map((row) => `${row.set} ${row.score.fields.workMode - row.score.presumedUnsaid}/${row.score.postings}`).join(', ')}, all ${all.fields.workMode - all.presumedUnsaid}/${all.postings}`);
// Where a second person labelled the same postings without seeing the first labels: how far two
// careful readers agree, and the extractor scored against the second reader too.
const secondReadings = sets.flatMap((set) => {
  const second = loadSecondLabels(set);
  return results.filter((result) => result.posting.set === set && second.has(result.posting.file)).map((result) => ({ ...result, second: second.get(result.posting.file)! }));
});
if (secondReadings.length) {
  console.log('a second reader, labelling blind (skills only):');
  for (const set of sets) {
    const inSet = secondReadings.filter((reading) => reading.posting.set === set);
    if (!inSet.length) continue;
    console.log(skillsRow(`  ${set} 2nd vs 1st`, agreement(taxonomy, inSet.map(({ posting, second }) => ({ first: posting.label, second })))));
    console.log(skillsRow(`  ${set} ours vs 2nd`, score(taxonomy, inSet.map(({ posting, extraction, second }) => ({ posting: { ...posting, label: { ...posting.label, ...second } }, extraction })))));
  }
  // Where the two readers disagree neither is the truth: found skills against either reading,
  // and recall on the skills both named.
  console.log('the extractor against both readers: sk.P (right if either named it), sk.R of all either named, sk.R of what both named:');
  for (const set of sets) {
    const inSet = secondReadings.filter((reading) => reading.posting.set === set);
    if (inSet.length) console.log(bothReadersRow(`  ${set} ours vs both`, againstBothReaders(taxonomy, inSet)));
  }
  console.log(bothReadersRow('  all ours vs both', againstBothReaders(taxonomy, secondReadings)));
}
const rounds = 20;
const realStarted = performance.now();
for (let round = 0; round < rounds; round++) for (const posting of realPostings) await extract(posting, taxonomy);
console.log(`real postings read and analysed: ${((rounds * realPostings.length) / ((performance.now() - realStarted) / 1000)).toFixed(0)} postings/s\n`);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);

function run(label: string, work: (html: string) => unknown): void {
  const samples: number[] = [];
  const started = performance.now();
  for (const html of pages) {
    const t0 = performance.now();
    work(html);
    samples.push(performance.now() - t0);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(38)} ${(N / seconds).toFixed(0).padStart(6)} postings/s   per posting ${formatPercentiles(samples)}`);
}

console.log(`Intake: ${N} JSON-LD job pages (${(pages.reduce((sum, html) => sum + html.length, 0) / N / 1024).toFixed(1)} KiB on average), Node ${process.version}`);
run('baseline: cheerio load only', (html) => load(html));
run('read (JSON-LD, description to text)', (html) => readJsonLd(html));
run('read and analyse', (html) => {
  const posting = readJsonLd(html)!;
  return analyzePosting(taxonomy, posting);
});
clearInterval(sampler);
console.log(`peak rss ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
