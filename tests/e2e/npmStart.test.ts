import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/slackApi.js';
import { eventually, PROCESS_TEST_TIMEOUT_MS, START_PATIENCE_MS } from '../support/patience.js';
import { SIGNING_SECRET } from '../support/slackHarness.js';

/**
 * Jobscout as a service started with `npm start` (a container's CMD, a systemd unit): a SIGTERM
 * to the process npm began, or to its whole process group, stops everything it started within
 * 10 s. npm passes the signal to its child only; the app must be that child, not a shell.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STOP_WITHIN_MS = 10_000;

let fake: FakeSlack;
let dataDir: string;
beforeAll(async () => {
  fake = await new FakeSlack().start();
  dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-npm-start-'));
});
afterAll(async () => {
  await fake.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** `npm start` in a process group of its own (as a service manager starts it), serving Slack over HTTP. */
async function startService(): Promise<{ npm: ChildProcess; stderr: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, JOBSCOUT_DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: '0', SLACK_API_URL: fake.apiUrl };
  delete env.DATABASE_URL;
  const npm = spawn('npm', ['start'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  npm.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  npm.stdout!.resume();
  await eventually('Jobscout to connect to Slack', () => stderr.includes('Jobscout is connected to Slack'), START_PATIENCE_MS);
  return { npm, stderr: () => stderr };
}

/** Whether any process of the group is still there. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start as a service', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it.each([
    ['the process npm start began', (pid: number) => process.kill(pid, 'SIGTERM')],
    ['its whole process group', (pid: number) => process.kill(-pid, 'SIGTERM')],
  ])('a SIGTERM to %s stops Jobscout and everything it started within 10 s', async (_target, terminate) => {
    const { npm, stderr } = await startService();
    const pid = npm.pid!;
    const sentAt = Date.now();
    terminate(pid);
    try {
      await eventually('every process of the group to be gone', () => !groupAlive(pid));
    } finally {
      if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
    }
    expect(Date.now() - sentAt).toBeLessThan(STOP_WITHIN_MS);
    // Stopped in order, not killed: the data folder's lock was given back.
    expect(existsSync(path.join(dataDir, 'jobscout.lock'))).toBe(false);
    expect(stderr()).not.toMatch(/could not start|Error/);
  });
});
