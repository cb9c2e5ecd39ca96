import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/domain/analysis/analyzePosting.js';
import { Taxonomy } from '../../src/domain/analysis/taxonomy.js';

interface Labelled {
  title: string;
  description: string;
  skills: string[];
  nice: string[];
}

const read = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/skills/${name}`, import.meta.url), 'utf8')) as Labelled[];
// labelled.json was written beside the taxonomy; heldout.json was written afterwards without
// looking at it, so its score says more about postings Jobscout hasn't seen.
const tuned = read('labelled.json');
const heldOut = read('heldout.json');
const labelled = [...tuned, ...heldOut];
const taxonomy = Taxonomy.load();

function analyse(posting: Labelled) {
  return analyzePosting(taxonomy, { title: posting.title, description: posting.description, location: null, workMode: null, salaryMin: null, salaryMax: null, salaryCurrency: null });
}

/** Precision and recall of the skills found against the labels, with each miss named. */
function score(postings: Labelled[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let niceRight = 0;
  let niceTotal = 0;
  const misses: string[] = [];
  for (const posting of postings) {
    const found = analyse(posting).skills;
    const names = new Set(found.map((skill) => skill.name));
    const expected = new Set(posting.skills);
    for (const name of names) {
      if (expected.has(name)) truePositives++;
      else {
        falsePositives++;
        misses.push(`${posting.title}: found ${name}`);
      }
    }
    for (const name of expected) {
      if (!names.has(name)) {
        falseNegatives++;
        misses.push(`${posting.title}: missed ${name}`);
      }
    }
    for (const skill of found.filter((candidate) => expected.has(candidate.name))) {
      niceTotal++;
      if (skill.required === !posting.nice.includes(skill.name)) niceRight++;
    }
  }
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + falseNegatives);
  const summary =
    `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${truePositives} right, ${falsePositives} extra, ${falseNegatives} missed); ` +
    `required vs nice-to-have right for ${niceRight}/${niceTotal}` +
    (misses.length ? `\n  ${misses.join('\n  ')}` : '');
  return { precision, recall, summary };
}

describe('skills extraction on a labelled set', () => {
  it(`finds the skills of ${labelled.length} postings with precision and recall of at least 0.85`, () => {
    const all = score(labelled);
    console.log(`skills extraction, all ${labelled.length} postings: ${all.summary}`);
    console.log(`  of which the ${heldOut.length} held out: ${score(heldOut).summary}`);
    expect(labelled.length).toBeGreaterThanOrEqual(30);
    expect(all.precision).toBeGreaterThanOrEqual(0.85);
    expect(all.recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe('the taxonomy', () => {
  it('gives every alias to one skill only: a second claim would name the first skill, never its own', () => {
    expect(taxonomy.shadowed).toEqual([]);
  });

  it.each([
    ['Strong product sense and problem framing.', []],
    ['JUnit, Espresso and Mockito', ['JUnit']],
    ['Our hiring process has three steps.', []],
    ['Chennai, Tamil Nadu; Prague, Czech Republic', ['Tamil', 'Czech']],
    ['raised our Series C at a $2B valuation', []],
    ['Apollo Client and Apollo Server', []],
    ['the full story of our open roads and a live view', []],
    ['prepare pitch books', []],
    // Everyday words among the aliases an outside review checked: an airport's concourse, a video call, a bank's stress tests.
    ['Work in our store in Concourse B at the airport', []],
    ['You will meet the team over Google Meet', []],
    ['Run stress testing of the loan portfolio', []],
  ])('tags nothing an everyday phrase does not ask for: %s', (text, expected) => {
    expect(taxonomy.find(text).map((found) => found.skill.name)).toEqual(expected);
  });

  it.each([
    ['k8s and JS', ['Kubernetes', 'JavaScript']],
    ['Golang, not go-to-market', ['Go']],
    ['the rest of the team uses a RESTful API', ['REST APIs']],
    ['React Native, then React', ['React Native', 'React']],
    ['SQL Server and PostgreSQL', ['SQL Server', 'PostgreSQL']],
    ['C#, C++ and .NET on ASP.NET', ['C#', 'C++', '.NET']],
    ['Node.js, not node', ['Node.js']],
    ['R&D, Series C, at the helm', []],
    ['lead commercial negotiations and code reviews on container platforms', ['Negotiation', 'Code Review', 'Containers']],
    ['she excels at Excel', ['Microsoft Excel']],
    ['B2B Sales, group policy and power bi', ['B2B Sales', 'Group Policy', 'Power BI']],
    // Read left to right: what the first name covers starts no other, whichever alternation holds it.
    ['digital marketing strategies', ['Digital Marketing']],
    ['a Senior Information Security Engineer', ['Cybersecurity']],
  ])('%s', (text, expected) => {
    expect(taxonomy.find(text).map((found) => found.skill.name)).toEqual(expected);
  });

  it('resolves what a person types to the canonical skill', () => {
    expect(taxonomy.resolve('k8s')?.name).toBe('Kubernetes');
    expect(taxonomy.resolve('postgres')).toEqual({ name: 'PostgreSQL', category: 'databases' });
    expect(taxonomy.resolve('underwater basket weaving')).toBeNull();
  });

  it("reads a product's name with a capital inside however it is written, an everyday word only as written", () => {
    expect(taxonomy.find('embedded databases (sqlite, pouchdb) and autocad').map((mention) => mention.skill.name)).toEqual(['SQLite', 'PouchDB', 'CAD']);
    // "ios" is part of other words more often than it is the system; "Go" a verb when small.
    expect(taxonomy.find('scenarios, ratios, let go').map((mention) => mention.skill.name)).toEqual([]);
  });

  it('reads a product named by an everyday word only in a list that names another tool', () => {
    const names = (text: string) => taxonomy.find(text).map((mention) => mention.skill.name);
    expect(names('Write software in C, C++, Assembly, and other low-level languages')).toEqual(['C', 'C++', 'Assembly']);
    expect(names('Senior Software Engineer - Storage Core (C/Linux)')).toEqual(['C', 'Linux']);
    expect(names('You run payments through QuickBooks Online, Bill.com, Ramp')).toEqual(['QuickBooks', 'Bill.com', 'Ramp']);
    expect(names('low-code tools (Zapier, Make)')).toEqual(['Zapier', 'Workflow Automation Tools']);
    // Outside a list, or in a list of nothing we know, the word is the word.
    expect(names('Ramp up quickly. Make it happen. We raised our Series C - and more. Assembly of parts.')).toEqual([]);
    expect(names('Make, Ramp or Moss')).toEqual([]);
    // A hyphen glues words, but not before what says a thing is made for the skill.
    expect(names('SEO-friendly pages, GDPR-compliant storage, AWS-certified engineers, a go-to person')).toEqual(['SEO', 'GDPR', 'AWS']);
    // A list of other things than tools, or a line break, is no list of tools.
    expect(names('Welding, Assembly, Soldering')).not.toContain('Assembly');
    expect(names('Prospecting, Outreach, Cold Calling')).not.toContain('Outreach');
    expect(names('QuickBooks\nMake sure to include a cover letter')).toEqual(['QuickBooks']);
    expect(names('Experience with Docker, Ramp, Peloton')).toEqual(['Docker']);
    expect(taxonomy.resolve('Ramp up')).toBeNull();
    // Typed alone as a skill, the name is the product.
    expect(taxonomy.resolve('C')?.name).toBe('C');
    expect(taxonomy.resolve('Ramp')?.name).toBe('Ramp');
  });
});
