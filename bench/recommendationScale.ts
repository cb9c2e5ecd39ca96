/**
 * Scale of the recommender: every person's digest picks over a large pool of open jobs, through
 * the fast path Jobscout uses (inverted-index candidates plus co-occurrence), beside an
 * exhaustive scorer that scores every open job for a sample of people. Prints the time and
 * peak memory of each, and the share of the exhaustive top 10 the fast path also found.
 *
 * The people are spread over several communities (two Slack workspaces, a Discord server, a
 * console install) and a share of the jobs were added by hand in one of them: those may only be
 * recommended there, and saves are counted per community.
 *
 *   npm run bench:recs:scale   (RECS_PEOPLE, RECS_JOBS, RECS_SAMPLE, RECS_SEED, RECS_COMMUNITIES, RECS_PRIVATE_SHARE to vary it)
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { CoOccurrence } from '../src/domain/recommendations/coOccurrence.js';
import { JobIndex } from '../src/domain/recommendations/jobIndex.js';
import { KEPT_PER_PERSON } from '../src/domain/recommendations/refresh.js';
import { Recommender } from '../src/domain/recommendations/recommender.js';
import type { PersonModel } from '../src/domain/recommendations/personModel.js';
import { byPerson, makeJobs, makePeople, random, simulate } from './population.js';
import { simFeatures, simModel } from './recommendationQuality.js';
import { formatPercentiles } from './stats.js';

const PEOPLE = Number(process.env.RECS_PEOPLE ?? 10_000);
const JOBS = Number(process.env.RECS_JOBS ?? 50_000);
const SAMPLE = Number(process.env.RECS_SAMPLE ?? 1000);
const SEED = Number(process.env.RECS_SEED ?? 11);
const COMMUNITIES = ['slack:T1', 'slack:T2', 'discord:G1', 'console:local'].slice(0, Number(process.env.RECS_COMMUNITIES ?? 4));
const PRIVATE_SHARE = Number(process.env.RECS_PRIVATE_SHARE ?? 0.2);
const MiB = 1024 * 1024;

/** The highest resident set size seen, sampled every 20 ms and at each call of `now()`. */
function peakMemory() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  timer.unref();
  return {
    now: () => (peak = Math.max(peak, process.memoryUsage().rss)),
    get peak() {
      return peak;
    },
    reset: () => (peak = process.memoryUsage().rss),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Runs the recommender for each person, timing each; returns the picks and the timings. */
function runAll(recommender: Recommender, models: readonly PersonModel[], exhaustive: boolean) {
  const picks = new Map<number, number[]>();
  const samples: number[] = [];
  const started = performance.now();
  for (const model of models) {
    const t = performance.now();
    picks.set(model.personId, recommender.recommend(model, KEPT_PER_PERSON, { exhaustive }).map((rec) => rec.jobId));
    samples.push(performance.now() - t);
  }
  return { picks, samples, totalMs: performance.now() - started };
}

async function main(): Promise<void> {
  const config = loadConfig({});
  const memory = peakMemory();
  const baseline = process.memoryUsage().rss;
  const rand = random(SEED);

  let t = performance.now();
  const market = { communities: COMMUNITIES, privateShare: PRIVATE_SHARE };
  const jobs = makeJobs(JOBS, rand, 1, market);
  const people = makePeople(PEOPLE, rand, 1, market);
  const interactions = simulate(people, jobs, rand, 60);
  const grouped = byPerson(interactions);
  const privateJobs = jobs.filter((job) => job.community !== null).length;
  console.log(`Simulated ${PEOPLE} people in ${COMMUNITIES.length} communities, ${JOBS} open jobs (${privateJobs} added by hand in one community, the rest public), ${interactions.length} saves, applications and dismissals in ${seconds(performance.now() - t)} (seed ${SEED}); rss before the engine ${(memory.now() / MiB).toFixed(0)} MiB (process start ${(baseline / MiB).toFixed(0)} MiB)`);

  memory.reset();
  const beforeEngine = process.memoryUsage().rss;
  t = performance.now();
  const index = new JobIndex(jobs.map(simFeatures));
  const indexMs = performance.now() - t;
  t = performance.now();
  // Counted per community, as the catalog does: each person's saves in their own community.
  const communityOf = new Map(people.map((person) => [person.id, person.community]));
  const saves = new Map(COMMUNITIES.map((community) => [community, [] as [number, number][]]));
  for (const interaction of interactions) if (interaction.kind !== 'dismiss') saves.get(communityOf.get(interaction.personId)!)!.push([interaction.personId, interaction.jobId]);
  const collaboration = new Map([...saves].map(([community, pairs]) => [community, CoOccurrence.build(pairs, config.recommendations.minCoOccurrence)] as const));
  const coMs = performance.now() - t;
  const recommender = new Recommender(index, collaboration, config.recommendations);
  const models = people.map((person) => simModel(person, grouped.get(person.id) ?? [], index, config.recommendations.signals));

  const fast = runAll(recommender, models, false);
  const fastPeak = memory.now();
  const withPicks = [...fast.picks.values()].filter((picks) => picks.length > 0).length;
  const jobCommunity = new Map(jobs.map((job) => [job.id, job.community]));
  let crossing = 0;
  for (const [personId, picks] of fast.picks) for (const jobId of picks) if (![null, communityOf.get(personId)].includes(jobCommunity.get(jobId)!)) crossing++;
  console.log('\nFast path (what the digest job runs), every person:');
  console.log(`  build: job index ${seconds(indexMs)}, co-occurrence ${seconds(coMs)}`);
  console.log(`  ${PEOPLE} digests in ${seconds(fast.totalMs)} — ${((PEOPLE / fast.totalMs) * 1000).toFixed(0)} people/s; ${withPicks} people with at least one pick above the minimum score`);
  console.log(`  per person: ${formatPercentiles(fast.samples)}`);
  console.log(`  total incl. build: ${seconds(indexMs + coMs + fast.totalMs)}; peak rss ${(fastPeak / MiB).toFixed(0)} MiB (engine and picks added ${((fastPeak - beforeEngine) / MiB).toFixed(0)} MiB)`);
  console.log(`  picks of a job added by hand in another community: ${crossing}`);

  const sample = models.filter((_, i) => i % Math.max(1, Math.floor(PEOPLE / SAMPLE)) === 0).slice(0, SAMPLE);
  const exhaustive = runAll(recommender, sample, true);
  let found = 0;
  let wanted = 0;
  let perfect = 0;
  for (const model of sample) {
    const truth = exhaustive.picks.get(model.personId)!;
    const got = new Set(fast.picks.get(model.personId));
    const hit = truth.filter((jobId) => got.has(jobId)).length;
    found += hit;
    wanted += truth.length;
    if (hit === truth.length) perfect++;
  }
  const perPersonExhaustive = exhaustive.totalMs / sample.length;
  const perPersonFast = fast.totalMs / PEOPLE;
  console.log(`\nExhaustive scorer (every open job for each person), ${sample.length}-person sample:`);
  console.log(`  ${seconds(exhaustive.totalMs)} — per person: ${formatPercentiles(exhaustive.samples)}`);
  console.log(`  projected for all ${PEOPLE}: ${seconds(perPersonExhaustive * PEOPLE)}; the fast path is ${(perPersonExhaustive / perPersonFast).toFixed(1)}× faster per person`);
  console.log(`\nRecall of the exhaustive top ${KEPT_PER_PERSON} by the fast path: ${(found / Math.max(1, wanted)).toFixed(4)} (${found} of ${wanted} picks; ${perfect} of ${sample.length} people with all of them)`);
  console.log(`Peak rss over the whole run: ${(memory.peak / MiB).toFixed(0)} MiB`);
}

void main();
