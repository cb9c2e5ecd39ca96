/**
 * Success analytics at scale: `/job stats all` for a person with 2,000 applications (against
 * `/job pipeline` for the same person, measured in the same run), and chart rendering over
 * 1,000 renders with the process's memory at start, halfway and end.
 *
 *   npm run bench:stats   (STATS_APPLICATIONS, STATS_RUNS, CHART_RENDERS)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { runText } from '../src/bots/commands/dispatch.js';
import { searchCharts } from '../src/charts/searchCharts.js';
import { loadConfig } from '../src/config.js';
import { searchStats } from '../src/domain/analytics/searchStats.js';
import { resolvePerson } from '../src/domain/people/identity.js';
import { applicationEvents, applications } from '../src/models/applications.js';
import { jobAnalyses } from '../src/models/jobAnalyses.js';
import { jobs } from '../src/models/jobs.js';
import { people } from '../src/models/people.js';
import { eq } from 'drizzle-orm';
import { random } from './population.js';
import { formatPercentiles } from './stats.js';

const APPLICATIONS = Number(process.env.STATS_APPLICATIONS ?? 2000);
const RUNS = Number(process.env.STATS_RUNS ?? 50);
const RENDERS = Number(process.env.CHART_RENDERS ?? 1000);
const DAY = 86_400_000;
const NOW = new Date('2026-12-01T09:00:00Z');
const MiB = 1024 * 1024;
const rss = () => {
  const { rss: total, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return `${Math.round(total / MiB)} MiB (JS heap ${Math.round(heapUsed / MiB)}, external ${Math.round(external / MiB)}, of which buffers and wasm ${Math.round(arrayBuffers / MiB)})`;
};

const COMPANIES = Array.from({ length: 120 }, (_, i) => `Company ${i}`);
const TITLES = ['Backend Engineer', 'Senior Frontend Developer', 'Data Engineer', 'Site Reliability Engineer', 'Product Manager', 'Machine Learning Engineer', 'Full-stack Developer', 'QA Engineer'];
const SKILLS = ['Python', 'TypeScript', 'Go', 'PostgreSQL', 'Kubernetes', 'AWS', 'React', 'Terraform'];
const MODES = ['remote', 'hybrid', 'onsite'] as const;
const PLACES = ['Berlin, Germany', 'London, UK', 'Remote', 'New York, NY', 'Athens, Greece'];

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-bench-stats-'));
  const app = await createApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), logger: pino({ level: 'silent' }), target: { kind: 'embedded', dataDir }, clock: () => NOW });
  const { db } = app.services;
  try {
    const person = await resolvePerson(db, { platform: 'console', workspace: 'bench', platformUserId: 'bench', displayName: 'bench' });
    const rand = random(11);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    let t = performance.now();
    for (let start = 0; start < APPLICATIONS; start += 500) {
      const count = Math.min(500, APPLICATIONS - start);
      const jobRows = await db
        .insert(jobs)
        .values(Array.from({ length: count }, () => ({ title: pick(TITLES), company: pick(COMPANIES), workMode: pick(MODES), location: pick(PLACES), industry: rand() < 0.5 ? pick(['Fintech', 'Health', 'Retail']) : null, source: 'manual', community: 'console:bench', createdAt: NOW })))
        .returning({ id: jobs.id });
      await db.insert(jobAnalyses).values(jobRows.map((job) => ({ jobId: job.id, skills: [pick(SKILLS), pick(SKILLS)].map((name) => ({ name, category: 'languages', required: true })), seniority: pick(['junior', 'mid', 'senior', null]), analyzer: 'bench', analyzedAt: NOW })));
      const appRows = await db
        .insert(applications)
        .values(jobRows.map((job, i) => ({ personId: person.id, jobId: job.id, seq: start + i + 1, state: 'applied', stateChangedAt: NOW, createdAt: NOW, updatedAt: NOW, eventCount: 2 })))
        .returning({ id: applications.id });
      const events = appRows.flatMap(({ id }) => {
        const applied = new Date(NOW.getTime() - Math.floor(rand() * 200) * DAY);
        const moves: [string, number][] = [['saved', -1], ['applied', 0]];
        const roll = rand();
        if (roll < 0.3) moves.push(['screening', 4], ...(rand() < 0.4 ? ([['interviewing', 10]] as [string, number][]) : []), ...(rand() < 0.2 ? ([['offer', 25]] as [string, number][]) : []));
        else if (roll < 0.5) moves.push(['rejected', 6]);
        return moves.map(([state, offset], index) => ({ applicationId: id, actorPersonId: person.id, type: index === 0 ? 'created' : 'state_changed', toState: state, occurredAt: new Date(applied.getTime() + offset * DAY) }));
      });
      await db.insert(applicationEvents).values(events);
    }
    await db.update(people).set({ lastApplicationSeq: APPLICATIONS }).where(eq(people.id, person.id));
    console.log(`seeded ${APPLICATIONS} applications in ${((performance.now() - t) / 1000).toFixed(2)} s`);

    const ctx = { services: app.services, person, community: 'console:bench' };
    const timed = async (line: string) => {
      const samples: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        await runText(ctx, line);
        samples.push(performance.now() - start);
      }
      return samples;
    };
    await runText(ctx, '/job stats all');
    console.log(`/job pipeline (baseline), ${RUNS} runs: ${formatPercentiles(await timed('/job pipeline'))}`);
    console.log(`/job stats all,           ${RUNS} runs: ${formatPercentiles(await timed('/job stats all'))}`);

    const stats = await searchStats(db, person.id, NOW, 'all', { ghostedDays: 30, zone: 'UTC' });
    t = performance.now();
    const [funnel, flow] = await searchCharts(stats, 'all time');
    console.log(`text versions of two charts:\n  ${funnel!.title}: ${funnel!.text}\n  ${flow!.title}:\n    ${flow!.text.split('\n').join('\n    ')}`);
    console.log(`first charts (loads ECharts, resvg and the font): ${(performance.now() - t).toFixed(0)} ms · RSS ${rss()}`);
    const renders: number[] = [];
    let rendered = 0;
    console.log(`charts: RSS at start ${rss()}`);
    while (rendered < RENDERS) {
      const start = performance.now();
      const images = await searchCharts(stats, 'all time');
      const each = (performance.now() - start) / images.length;
      for (let i = 0; i < images.length; i++) renders.push(each);
      rendered += images.length;
      if (rendered % 501 < 3 || rendered % 1002 < 3) console.log(`charts: RSS after ${rendered} renders ${rss()}`);
    }
    console.log(`charts: ${rendered} renders (funnel, Sankey, weekly in turn), per render: ${formatPercentiles(renders)}`);
    console.log(`charts: RSS at end ${rss()}`);
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
