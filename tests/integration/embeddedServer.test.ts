import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedServer } from '../../src/models/embeddedServer.js';

// The embedded PostgreSQL on its own worker thread; what the rest of the suite uses through openDatabase.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('the embedded database server', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'jobscout-embedded-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves PostgreSQL on a loopback port, and stops cleanly', async () => {
    const server = await startEmbeddedServer({ kind: 'memory' });
    const client = new pg.Client({ host: server.host, port: server.port, user: 'postgres', database: 'postgres' });
    await client.connect();
    expect((await client.query<{ answer: number }>('select 6 * 7 as answer')).rows).toEqual([{ answer: 42 }]);
    await client.end();
    await server.stop();
    await expect(new pg.Client({ host: server.host, port: server.port, user: 'postgres', database: 'postgres', connectionTimeoutMillis: 5_000 }).connect()).rejects.toThrow();
  });

  it('a data folder it cannot use is refused with the reason, not a hang', async () => {
    const notAFolder = path.join(dir, 'a-file');
    writeFileSync(notAFolder, 'not a database');
    await expect(startEmbeddedServer({ kind: 'embedded', dataDir: notAFolder })).rejects.toThrow(`The embedded database could not start in ${notAFolder}: EEXIST`);
    // A folder PostgreSQL can't read fails inside the worker thread, and says so.
    const broken = path.join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'PG_VERSION'), 'not a version\n');
    await expect(startEmbeddedServer({ kind: 'embedded', dataDir: broken })).rejects.toThrow(`The embedded database could not start in ${broken}:`);
  });
});
