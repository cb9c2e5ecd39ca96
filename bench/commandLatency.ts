/**
 * How long the shared command layer takes per command on the embedded database (or on the
 * server named by BENCH_DATABASE_URL), beside the floor of one `SELECT 1` round trip through
 * the same pool, measured in the same run. Run on purpose: `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { runText } from '../src/bots/commands/dispatch.js';
import { loadConfig } from '../src/config.js';
import { communityKey } from '../src/domain/people/communities.js';
import { resolvePerson } from '../src/domain/people/identity.js';
import { percentiles } from './stats.js';

const N = Number(process.env.BENCH_N ?? 500);

async function measure(label: string, run: (i: number) => Promise<unknown>) {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    await run(i);
    samples.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  const p = percentiles(samples);
  console.log(
    `${label.padEnd(22)} p50 ${p.p50.toFixed(2).padStart(7)} ms  p95 ${p.p95.toFixed(2).padStart(7)} ms  p99 ${p.p99.toFixed(2).padStart(7)} ms  max ${p.max.toFixed(1).padStart(7)} ms  ${(N / seconds).toFixed(0).padStart(6)} ops/s`,
  );
}

const config = loadConfig({ LOG_LEVEL: 'silent' });
const url = process.env.BENCH_DATABASE_URL;
const app = await createApp({ config, logger: pino({ level: 'silent' }), target: url ? { kind: 'server', url } : { kind: 'memory' } });
const person = await resolvePerson(app.services.db, { platform: 'console', workspace: 'bench', platformUserId: `bench-${Date.now()}` });
const ctx = { services: app.services, person, community: communityKey.console('bench') };

console.log(`Jobscout command latency — ${N} runs each on ${url ? 'PostgreSQL server' : 'embedded PGlite (in memory)'}, Node ${process.version}`);
await measure('baseline: SELECT 1', () => app.database.pool.query('SELECT 1'));
await measure('/job add', (i) => runText(ctx, `/job add Engineer ${i} at Company ${i % 50}`));
await measure('/job move (→ applied)', (i) => runText(ctx, `/job move ${i + 1} applied`));
await measure('/job show', (i) => runText(ctx, `/job show ${i + 1}`));
await measure('/job note', (i) => runText(ctx, `/job note ${i + 1} note number ${i}`));
await measure('/job timeline', (i) => runText(ctx, `/job timeline ${i + 1}`));
await measure(`/job list (${N} rows)`, () => runText(ctx, '/job list'));
const memory = process.memoryUsage();
console.log(`memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
await app.stop();
