import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/slackApi.js';
import { runJobscout } from '../support/consoleProcess.js';
import { freeLoopbackPort } from '../support/ports.js';

/**
 * A setting that stops Jobscout from starting is named in one line, with the cause and the fix,
 * and without a stack trace unless LOG_LEVEL=debug asks for one.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-startup-'));
const env = { JOBSCOUT_DATA_DIR: dataDir, JOBSCOUT_CONSOLE_USER: 'ops' };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const hasStackTrace = (text: string) => /^\s+at /m.test(text);

describe('start-up errors say what to fix', () => {
  it('a DATABASE_URL with nothing listening says connection refused and names the setting', async () => {
    const port = await freeLoopbackPort();
    const result = await runJobscout('/job list\n', { ...env, DATABASE_URL: `postgres://jobscout:secret@127.0.0.1:${port}/jobscout` });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `Jobscout could not start. DATABASE_URL (postgres://jobscout:***@127.0.0.1:${port}/jobscout): connection refused: nothing is listening there. Start PostgreSQL, or correct the host and port.\n`,
    );
  });

  it('an unknown host is named as one', async () => {
    const result = await runJobscout('/job list\n', { ...env, DATABASE_URL: 'postgres://jobscout@no-such-host.invalid:5432/jobscout' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Jobscout could not start\. DATABASE_URL \(postgres:\/\/jobscout@no-such-host\.invalid:5432\/jobscout\): (unknown host\. Correct the host name\.|the host name could not be looked up right now\. Check the name and the network\.)\n$/);
  });

  it('LOG_LEVEL=debug adds where it happened', async () => {
    const port = await freeLoopbackPort();
    const result = await runJobscout('/job list\n', { ...env, LOG_LEVEL: 'debug', DATABASE_URL: `postgres://jobscout@127.0.0.1:${port}/jobscout` });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('connection refused');
    expect(hasStackTrace(result.stderr)).toBe(true);
  });

  describe('on a PostgreSQL server', () => {
    const serverUrl = process.env.TEST_DATABASE_URL;
    it.skipIf(!serverUrl)('a database that does not exist says so and how to create it', async () => {
      const url = new URL(serverUrl!);
      url.pathname = '/no_such_database_here';
      const result = await runJobscout('/job list\n', { ...env, DATABASE_URL: url.toString() });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('the database does not exist. Create it (createdb <name>) or correct the name at the end of the URL.');
      expect(result.stderr).toMatch(/^Jobscout could not start\. DATABASE_URL \(/);
      expect(hasStackTrace(result.stderr)).toBe(false);
    });

    it.skipIf(!serverUrl)('a user the server does not know is refused with the user named as the thing to fix', async () => {
      const url = new URL(serverUrl!);
      url.username = 'no_such_role_here';
      url.password = 'wrong';
      const result = await runJobscout('/job list\n', { ...env, DATABASE_URL: url.toString() });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^Jobscout could not start\. DATABASE_URL \(postgres:\/\/no_such_role_here:\*\*\*@.*\): (password authentication failed\. Correct the user name and password\.|the server refused this user .*)\n$/);
      expect(result.stderr).not.toContain('wrong');
    });
  });

  describe('a Slack port in use', () => {
    let fake: FakeSlack;
    let taken: Server;
    beforeAll(async () => {
      fake = await new FakeSlack().start();
      taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, resolve));
    });
    afterAll(async () => {
      await new Promise((resolve) => taken.close(resolve));
      await fake.stop();
    });

    it('says which setting to change instead of a raw EADDRINUSE', async () => {
      const { port } = taken.address() as { port: number };
      const result = await runJobscout('', {
        ...env,
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_PORT: String(port),
        SLACK_API_URL: fake.apiUrl,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`Jobscout could not start. SLACK_PORT ${port} is already in use by another program. Stop that program, or set SLACK_PORT to a free port.\n`);
    });
  });
});
