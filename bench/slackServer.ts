/**
 * One side of the Slack benchmark, in its own process so the load generator doesn't share its
 * event loop: `bare` is Bolt with an ack and a fixed answer, `jobscout` is the real app on the
 * embedded database (or the server in BENCH_DATABASE_URL). Prints "PORT <n>" when it listens; SIGTERM stops it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App as BoltApp, HTTPReceiver, LogLevel } from '@slack/bolt';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { openSlack } from '../src/bots/slack/adapter.js';
import { loadConfig } from '../src/config.js';

const mode = process.argv[2];
const apiUrl = process.env.SLACK_API_URL!;
const secret = process.env.SLACK_SIGNING_SECRET!;
let stop: () => Promise<void>;

if (mode === 'bare') {
  const bare = new BoltApp({ receiver: new HTTPReceiver({ signingSecret: secret }), token: 'xoxb-bench', clientOptions: { slackApiUrl: apiUrl }, logLevel: LogLevel.ERROR });
  bare.command('/job', async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: 'ephemeral', text: 'ok' });
  });
  const port = (((await bare.start(0)) as Server).address() as AddressInfo).port;
  stop = async () => {
    await bare.stop();
  };
  process.stdout.write(`PORT ${port}\n`);
} else {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-bench-slack-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: secret, SLACK_PORT: '0', SLACK_API_URL: apiUrl });
  const url = process.env.BENCH_DATABASE_URL;
  const app = await createApp({ config, logger: pino({ level: 'silent' }), target: url ? { kind: 'server', url } : { kind: 'embedded', dataDir } });
  const slack = (await openSlack(app))!;
  stop = async () => {
    await slack.stop();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.stdout.write(`PORT ${slack.port}\n`);
}

process.once('SIGTERM', () => void stop().finally(() => process.exit(0)));
