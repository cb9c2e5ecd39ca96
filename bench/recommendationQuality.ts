/**
 * Offline evaluation of the recommender on a simulated population (bench/population.ts):
 * each person's saves and applications are split 80/20, the engine learns from the 80 %, and
 * each method's top 10 is scored against the held-out 20 % with precision@10 and NDCG@10.
 *
 *   npm run bench:recs:quality   (RECS_PEOPLE, RECS_JOBS, RECS_SEED to vary it)
 */
import { loadConfig } from '../src/config.js';
import { CoOccurrence } from '../src/domain/recommendations/coOccurrence.js';
import { jobFeatures, type JobFeatures } from '../src/domain/recommendations/features.js';
import { JobIndex } from '../src/domain/recommendations/jobIndex.js';
import type { PersonModel } from '../src/domain/recommendations/personModel.js';
import { Recommender, type Method } from '../src/domain/recommendations/recommender.js';
import { learn, type Taste } from '../src/domain/recommendations/taste.js';
import { byPerson, makeJobs, makePeople, random, simulate, type Interaction, type SimJob, type SimPerson } from './population.js';

const PEOPLE = Number(process.env.RECS_PEOPLE ?? 1000);
const JOBS = Number(process.env.RECS_JOBS ?? 2000);
const SEED = Number(process.env.RECS_SEED ?? 7);
const K = 10;

export function simFeatures(job: SimJob): JobFeatures {
  return jobFeatures(
    { id: job.id, community: job.community, title: job.title, company: job.company, location: job.location, workMode: job.workMode, salaryMin: null, salaryMax: job.salaryMax, salaryCurrency: 'USD' },
    { skills: job.skills, seniority: job.seniority, workMode: job.workMode, yearsExperience: job.yearsExperience, salaryMin: null, salaryMax: job.salaryMax, salaryCurrency: 'USD' },
  );
}

/** The person as Jobscout would know them after the training interactions. */
export function simModel(person: SimPerson, training: readonly Interaction[], index: JobIndex, signals: Record<'apply' | 'save' | 'dismiss', number>): PersonModel {
  let taste: Taste = {};
  const items: PersonModel['items'] = [];
  const excluded = new Set<number>();
  for (const interaction of training) {
    const job = index.byId(interaction.jobId)!;
    taste = learn(taste, job, signals[interaction.kind]);
    excluded.add(job.jobId);
    if (interaction.kind !== 'dismiss') items.push({ jobId: job.jobId, title: job.title, company: job.company });
  }
  return { personId: person.id, profile: person.profile, taste, signals: training.length, avoidTitles: [], items, excluded, communities: [person.community] };
}

function main(): void {
  const config = loadConfig({});
  const rand = random(SEED);
  const jobs = makeJobs(JOBS, rand);
  const people = makePeople(PEOPLE, rand);
  const interactions = simulate(people, jobs, rand, 120);
  const grouped = byPerson(interactions);

  const training = new Map<number, Interaction[]>();
  const heldOut = new Map<number, Set<number>>();
  for (const [personId, all] of grouped) {
    const positives = all.filter((interaction) => interaction.kind !== 'dismiss');
    const shuffled = positives.map((interaction) => ({ interaction, key: rand() })).sort((a, b) => a.key - b.key).map(({ interaction }) => interaction);
    const cut = Math.max(1, Math.round(shuffled.length * 0.2));
    heldOut.set(personId, new Set(shuffled.slice(0, cut).map((interaction) => interaction.jobId)));
    training.set(personId, [...shuffled.slice(cut), ...all.filter((interaction) => interaction.kind === 'dismiss')]);
  }

  const index = new JobIndex(jobs.map(simFeatures));
  const pairs = [...training.values()].flat().filter((interaction) => interaction.kind !== 'dismiss').map((interaction) => [interaction.personId, interaction.jobId] as const);
  // One community: everyone here sees everyone's counts (the scale benchmark splits them).
  const recommender = new Recommender(index, new Map([[people[0]!.community, CoOccurrence.build(pairs, config.recommendations.minCoOccurrence)]]), config.recommendations);

  const methods: Method[] = ['popularity', 'content', 'collaborative', 'hybrid'];
  const totals = new Map(methods.map((method) => [method, { precision: 0, ndcg: 0 }]));
  let evaluated = 0;
  for (const person of people) {
    const relevant = heldOut.get(person.id);
    if (!relevant?.size) continue;
    const model = simModel(person, training.get(person.id) ?? [], index, config.recommendations.signals);
    evaluated++;
    for (const method of methods) {
      const top = recommender.recommend(model, K, { method, minScore: 0 }).map((rec) => rec.jobId);
      const hits: number[] = top.map((jobId) => (relevant.has(jobId) ? 1 : 0));
      const dcg = hits.reduce((sum, hit, i) => sum + hit / Math.log2(i + 2), 0);
      const ideal = Array.from({ length: Math.min(K, relevant.size) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
      const total = totals.get(method)!;
      total.precision += hits.reduce((a, b) => a + b, 0) / K;
      total.ndcg += dcg / ideal;
    }
  }
  const positives = interactions.filter((interaction) => interaction.kind !== 'dismiss').length;
  console.log(`Simulated population: ${people.length} people, ${jobs.length} jobs, ${positives} saves and applications, ${interactions.length - positives} dismissals (seed ${SEED})`);
  console.log(`Held out 20% of each person's saves and applications; ${evaluated} people evaluated. Hybrid = ${config.recommendations.weights.content} content + ${config.recommendations.weights.collaborative} collaborative.\n`);
  console.log('method          precision@10   NDCG@10');
  const rows = methods.map((method) => ({ method, precision: totals.get(method)!.precision / evaluated, ndcg: totals.get(method)!.ndcg / evaluated }));
  for (const row of rows) console.log(`${row.method.padEnd(15)} ${row.precision.toFixed(4).padStart(12)} ${row.ndcg.toFixed(4).padStart(9)}`);
  const hybrid = rows.find((row) => row.method === 'hybrid')!;
  const beaten = rows.filter((row) => row.method !== 'hybrid' && hybrid.precision > row.precision && hybrid.ndcg > row.ndcg).length;
  console.log(`\nHybrid beats ${beaten} of 3 other methods on both measures.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
