import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { CoOccurrence } from '../../src/domain/recommendations/coOccurrence.js';
import { jobFeatures, type JobFeatures } from '../../src/domain/recommendations/features.js';
import { JobIndex } from '../../src/domain/recommendations/jobIndex.js';
import type { PersonModel } from '../../src/domain/recommendations/personModel.js';
import { Recommender } from '../../src/domain/recommendations/recommender.js';
import { learn, reasonKinds } from '../../src/domain/recommendations/taste.js';

const settings = loadConfig({}).recommendations;

function job(id: number, title: string, company: string, skills: string[], extra: Partial<{ location: string; workMode: 'remote' | 'onsite' | 'hybrid'; seniority: string }> = {}): JobFeatures {
  return jobFeatures(
    { id, title, company, location: extra.location ?? null, workMode: extra.workMode ?? null, salaryMin: null, salaryMax: null, salaryCurrency: null },
    { skills: skills.map((name) => ({ name, category: 'language', required: true })), seniority: extra.seniority ?? null, workMode: null, yearsExperience: null, salaryMin: null, salaryMax: null, salaryCurrency: null },
  );
}

const JOBS = [
  job(1, 'Go Engineer', 'Acme', ['Go', 'PostgreSQL', 'Kubernetes'], { workMode: 'remote' }),
  job(2, 'Senior Go Engineer', 'Globex', ['Go', 'Kafka'], { seniority: 'senior' }),
  job(3, 'Frontend Engineer', 'Initech', ['React', 'CSS']),
  job(4, 'Engineering Manager', 'Hooli', ['Go', 'Leadership']),
  job(5, 'Rust Engineer', 'Umbrella', ['Rust', 'Linux']),
];

function person(extra: Partial<PersonModel> = {}): PersonModel {
  return {
    personId: 1,
    profile: { skills: [{ name: 'Go', category: 'language', level: 'expert' }, { name: 'PostgreSQL', category: 'database', level: 'advanced' }], yearsExperience: 5, targetTitles: [], locations: [], remotePreference: 'any', salaryFloor: null, salaryCurrency: null },
    taste: {},
    signals: 0,
    avoidTitles: [],
    items: [],
    excluded: new Set(),
    communities: ['slack:T1'],
    ...extra,
  };
}

const recommender = (pairs: [number, number][] = []) => new Recommender(new JobIndex(JOBS), new Map([['slack:T1', CoOccurrence.build(pairs, settings.minCoOccurrence)]]), settings);

describe('learning from what a person does', () => {
  it('moves every feature of the job by the signal, within ±3', () => {
    const taste = learn({}, JOBS[0]!, settings.signals.apply);
    expect(taste).toEqual({ 'skill:go': 0.7, 'skill:postgresql': 0.7, 'skill:kubernetes': 0.7, 'company:acme': 0.7, 'title:go': 0.7, 'title:engineer': 0.7, 'location:remote': 0.7 });
    let many = {};
    for (let i = 0; i < 10; i++) many = learn(many, JOBS[0]!, settings.signals.apply);
    expect(many).toMatchObject({ 'skill:go': 3 });
  });

  it('a reason narrows a 👎 to what it names', () => {
    expect(reasonKinds('too senior for me')).toEqual(['seniority']);
    expect(reasonKinds('wrong stack')).toEqual(['skill']);
    expect(reasonKinds('on-site in another city')).toEqual(['location']);
    expect(reasonKinds('meh')).toEqual([]);
    expect(learn({}, JOBS[1]!, settings.signals.dislike, ['seniority'])).toEqual({ 'seniority:senior': -0.3 });
  });
});

describe('Recommender', () => {
  it('ranks by content with reasons, and never offers what is excluded or avoided', () => {
    const someone = person({ excluded: new Set([2]), avoidTitles: ['manager'] });
    const picks = recommender().recommend(someone, 10, { minScore: 0 });
    // Candidates share a skill or a title word with the person: 2 and 4 would, but are ruled out.
    expect(picks.map((pick) => pick.jobId)).toEqual([1]);
    expect(picks[0]!.reasons).toEqual(['matches Go, PostgreSQL', 'remote']);
    expect(recommender().recommend(someone, 10, { minScore: 0, exhaustive: true }).map((pick) => pick.jobId)).toEqual([1, 5, 3]);
  });

  it('with no saves yet the hybrid is the content score alone; collaborative counts more with each save', () => {
    const engine = recommender([
      [7, 1], [7, 5], [8, 1], [8, 5],
    ]);
    const fresh = person();
    const [first] = engine.recommend(fresh, 1, { minScore: 0 });
    expect(first!.confidence).toBe(0);
    expect(first!.score).toBeCloseTo(first!.content, 10);
    const withSave = person({ items: [{ jobId: 1, title: 'Go Engineer', company: 'Acme' }], excluded: new Set([1]) });
    const rust = engine.recommend(withSave, 10, { minScore: 0 }).find((pick) => pick.jobId === 5)!;
    expect(rust.confidence).toBeCloseTo(1 / settings.fullConfidenceAt, 10);
    expect(rust.collaborative).toBeGreaterThan(0.5);
    expect(rust.score).toBeGreaterThan(rust.content);
    expect(rust.reasons).toContain('people who saved Acme also saved this');
  });

  it('one person in common is not enough to call two jobs alike', () => {
    const engine = recommender([
      [7, 1], [7, 5],
    ]);
    const withSave = person({ items: [{ jobId: 1, title: 'Go Engineer', company: 'Acme' }], excluded: new Set([1]) });
    expect(engine.recommend(withSave, 10, { minScore: 0 }).map((pick) => pick.jobId)).not.toContain(5);
    expect(engine.recommend(withSave, 10, { minScore: 0, exhaustive: true }).find((pick) => pick.jobId === 5)!.collaborative).toBe(0);
  });

  it('scores below the minimum are not shown', () => {
    const picks = recommender().recommend(person(), 10);
    expect(picks.every((pick) => pick.score >= settings.minScore)).toBe(true);
    expect(picks.map((pick) => pick.jobId)).not.toContain(3);
  });

  it('the fast path finds what scoring every job finds', () => {
    const engine = recommender();
    const someone = person({ taste: learn({}, JOBS[4]!, 0.5) });
    expect(engine.recommend(someone, 3, { minScore: 0 })).toEqual(engine.recommend(someone, 3, { minScore: 0, exhaustive: true }));
  });

  it('similar: jobs sharing skills with the source, with what they share', () => {
    const [best] = recommender().similar(JOBS[0]!, person(), 3);
    expect(best).toMatchObject({ jobId: 2, reasons: ['shares Go'] });
  });
});

describe('communities', () => {
  // Job 6 was added by hand in workspace T9; the rest are public postings.
  const privateJob = { ...job(6, 'Go Engineer', 'Stark', ['Go', 'PostgreSQL', 'Kubernetes'], { workMode: 'remote' }), community: 'slack:T9' };
  const engine = (collaboration: [string, [number, number][]][] = []) =>
    new Recommender(new JobIndex([...JOBS, privateJob]), new Map(collaboration.map(([community, pairs]) => [community, CoOccurrence.build(pairs, settings.minCoOccurrence)] as const)), settings);

  it('a job added by hand in another community is never offered, however well it matches, on the fast path, the exhaustive one or in "similar"', () => {
    const outsider = person();
    expect(engine().recommend(outsider, 10, { minScore: 0 }).map((pick) => pick.jobId)).not.toContain(6);
    expect(engine().recommend(outsider, 10, { minScore: 0, exhaustive: true }).map((pick) => pick.jobId)).not.toContain(6);
    expect(engine().similar(JOBS[0]!, outsider, 10).map((pick) => pick.jobId)).not.toContain(6);
    const insider = person({ communities: ['slack:T9'] });
    expect(engine().recommend(insider, 1, { minScore: 0 })[0]!.jobId).toBe(6);
  });

  it("counts from another community's people are never heard", () => {
    const counts: [string, [number, number][]][] = [['slack:T2', [[7, 1], [7, 5], [8, 1], [8, 5]]]];
    const withSave = person({ items: [{ jobId: 1, title: 'Go Engineer', company: 'Acme' }], excluded: new Set([1]) });
    const rust = (someone: PersonModel) => engine(counts).recommend(someone, 10, { minScore: 0, exhaustive: true }).find((pick) => pick.jobId === 5)!;
    expect(rust(withSave)).toMatchObject({ collaborative: 0 });
    expect(rust(withSave).reasons.join(' ')).not.toContain('people who saved');
    expect(rust({ ...withSave, communities: ['slack:T2'] }).reasons).toContain('people who saved Acme also saved this');
  });
});
