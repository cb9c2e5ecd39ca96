import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseTarget } from '../../src/models/database.js';

let template: Uint8Array | null = null;

/** The migrated, empty database that globalSetup.ts dumped once for the run, read once per test process. */
function migratedTemplate(): Uint8Array {
  template ??= new Uint8Array(readFileSync(inject('migratedTemplate')));
  return template;
}

/**
 * Where integration tests keep their data: a fresh in-memory PGlite by default, or a fresh
 * database on the PostgreSQL server named by TEST_DATABASE_URL (CI runs both).
 */
export async function freshDatabaseTarget(): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { target: { kind: 'memory', from: migratedTemplate() }, drop: async () => undefined };
  const name = `jobscout_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'server', url: url.toString() },
    drop: async () => void (await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** One statement on its own connection to the server at `url` (creating, dropping or fencing off a database). */
export async function adminQuery(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export const usingServer = Boolean(process.env.TEST_DATABASE_URL);
