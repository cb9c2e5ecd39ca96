/**
 * The daily digest round end to end on a real database: a simulated population (people with
 * profiles, learned weights, saves, applications and dismissals) over a pool of open jobs is
 * stored, everyone's digest falls due at the same minute, and one round of the digest job
 * refreshes every person's recommendations, composes each digest and sends it through a
 * notifier that only counts. Prints the time of each part and peak memory.
 *
 *   npm run bench:digest   (DIGEST_PEOPLE, DIGEST_JOBS; BENCH_DATABASE_URL for a PostgreSQL server)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { refreshRecommendations } from '../src/domain/recommendations/refresh.js';
import { sendDailyDigests } from '../src/jobs/dailyDigest.js';
import { refreshStatistics } from '../src/jobs/housekeeping.js';
import { jobSignals, tastes } from '../src/models/recommendations.js';
import { applications } from '../src/models/applications.js';
import { jobAnalyses } from '../src/models/jobAnalyses.js';
import { jobs } from '../src/models/jobs.js';
import { people } from '../src/models/people.js';
import { communityMembers } from '../src/models/communities.js';
import { profiles } from '../src/models/profiles.js';
import { JobIndex } from '../src/domain/recommendations/jobIndex.js';
import { byPerson, makeJobs, makePeople, random, simulate } from './population.js';
import { simFeatures, simModel } from './recommendationQuality.js';

const PEOPLE = Number(process.env.DIGEST_PEOPLE ?? 10_000);
const JOBS = Number(process.env.DIGEST_JOBS ?? 50_000);
const BATCH = 1000;
const DAY = 24 * 60 * 60_000;
const MiB = 1024 * 1024;
const DIGEST_AT = new Date('2026-12-01T09:00:00Z');

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

async function main(): Promise<void> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const url = process.env.BENCH_DATABASE_URL;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-bench-digest-'));
  let now = new Date(DIGEST_AT.getTime() - DAY);
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const app = await createApp({ config, logger: pino({ level: 'silent' }), target: url ? { kind: 'server', url } : { kind: 'embedded', dataDir }, clock: () => new Date(now) });
  let delivered = 0;
  app.notifier.register({ platform: 'console', canReach: () => true, send: async () => void delivered++ });
  const { db } = app.services;

  let t = performance.now();
  const rand = random(5);
  const simJobs = makeJobs(JOBS, rand);
  const simPeople = makePeople(PEOPLE, rand);
  const interactions = simulate(simPeople, simJobs, rand, 40);
  const grouped = byPerson(interactions);
  const index = new JobIndex(simJobs.map(simFeatures));
  await inBatches(simJobs, (batch) =>
    db.insert(jobs).values(batch.map((job) => ({ title: job.title, company: job.company, location: job.location, workMode: job.workMode, salaryMax: job.salaryMax, salaryCurrency: 'USD', source: 'bench', createdAt: now }))),
  );
  await inBatches(simJobs, (batch) =>
    db.insert(jobAnalyses).values(batch.map((job) => ({ jobId: job.id, skills: job.skills, seniority: job.seniority, workMode: job.workMode, yearsExperience: job.yearsExperience, salaryMax: job.salaryMax, salaryCurrency: 'USD', analyzer: 'bench', analyzedAt: now }))),
  );
  await inBatches(simPeople, (batch) => db.insert(people).values(batch.map((person) => ({ platform: 'console', workspace: 'bench', platformUserId: `p${person.id}`, lastApplicationSeq: 0 }))));
  // Everyone uses the same install: one community, whose saves are counted together.
  await inBatches(simPeople, (batch) => db.insert(communityMembers).values(batch.map((person) => ({ personId: person.id, community: person.community, firstSeenAt: now, lastSeenAt: now }))));
  await inBatches(simPeople, (batch) => db.insert(profiles).values(batch.map((person) => ({ personId: person.id, ...person.profile, updatedAt: now }))));
  await inBatches(simPeople, (batch) =>
    db.insert(tastes).values(batch.map((person) => {
      const model = simModel(person, grouped.get(person.id) ?? [], index, config.recommendations.signals);
      return { personId: person.id, weights: model.taste, signals: model.signals, updatedAt: now };
    })),
  );
  const applicationRows: (typeof applications.$inferInsert)[] = [];
  const dismissals: (typeof jobSignals.$inferInsert)[] = [];
  for (const [personId, list] of grouped) {
    let seq = 0;
    for (const interaction of list) {
      if (interaction.kind === 'dismiss') {
        dismissals.push({ personId, jobId: interaction.jobId, kind: 'dismiss', createdAt: now });
        continue;
      }
      // Applications went out over the last three weeks, so some follow-ups are due today.
      const changed = new Date(now.getTime() - Math.floor(rand() * 21) * DAY);
      applicationRows.push({ personId, jobId: interaction.jobId, seq: ++seq, state: interaction.kind === 'apply' ? 'applied' : 'saved', stateChangedAt: changed, createdAt: changed, updatedAt: changed, eventCount: 1 });
    }
  }
  await inBatches(applicationRows, (batch) => db.insert(applications).values(batch));
  await inBatches(dismissals, (batch) => db.insert(jobSignals).values(batch));
  // What housekeeping does on the embedded database (a server's autovacuum does it by itself).
  await refreshStatistics(db);
  const seeded = performance.now() - t;
  console.log(`Stored ${PEOPLE} people, ${JOBS} open jobs, ${applicationRows.length} applications, ${dismissals.length} dismissals in ${seconds(seeded)} on ${url ? 'the PostgreSQL server' : 'the embedded database (PGlite)'}`);

  // Yesterday's recommendations, so the round refreshes as it would on any morning.
  t = performance.now();
  await app.services.catalog.recommender(db);
  const catalogMs = performance.now() - t;
  t = performance.now();
  await refreshRecommendations(app.services, simPeople.map((person) => person.id));
  const refreshMs = performance.now() - t;

  now = DIGEST_AT;
  t = performance.now();
  const round = await sendDailyDigests(app.services, app.notifier);
  const roundMs = performance.now() - t;
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(sampler);

  console.log(`\nCatalog (all open jobs and co-occurrence) built from the database: ${seconds(catalogMs)}`);
  console.log(`Recommendations refreshed for everyone (load, score, store): ${seconds(refreshMs)}`);
  console.log(`\nOne digest round at 09:00, everyone due at once: ${seconds(roundMs)} — ${round.due} due, ${round.sent} sent, ${round.empty} with nothing to say; ${((round.due / roundMs) * 1000).toFixed(0)} people/s`);
  console.log(`Messages the notifier was handed: ${delivered}`);
  console.log(`Peak rss: ${(peak / MiB).toFixed(0)} MiB`);
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

void main();
