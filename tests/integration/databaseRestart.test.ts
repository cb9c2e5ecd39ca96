import pino from 'pino';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText } from '../../src/bots/commands/dispatch.js';
import { textOf } from '../support/replyText.js';
import { eventually } from '../support/patience.js';
import { createTestApp, QUIET_NOW, type TestApp } from '../support/testApp.js';
import { adminQuery, freshDatabaseTarget } from '../support/testDatabase.js';

/**
 * A PostgreSQL restart seen from Jobscout: every connection is terminated by the server
 * (57P01, as `pg_ctl restart -m fast` does), including the scheduler's LISTEN connection, and
 * new ones are refused for a while. Needs a server (CI's second run), since the embedded
 * database lives and dies with the process.
 */
const serverUrl = process.env.TEST_DATABASE_URL;

let app: TestApp;
let name: string;
let drop: () => Promise<void>;
const logs: { level: number; msg: string }[] = [];

const admin = (sql: string) => adminQuery(serverUrl!, sql);

describe.skipIf(!serverUrl)('a database restart', () => {
  beforeAll(async () => {
    const fresh = await freshDatabaseTarget();
    drop = fresh.drop;
    name = new URL((fresh.target as { url: string }).url).pathname.slice(1);
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => void (logs.push(JSON.parse(chunk.toString())), done()) });
    app = await createTestApp({ now: QUIET_NOW, target: fresh.target, logger: pino({ level: 'info' }, sink) });
    await app.startScheduler();
    const me = await app.as('grace');
    expect(textOf(await runText(me, '/job add Site Reliability Engineer at Initech'))).toMatch(/^Saved #1\./);
    // The scheduler's notification channel is listening before the restart.
    await eventually('the LISTEN connection', async () => (await listeners()) > 0);
  });
  afterAll(async () => {
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => undefined);
    await app?.dispose();
    await drop?.();
  });

  it('a connection lent out and idle when the server ends it does not end the process', async () => {
    const client = await app.database.pool.connect();
    const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows as [{ pid: number }];
    const ended = new Promise((resolve) => client.once('end', resolve));
    await admin(`SELECT pg_terminate_backend(${pid})`);
    await ended;
    // Unheard, the client's 'error' event would have been an uncaught exception, failing this run.
    await expect(client.query('SELECT 1')).rejects.toThrow();
    client.release(true);
    expect(textOf(await runText(await app.as('grace'), '/job list'))).toContain('Site Reliability Engineer');
  });

  const listeners = async () => Number((await admin(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = '${name}' AND query LIKE 'LISTEN%'`)).rows[0].n);

  it('is weathered: commands meanwhile get "try again", and everything works again once it is back, the outage logged once', async () => {
    const me = await app.as('grace');
    // Down: no new connections, and every existing one terminated by the administrator.
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);

    for (const line of ['/job list', '/job add Platform Engineer at Hooli', '/job move 1 applied']) {
      expect(textOf(await runText(me, line))).toBe("Jobscout can't reach its database right now. Try again in a moment.");
    }

    // Back up: within moments, commands are served and the scheduler listens again.
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    await eventually('commands to be served again', async () => textOf(await runText(me, '/job list')).includes('Site Reliability Engineer'));
    expect(textOf(await runText(me, '/job move 1 applied'))).toContain('Moved #1 to applied');
    await eventually('the scheduler to listen again', async () => (await listeners()) > 0);

    // Refused while it was down, so not half-done: one application, moved once.
    const list = textOf(await runText(me, '/job list'));
    expect(list).not.toContain('Hooli');
    const outages = logs.filter((entry) => entry.msg.startsWith('database unreachable'));
    expect(outages).toHaveLength(1);
    await eventually('the end of the outage to be logged', () => logs.some((entry) => entry.msg === 'database reachable again'));
    expect(logs.filter((entry) => entry.level >= 50).map((entry) => entry.msg)).toEqual([]);
  });
});
