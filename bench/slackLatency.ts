/**
 * Slack front door under load: signed `/job add` slash commands at a fixed concurrency against
 * the real app on the embedded database, timed to the HTTP ack and to the answer arriving at
 * (fake) Slack, beside a bare Bolt app that only acks and answers a fixed text, in the same run.
 * Run on purpose: `npm run bench:slack` (BENCH_N and BENCH_CONCURRENCY to change the load).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { App as BoltApp, HTTPReceiver } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { openSlack } from '../src/bots/slack/adapter.js';
import { loadConfig } from '../src/config.js';
import { FakeSlack } from '../tests/fakes/slackApi.js';
import { signedHeaders, SIGNING_SECRET } from '../tests/support/slackHarness.js';
import { formatPercentiles, percentiles } from './stats.js';

const N = Number(process.env.BENCH_N ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const WARMUP = 50;

interface Run {
  ack: number[];
  answer: number[];
  seconds: number;
}

/** Sends `count` signed slash commands, `CONCURRENCY` at a time, and times ack and answer of each. */
async function load(port: number, fake: FakeSlack, label: string, count: number): Promise<Run> {
  const ack: number[] = [];
  const answer: number[] = [];
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
      const arrived = await fake.waitForResponse(`/response/${id}`);
      answer.push(arrived - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { ack, answer, seconds: (performance.now() - started) / 1000 };
}

function report(label: string, run: Run): void {
  console.log(`${label}`);
  console.log(`  ack     ${formatPercentiles(run.ack)}`);
  console.log(`  answer  ${formatPercentiles(run.answer)}`);
  console.log(`  throughput ${(run.ack.length / run.seconds).toFixed(0)} commands/s`);
}

const fake = await new FakeSlack().start();

// The bare app: Bolt, the same receiver and signature check, an ack and a fixed answer.
const bare = new BoltApp({ receiver: new HTTPReceiver({ signingSecret: SIGNING_SECRET }), token: 'xoxb-bench', clientOptions: { slackApiUrl: fake.apiUrl }, logLevel: 'error' as never });
bare.command('/job', async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: 'ephemeral', text: 'ok' });
});
const barePort = (((await bare.start(0)) as Server).address() as AddressInfo).port;

const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-bench-slack-'));
const config = loadConfig({ LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: '0', SLACK_API_URL: fake.apiUrl });
const app = await createApp({ config, logger: pino({ level: 'silent' }), target: { kind: 'embedded', dataDir } });
const slack = (await openSlack(app))!;

console.log(`Slack slash commands — ${N} signed /job add at concurrency ${CONCURRENCY} (after ${WARMUP} warm-up each), Node ${process.version}`);
await load(barePort, fake, 'bare-warm', WARMUP);
await load(slack.port, fake, 'app-warm', WARMUP);
const bareRun = await load(barePort, fake, 'bare', N);
const appRun = await load(slack.port, fake, 'app', N);
report('bare Bolt app (ack + fixed answer via response_url)', bareRun);
report('Jobscout (ack, then the command on embedded PGlite, answer via response_url)', appRun);
const ratio = percentiles(appRun.ack).p99 / percentiles(bareRun.ack).p99;
console.log(`ack p99 ratio Jobscout / bare: ${ratio.toFixed(2)}× (target ≤ 2× and < 100 ms)`);
const memory = process.memoryUsage();
console.log(`memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);

await slack.stop();
await app.stop();
await bare.stop();
await fake.stop();
rmSync(dataDir, { recursive: true, force: true });
