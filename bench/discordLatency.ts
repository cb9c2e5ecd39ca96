/**
 * Discord front door under load: INTERACTION_CREATE dispatches for `/job add` injected through
 * a fake gateway, timed from the dispatch to the interaction callback arriving at the fake REST
 * API, for the real app on the embedded database beside a bare discord.js client that only
 * replies, each in its own process (bench/discordServer.ts), in the same run.
 * Run on purpose: `npm run bench:discord` (BENCH_N, BENCH_CONCURRENCY, BENCH_DATABASE_URL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { FAKE_APPLICATION_ID, FakeDiscord } from '../tests/fakes/discord.js';
import { BOT_TOKEN, GUILD } from '../tests/support/discordHarness.js';
import { formatPercentiles, percentiles } from './stats.js';

const N = Number(process.env.BENCH_N ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const WARMUP = 200;

/**
 * Injects `count` interactions with `CONCURRENCY` awaiting their callback at once. Records the
 * time to the callback and to the content: the callback itself, or the edit that finishes a
 * deferred one.
 */
async function load(fake: FakeDiscord, count: number): Promise<{ latencies: number[]; content: number[]; seconds: number }> {
  const latencies: number[] = [];
  const content: number[] = [];
  const contents: Promise<void>[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const id = fake.nextId();
      const token = `bench-${id}`;
      const user = String(300000000000000000n + BigInt(i % 50));
      const arrived = fake.nextRequest((request) => request.path === `/interactions/${id}/${token}/callback`);
      const edited = fake.nextRequest((request) => request.method === 'PATCH' && request.path.endsWith(`/${token}/messages/@original`));
      const t0 = performance.now();
      fake.dispatch('INTERACTION_CREATE', {
        id,
        application_id: FAKE_APPLICATION_ID,
        type: 2,
        token,
        version: 1,
        data: { id: '800000000000000001', name: 'job', type: 1, options: [{ name: 'add', type: 1, options: [{ name: 'title', type: 3, value: `Engineer ${i}` }, { name: 'company', type: 3, value: `Company ${i % 20}` }] }] },
        guild_id: GUILD,
        channel_id: '600000000000000001',
        channel: { id: '600000000000000001', type: 0, guild_id: GUILD, name: 'bench' },
        member: { user: { id: user, username: `user${i % 50}`, discriminator: '0', global_name: null, avatar: null }, roles: [], permissions: '0', joined_at: '2026-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
        context: 0,
        authorizing_integration_owners: { '0': GUILD },
        locale: 'en-US',
        app_permissions: '0',
        entitlements: [],
      });
      const callback = await arrived;
      latencies.push(callback.at - t0);
      const deferred = (callback.body as { type: number }).type === 5;
      contents.push(deferred ? edited.then((edit) => void content.push(edit.at - t0)) : Promise.resolve(void content.push(callback.at - t0)));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await Promise.all(contents);
  return { latencies, content, seconds: (performance.now() - started) / 1000 };
}

async function startClient(mode: 'bare' | 'jobscout', fake: FakeDiscord): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./discordServer.ts', import.meta.url).pathname, mode], {
    env: { ...process.env, DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: BOT_TOKEN, DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout! })) if (line === 'READY') return child;
  throw new Error(`${mode} client exited before it was ready`);
}

function peakRss(pid: number): string {
  const kib = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN);
  return `${(kib / 1024).toFixed(0)} MiB`;
}

async function measure(mode: 'bare' | 'jobscout', fake: FakeDiscord) {
  const child = await startClient(mode, fake);
  await load(fake, WARMUP);
  const run = await load(fake, N);
  const peak = peakRss(child.pid!);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return { ...run, peak };
}

const fake = await new FakeDiscord().start();
console.log(`Discord interactions — ${N} injected /job add at concurrency ${CONCURRENCY} (after ${WARMUP} warm-up), each client in its own process, Node ${process.version}`);
const bare = await measure('bare', fake);
const jobscout = await measure('jobscout', fake);
for (const [label, run] of [
  ['bare discord.js client (reply "ok")', bare],
  [`Jobscout (the command on ${process.env.BENCH_DATABASE_URL ? 'the PostgreSQL server' : 'embedded PGlite'}, card reply)`, jobscout],
] as const) {
  console.log(label);
  console.log(`  INTERACTION_CREATE → callback  ${formatPercentiles(run.latencies)}`);
  console.log(`  INTERACTION_CREATE → content   ${formatPercentiles(run.content)}`);
  console.log(`  throughput ${(run.latencies.length / run.seconds).toFixed(0)} interactions/s, client peak rss ${run.peak}`);
}
console.log(`p99, Jobscout / bare: ${(percentiles(jobscout.latencies).p99 / percentiles(bare.latencies).p99).toFixed(2)}× (target ≤ 2× and under 100 ms)`);
await fake.stop();
