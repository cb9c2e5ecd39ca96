import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../fakes/slackApi.js';
import { startJobscout } from '../../support/consoleProcess.js';
import { signedHeaders, SIGNING_SECRET } from '../../support/slackHarness.js';
import { PROCESS_TEST_TIMEOUT_MS, START_PATIENCE_MS } from '../../support/patience.js';

let fake: FakeSlack;
let dataDir: string;
beforeAll(async () => {
  fake = await new FakeSlack().start();
  dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-slack-service-'));
});
afterAll(async () => {
  await fake.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start with Slack configured and no terminal', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('serves Slack until SIGTERM, then stops cleanly', async () => {
    const jobscout = startJobscout({ JOBSCOUT_DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: '0', SLACK_API_URL: fake.apiUrl });
    // No terminal and the input closed: a service, which must not take that as "quit".
    jobscout.child.stdin.end();
    const status = await jobscout.waitForStderr(/Jobscout is connected to Slack \(HTTP on port (\d+)\)/, START_PATIENCE_MS);
    const port = Number(/port (\d+)/.exec(status)![1]);

    const body = new URLSearchParams({ team_id: 'T1', user_id: 'U1', user_name: 'u1', channel_id: 'C1', command: '/job', text: 'add Staff Engineer at Umbrella', response_url: fake.responseUrl('svc'), trigger_id: 'trigger-svc' }).toString();
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body) }, body });
    expect(response.status).toBe(200);
    const [answer] = await fake.waitFor('response_url');
    expect(answer!.args.text).toBe('Saved #1.');

    jobscout.child.kill('SIGTERM');
    expect({ code: await jobscout.exited, errors: jobscout.errors() }).toEqual({ code: 0, errors: expect.not.stringContaining('could not start') });
    expect(jobscout.output()).toBe('');
  });

  it('a SIGTERM while it is still starting (the scheduler being set up) stops it cleanly too', async () => {
    const jobscout = startJobscout({ JOBSCOUT_DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: '0', SLACK_API_URL: fake.apiUrl });
    jobscout.child.stdin.end();
    // Slack is connected before the scheduler has scheduled its recurring rounds.
    await jobscout.waitForStderr(/Jobscout is connected to Slack/, START_PATIENCE_MS);
    jobscout.child.kill('SIGTERM');
    expect({ code: await jobscout.exited, errors: jobscout.errors() }).toEqual({ code: 0, errors: expect.not.stringContaining('could not start') });
  });
});
