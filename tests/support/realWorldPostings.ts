import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { analyzePosting, type JobAnalysis } from '../../src/domain/analysis/analyzePosting.js';
import { isSoftSkill, type Taxonomy } from '../../src/domain/analysis/taxonomy.js';
import { FetchRefused, type PageFetcher } from '../../src/domain/intake/pageFetcher.js';
import { pastedPosting, readPastedFields } from '../../src/domain/intake/pastedText.js';
import type { ParsedPosting } from '../../src/domain/intake/posting.js';
import { readPosting } from '../../src/domain/intake/readPosting.js';
import { PER_YEAR, type PayPeriod } from '../../src/domain/intake/salary.js';
import { PRESUMED_WORK_MODE } from '../../src/domain/analysis/workModeText.js';
import { loadConfig } from '../../src/config.js';
import { postingReaders } from '../../src/integrations/jobSources.js';

/**
 * The real-world evaluation set: postings real employers published (saved API answers, schema.org
 * pages, pasted text), each labelled by hand before the extractor ever ran on it. `dev` is what
 * the heuristics were tuned on; `heldout` was set aside and looked at only at the end.
 */
export interface RealPosting {
  file: string;
  set: RealWorldSet;
  source: string;
  shape: string;
  field: 'engineering' | 'other';
  url: string | null;
  body: unknown;
  label: Label;
}

export interface Label {
  title: string;
  company: string;
  location: string | null;
  workMode: 'remote' | 'hybrid' | 'onsite' | null;
  salary: { min: number | null; max: number | null; currency: string; period: PayPeriod } | null;
  skills: string[];
  nice: string[];
  soft: string[];
}

const ROOT = new URL('../fixtures/realworld/', import.meta.url);

/**
 * `dev` tuned the heuristics; `heldout` was read once at the end of that work and has informed
 * fixes since; `fresh` was labelled afterwards by people who never saw the extractor, measured
 * blind once, then read for fixes; `fresh2` was labelled the same way after that, as the next
 * unseen measure, and read for fixes in its turn; `fresh3` is the next: 20 postings two helpers
 * found and labelled without seeing the extractor, measured once at the end of that work; `fresh4`
 * is the one after, labelled the same way with one more rule (a tag names a skill, not a task),
 * and with a second reader's blind labels beside it (`second/`) to show how far two people agree;
 * `fresh5` the one after that, read blind once the taxonomy had grown by field rather than by label;
 * `fresh6` the one read blind after the fixes fresh5 and an outside review prompted; `fresh7` the
 * next (16 postings), read blind after work-mode fixes and a second reading of fresh6; `fresh8` the
 * next (14), read blind after the teaser pages and the languages asked in the posting's own words;
 * `fresh9` the next (20), read blind after the fixes fresh8 prompted; `fresh10` the next (17), read
 * blind after fresh9's fixes, the common trades' vocabulary and an outside review's fixes; `fresh11`
 * the next (9), read blind after fresh10's fixes and the common skills in other languages; `fresh12`
 * the next (16), read blind after the occupations a title names became skills; `fresh13` the next
 * (14), read blind after skill names were scanned as tries; `fresh14` the next (13), read blind after
 * fresh13's fixes and the taxonomy's growth to what the earlier sets' labels name; `fresh15` the next
 * (12), read blind after kinds of tool named by examples and product names read only in lists;
 * `fresh16` the last (12), read blind after fresh15's fixes and an outside review's.
 */
export type RealWorldSet = 'dev' | 'heldout' | 'fresh' | 'fresh2' | 'fresh3' | 'fresh4' | 'fresh5' | 'fresh6' | 'fresh7' | 'fresh8' | 'fresh9' | 'fresh10' | 'fresh11' | 'fresh12' | 'fresh13' | 'fresh14' | 'fresh15' | 'fresh16';

export function loadRealWorld(sets: readonly RealWorldSet[] = ['dev', 'heldout']): RealPosting[] {
  return sets.flatMap((set) =>
    (existsSync(new URL(`${set}/`, ROOT)) ? readdirSync(new URL(`${set}/`, ROOT)) : [])
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((file) => ({ ...(JSON.parse(readFileSync(new URL(`${set}/${file}`, ROOT), 'utf8')) as Omit<RealPosting, 'file' | 'set'>), file, set })),
  );
}

/** One pasted-text posting of the dev set, with its labelled title and company. */
export function pastedRealPosting(file: string): { text: string; title: string; company: string } {
  const posting = loadRealWorld(['dev']).find((candidate) => candidate.file === file && candidate.shape === 'text');
  if (!posting) throw new Error(`no pasted-text posting ${file} in the dev set`);
  return { text: posting.body as string, title: posting.label.title, company: posting.label.company };
}

/**
 * Serves a saved answer for whatever the reader asks of the posting's own API or page; any other
 * request (a board's name) is a 404, as for a board that has gone, so the reader's fallback is used.
 */
function fixtureFetcher(posting: RealPosting): PageFetcher {
  const body = typeof posting.body === 'string' ? posting.body : JSON.stringify(posting.body);
  return {
    async get(url) {
      const path = new URL(url).pathname;
      // A Workable short link redirects to the account's page of the job; the saved answers don't
      // name their account, so the bench lands on a made-up one (and scores the company it gives).
      const short = /^\/j\/([A-Z0-9]+)\/?$/i.exec(path);
      if (short) return { url: `https://apply.workable.com/saved-account/j/${short[1]}/`, contentType: 'text/html', body: '' };
      const own = posting.shape === 'jsonld' || /\/jobs\/\d+$|\/postings\/|\/job-board\/|\/jobs\/[A-Z0-9]+$|\/offers\//i.test(path);
      if (!own) throw new FetchRefused('status', `${url} answered 404`);
      return { url, contentType: posting.shape === 'jsonld' ? 'text/html' : 'application/json', body };
    },
  };
}

const config = loadConfig({});
const quiet = pino({ level: 'silent' });

export interface Extraction {
  posting: ParsedPosting | null;
  analysis: JobAnalysis | null;
  error: string | null;
  ms: number;
}

/**
 * A pasted posting as the add form keeps it: what the text says clearly is kept, and a title or
 * company it doesn't say is asked for on its field. The person's answer is not simulated: the
 * unclear field stays empty and is scored wrong, while the place, pay, work mode and skills are
 * read from the text exactly as they are once the person fills it in.
 */
function pastedAsTheFormKeepsIt(text: string): ParsedPosting {
  const fields = readPastedFields(text);
  return pastedPosting(text, { title: fields.title ?? '', company: fields.company ?? '', location: fields.location });
}

/** Reads and analyses one saved posting the way `/job add` does, with no network and no Claude. */
export async function extract(posting: RealPosting, taxonomy: Taxonomy): Promise<Extraction> {
  const started = performance.now();
  let read: ParsedPosting | null = null;
  let error: string | null = null;
  try {
    if (posting.shape === 'text') read = pastedAsTheFormKeepsIt(String(posting.body));
    else {
      const fetcher = fixtureFetcher(posting);
      // A page saved without its address (found inside a crawler's script) is served at a made-up
      // one: a page is read for what it holds, whatever its address.
      const url = posting.url ?? `https://careers.example/${posting.file.replace(/\.json$/, '')}`;
      read = (await readPosting({ fetcher, postingReaders: postingReaders(fetcher, config.intake.ats), analyst: null, logger: quiet }, url)).posting;
    }
  } catch (failure) {
    error = (failure as Error).message;
  }
  const analysis = read ? analyzePosting(taxonomy, { ...read, salaryPeriod: read.salaryPeriod ?? null }) : null;
  return { posting: read, analysis, error, ms: performance.now() - started };
}

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
// "Accountant (w/m/d)", "Aide comptable F/H" and "Accountant" are the same title: labellers keep the genders or drop them.
const GENDERS = String.raw`(?:[mwfdhx]|div)\s*[/|,]\s*(?:[mwfdhx]|div)(?:\s*[/|,]\s*(?:[mwfdhx]|div))?`;
const titleWords = (text: string) => words(text.replace(new RegExp(String.raw`\s*\(${GENDERS}\)`, 'gi'), '').replace(new RegExp(String.raw`(?:\s+${GENDERS})+$`, 'i'), ''));
const companyWords = (text: string) => words(text).replace(/\b(inc|llc|ltd|limited|gmbh|ggmbh|oy|oyj|ab|corp|corporation|co|plc|bv|ag|sa|sas|sarl|srl|com|edu|io)\b/g, '').replace(/\s+/g, ' ').trim();

function sameLocation(label: string | null, found: string | null): boolean {
  if (label === null) return found === null;
  if (found === null) return false;
  const [labelFirst] = label.split(/[,(·|/]|\s-\s/);
  const [foundFirst] = found.split(/[,(·|/]|\s-\s/);
  const a = words(labelFirst ?? label);
  const b = words(foundFirst ?? found);
  return Boolean(a && b) && (words(found).includes(a) || words(label).includes(b));
}

function sameSalary(label: Label['salary'], analysis: JobAnalysis): boolean {
  if (label === null) return analysis.salaryMin === null && analysis.salaryMax === null;
  const yearly = (amount: number | null) => (amount === null ? null : amount * PER_YEAR[label.period]);
  const close = (expected: number | null, found: number | null) => (expected === null ? found === null || found === undefined : found !== null && Math.abs(found - expected) <= expected * 0.01);
  const min = label.min === label.max ? (analysis.salaryMin ?? analysis.salaryMax) : analysis.salaryMin;
  // One figure ("$20/hr guarantee") is labelled as a minimum alone and stored as both ends.
  const single = label.max === null && analysis.salaryMin !== null && analysis.salaryMin === analysis.salaryMax;
  const max = single ? null : analysis.salaryMax;
  return analysis.salaryCurrency === label.currency && analysis.salaryPeriod === label.period && close(yearly(label.min), min) && close(yearly(label.max), max);
}

/** A label's skill as the taxonomy names it, so "Postgres" and "PostgreSQL" are one skill; else as written. */
export function canonical(taxonomy: Taxonomy, name: string): { name: string; soft: boolean; known: boolean } {
  // "Sarbanes-Oxley (SOX)": a label with its abbreviation is the skill either part names.
  const parts = /^(.+?)\s*\((.+)\)$/.exec(name.trim());
  // A skill found at the start of a much longer label ("Java" in "Java performance tuning") is not what it names.
  // A label written in lower case ("crm") names the skill as much as "CRM" does.
  // A label that is an alias as a whole ("site reliability engineering" for SRE) is that skill, however short its name.
  const named = (text: string) => {
    const whole = taxonomy.whole(text);
    if (whole) return whole;
    const skill = taxonomy.resolve(text) ?? taxonomy.skills.find((candidate) => candidate.name.toLowerCase() === text.trim().toLowerCase()) ?? null;
    return skill && skill.name.length >= text.length * 0.3 ? skill : null;
  };
  const skill = named(name) ?? (parts ? (named(parts[1]!) ?? named(parts[2]!)) : null);
  return skill ? { name: skill.name, soft: skill.category === 'soft skills', known: true } : { name: words(name), soft: false, known: false };
}

export interface Counts {
  right: number;
  extra: number;
  missed: number;
  /** Of the missed, the labels the taxonomy has no name for: what no reading of the words could find. */
  unknown: number;
}
export interface Score {
  postings: number;
  skills: Counts;
  soft: Counts;
  fields: Record<'title' | 'company' | 'location' | 'workMode' | 'salary', number>;
  /** Of the work modes right, those the card shows as presumed against a label of "not said". */
  presumedUnsaid: number;
  failures: string[];
  ms: number[];
}

export const precision = (counts: Counts) => (counts.right + counts.extra === 0 ? 1 : counts.right / (counts.right + counts.extra));
export const recall = (counts: Counts) => (counts.right + counts.missed === 0 ? 1 : counts.right / (counts.right + counts.missed));
/** The share of labelled skills the taxonomy can name at all. */
export const inVocabulary = (counts: Counts) => (counts.right + counts.missed === 0 ? 1 : (counts.right + counts.missed - counts.unknown) / (counts.right + counts.missed));
/** Recall on the labels the taxonomy can name: how well the words are read, apart from what the vocabulary lacks. */
export const recallInVocabulary = (counts: Counts) => (counts.right + counts.missed - counts.unknown === 0 ? 1 : counts.right / (counts.right + counts.missed - counts.unknown));

/** Scores extractions against the labels: skills (technical and soft apart) and each field. */
export function score(taxonomy: Taxonomy, results: { posting: RealPosting; extraction: Extraction }[]): Score {
  const total: Score = { postings: 0, skills: { right: 0, extra: 0, missed: 0, unknown: 0 }, soft: { right: 0, extra: 0, missed: 0, unknown: 0 }, fields: { title: 0, company: 0, location: 0, workMode: 0, salary: 0 }, presumedUnsaid: 0, failures: [], ms: [] };
  for (const { posting, extraction } of results) {
    total.postings++;
    total.ms.push(extraction.ms);
    const { label } = posting;
    const read = extraction.posting;
    const analysis = extraction.analysis;
    const note = (what: string) => total.failures.push(`${posting.file}: ${what}`);
    if (!read || !analysis) {
      note(`not read (${extraction.error ?? 'no posting found'})`);
      const expected = label.skills.map((name) => canonical(taxonomy, name));
      total.skills.missed += expected.filter((skill) => !skill.soft).length;
      total.skills.unknown += expected.filter((skill) => !skill.soft && !skill.known).length;
      continue;
    }
    const check = (field: keyof Score['fields'], right: boolean, found: unknown, expected: unknown) => {
      if (right) total.fields[field]++;
      else note(`${field}: found ${JSON.stringify(found)}, labelled ${JSON.stringify(expected)}`);
    };
    check('title', titleWords(read.title) === titleWords(label.title), read.title, label.title);
    check('company', companyWords(read.company) === companyWords(label.company), read.company, label.company);
    check('location', sameLocation(label.location, read.location), read.location, label.location);
    // A presumption ("onsite, presumed": a place and no word of remote or hybrid work) is what a
    // labeller who wrote "not said" saw too, and what one who presumed on-site wrote; the card says
    // it is a guess. Fit and recommendations do act on it (as on-site, a little less firmly in the
    // fit), so the bench prints every set's figure without this rule as well.
    const presumed = analysis.workModeDetail === PRESUMED_WORK_MODE;
    const unsaid = presumed && label.workMode === null;
    if (unsaid) total.presumedUnsaid++;
    check('workMode', analysis.workMode === label.workMode || unsaid, analysis.workMode, label.workMode);
    check('salary', sameSalary(label.salary, analysis), [analysis.salaryMin, analysis.salaryMax, analysis.salaryCurrency, analysis.salaryPeriod], label.salary);

    countSkills(taxonomy, label, analysis.skills.map((skill) => ({ name: skill.name, soft: isSoftSkill(skill) })), total, note);
  }
  return total;
}

/**
 * Counts what was found against what a label names, technical and soft skills apart. A found
 * name is soft by its category; a labelled one when the taxonomy or its labeller says so.
 */
function countSkills(taxonomy: Taxonomy, label: Pick<Label, 'skills' | 'soft'>, found: { name: string; soft: boolean }[], total: Pick<Score, 'skills' | 'soft'>, note: (what: string) => void): void {
  const expected = new Map([...label.skills, ...label.soft].map((name) => [canonical(taxonomy, name).name, canonical(taxonomy, name)]));
  const softLabels = new Set(label.soft.map((name) => canonical(taxonomy, name).name));
  const foundNames = new Map(found.map((skill) => [skill.name, skill]));
  for (const [name, { soft }] of foundNames) {
    const bucket = soft ? total.soft : total.skills;
    if (expected.has(name)) bucket.right++;
    else {
      bucket.extra++;
      note(`${soft ? 'soft ' : ''}extra ${name}`);
    }
  }
  for (const [name, skill] of expected) {
    if (foundNames.has(name)) continue;
    const soft = skill.soft || softLabels.has(name);
    const bucket = soft ? total.soft : total.skills;
    bucket.missed++;
    if (!skill.known) bucket.unknown++;
    note(`${soft ? 'soft ' : ''}missed ${name}`);
  }
}

/** A second person's reading of a posting's skills, made without seeing the first label or the extractor. */
export type SecondLabel = Pick<Label, 'skills' | 'nice' | 'soft'>;

/** The second readings of a set, by posting file (tests/fixtures/realworld/second/<set>/). */
export function loadSecondLabels(set: RealWorldSet): Map<string, SecondLabel> {
  const folder = new URL(`second/${set}/`, ROOT);
  if (!existsSync(folder)) return new Map();
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((file) => [file, JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as SecondLabel]),
  );
}

/**
 * How far two people agree on a posting's skills, scored the way the extractor is: the second
 * reading as what was found, the first as what was expected. What a careful second person
 * reaches is the most a reader can be asked to reach on labels written in free words.
 */
export function agreement(taxonomy: Taxonomy, pairs: { first: Label; second: SecondLabel }[]): Pick<Score, 'skills' | 'soft'> & { postings: number } {
  const total = { postings: pairs.length, skills: { right: 0, extra: 0, missed: 0, unknown: 0 }, soft: { right: 0, extra: 0, missed: 0, unknown: 0 } };
  for (const { first, second } of pairs) {
    const soft = new Set(second.soft.map((name) => canonical(taxonomy, name).name));
    const found = new Map([...second.skills, ...second.soft].map((name) => canonical(taxonomy, name)).map((skill) => [skill.name, { name: skill.name, soft: skill.soft || soft.has(skill.name) }]));
    countSkills(taxonomy, first, [...found.values()], total, () => {});
  }
  return total;
}

/**
 * The extractor against both readers at once, the way a set labelled by two people is scored
 * when they disagree: a skill found is right if either reader named it (precision); recall is
 * given on everything either named (the strictest) and on the skills both named, which the
 * posting asks for beyond doubt (the most lenient). Technical skills only.
 */
export function againstBothReaders(taxonomy: Taxonomy, items: { posting: RealPosting; extraction: Extraction; second: SecondLabel }[]): BothReaders {
  let right = 0;
  let extra = 0;
  let agreed = 0;
  let agreedFound = 0;
  let named = 0;
  for (const { posting, extraction, second } of items) {
    const soft = new Set([...posting.label.soft, ...second.soft].map((name) => canonical(taxonomy, name).name));
    const technical = (names: string[]) => new Set(names.map((name) => canonical(taxonomy, name)).filter((skill) => !skill.soft && !soft.has(skill.name)).map((skill) => skill.name));
    const first = technical(posting.label.skills);
    const other = technical(second.skills);
    const found = new Set((extraction.analysis?.skills ?? []).filter((skill) => !isSoftSkill(skill)).map((skill) => skill.name));
    for (const name of found) if (first.has(name) || other.has(name)) right++;
    else extra++;
    for (const name of first) if (other.has(name)) {
      agreed++;
      if (found.has(name)) agreedFound++;
    }
    named += new Set([...first, ...other]).size;
  }
  return { postings: items.length, precision: right / Math.max(1, right + extra), recallOfEither: right / Math.max(1, named), recallOfBoth: agreedFound / Math.max(1, agreed) };
}

/** Skills found against two readers: right if either named it; recall on all they named, and on what both named. */
export interface BothReaders {
  postings: number;
  precision: number;
  recallOfEither: number;
  recallOfBoth: number;
}

/** A row for {@link againstBothReaders}. */
export function bothReadersRow(name: string, { postings, precision, recallOfEither, recallOfBoth }: BothReaders): string {
  return [name.padEnd(18), String(postings).padStart(3), ...[precision, recallOfEither, recallOfBoth].map((figure) => figure.toFixed(2).padStart(6))].join(' ');
}

/** One row of the printed table. */
export function scoreRow(name: string, score: Score): string {
  const pct = (right: number) => `${right}/${score.postings}`.padStart(7);
  return [
    name.padEnd(18),
    String(score.postings).padStart(3),
    precision(score.skills).toFixed(2).padStart(6),
    recall(score.skills).toFixed(2).padStart(6),
    inVocabulary(score.skills).toFixed(2).padStart(6),
    recallInVocabulary(score.skills).toFixed(2).padStart(6),
    precision(score.soft).toFixed(2).padStart(6),
    recall(score.soft).toFixed(2).padStart(6),
    pct(score.fields.title),
    pct(score.fields.company),
    pct(score.fields.location),
    pct(score.fields.workMode),
    pct(score.fields.salary),
  ].join(' ');
}

/**
 * A row with the skills columns only: for a second reader's labels, which have no fields. The
 * vocabulary columns are the extractor's, whose finds are all in the taxonomy; a reader's are not.
 */
export function skillsRow(name: string, score: Pick<Score, 'skills' | 'soft'> & { postings: number }): string {
  return [name.padEnd(18), String(score.postings).padStart(3), ...[precision(score.skills), recall(score.skills), null, null, precision(score.soft), recall(score.soft)].map((figure) => (figure === null ? '-' : figure.toFixed(2)).padStart(6))].join(' ');
}

export const SCORE_HEADER = `${'set'.padEnd(18)}   n  sk.P   sk.R in.voc  R.voc soft.P soft.R   title company  locat.    mode  salary`;
