import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { EMBEDDED_START_PARAMS, MIGRATIONS_FOLDER, type DatabaseTarget } from '../../src/models/database.js';

let template: Promise<Blob> | null = null;

/**
 * A migrated, empty embedded database as a dumped data folder, made once per test worker.
 * Creating a PGlite database runs initdb (about 4 s on this machine, more when it is busy);
 * loading a dump takes about 1 s, so each test app starts from this copy instead.
 */
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const lite = new PGlite({ startParams: EMBEDDED_START_PARAMS });
    try {
      await migrate(drizzle(lite), { migrationsFolder: MIGRATIONS_FOLDER });
      return await lite.dumpDataDir('none');
    } finally {
      await lite.close();
    }
  })();
  return template;
}

/**
 * Where integration tests keep their data: a fresh in-memory PGlite by default, or a fresh
 * database on the PostgreSQL server named by TEST_DATABASE_URL (CI runs both).
 */
export async function freshDatabaseTarget(): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { target: { kind: 'memory', from: await migratedTemplate() }, drop: async () => undefined };
  const name = `jobscout_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'server', url: url.toString() },
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const usingServer = Boolean(process.env.TEST_DATABASE_URL);
