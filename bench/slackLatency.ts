/**
 * Slack front door under load: signed `/job add` slash commands at a fixed concurrency against
 * the real app on the embedded database, timed to the HTTP ack and to the answer arriving at
 * (fake) Slack, beside a bare Bolt app that only acks and answers a fixed text, in the same run.
 * Each app runs in its own process (bench/slackServer.ts); this one sends and receives.
 * Run on purpose: `npm run bench:slack` (BENCH_N and BENCH_CONCURRENCY change the load;
 * BENCH_DATABASE_URL runs Jobscout on a PostgreSQL server instead).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { FakeSlack } from '../tests/fakes/slackApi.js';
import { signedHeaders, SIGNING_SECRET } from '../tests/support/slackHarness.js';
import { formatPercentiles, percentiles } from './stats.js';

const N = Number(process.env.BENCH_N ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const WARMUP = 200;

interface Run {
  ack: number[];
  answer: number[];
  seconds: number;
}

/**
 * Sends `count` signed slash commands with `CONCURRENCY` requests in flight, and times the ack and
 * the answer of each. A sender moves on at the ack, as Slack does, so slow answers pile up as
 * background work in the app instead of slowing the senders down: the ack is measured under it.
 */
async function load(port: number, fake: FakeSlack, label: string, count: number): Promise<Run> {
  const ack: number[] = [];
  const answer: number[] = [];
  const answers: Promise<void>[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const id = `${label}-${i}`;
      const body = new URLSearchParams({
        team_id: 'T1',
        user_id: `U${i % 50}`,
        user_name: `user${i % 50}`,
        channel_id: 'C1',
        command: '/job',
        text: `add Engineer ${i} at Company ${i % 20}`,
        response_url: fake.responseUrl(id),
        trigger_id: `trigger-${id}`,
      }).toString();
      const t0 = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body) },
        body,
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${label}: HTTP ${response.status}`);
      ack.push(performance.now() - t0);
      answers.push(fake.waitForResponse(`/response/${id}`, 120_000).then((at) => void answer.push(at - t0)));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await Promise.all(answers);
  return { ack, answer, seconds: (performance.now() - started) / 1000 };
}

/** Starts one side in its own process and waits for it to say which port it listens on. */
async function startServer(mode: 'bare' | 'jobscout', apiUrl: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []), '--import', 'tsx', new URL('./slackServer.ts', import.meta.url).pathname, mode], {
    env: { ...process.env, SLACK_API_URL: apiUrl, SLACK_SIGNING_SECRET: SIGNING_SECRET },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    const match = /^PORT (\d+)$/.exec(line);
    if (match) return { child, port: Number(match[1]) };
  }
  throw new Error(`${mode} server exited before listening`);
}

/** The server's peak resident memory, read before it stops. */
function peakRss(pid: number): string {
  const kib = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN);
  return `${(kib / 1024).toFixed(0)} MiB`;
}

async function measure(mode: 'bare' | 'jobscout', fake: FakeSlack) {
  const { child, port } = await startServer(mode, fake.apiUrl);
  await load(port, fake, `${mode}-warm`, WARMUP);
  const run = await load(port, fake, mode, N);
  const peak = peakRss(child.pid!);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return { run, peak };
}

function report(label: string, { run, peak }: { run: Run; peak: string }): void {
  console.log(label);
  console.log(`  ack     ${formatPercentiles(run.ack)}`);
  console.log(`  answer  ${formatPercentiles(run.answer)}`);
  console.log(`  throughput ${(run.ack.length / run.seconds).toFixed(0)} commands/s, server peak rss ${peak}`);
}

const fake = await new FakeSlack().start();
console.log(`Slack slash commands — ${N} signed /job add at concurrency ${CONCURRENCY} (after ${WARMUP} warm-up), each app in its own process, Node ${process.version}`);
const bare = await measure('bare', fake);
const jobscout = await measure('jobscout', fake);
report('bare Bolt app (ack, then a fixed answer via response_url)', bare);
report(`Jobscout (ack, then the command on ${process.env.BENCH_DATABASE_URL ? 'the PostgreSQL server' : 'embedded PGlite'}, answer via response_url)`, jobscout);
const ratio = percentiles(jobscout.run.ack).p99 / percentiles(bare.run.ack).p99;
console.log(`ack p99, Jobscout / bare: ${ratio.toFixed(2)}× (target ≤ 2× and under 100 ms)`);
await fake.stop();
