import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { TestProject } from 'vitest/node';
import { MIGRATIONS_FOLDER } from '../../src/models/database.js';
import { EMBEDDED_SETTINGS } from '../../src/models/embeddedServer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty embedded database dumped to a file (see testDatabase.ts); empty on a server run. */
    migratedTemplate: string;
  }
}

/**
 * Makes the migrated embedded database every test app starts from, once for the whole run:
 * creating a PGlite database runs initdb and every migration (about 5 s), loading a dump about
 * one. Each test file runs in its own process, so a template per process would cost that 5 s for
 * every file.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('migratedTemplate', '');
    return () => undefined;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'jobscout-test-template-'));
  const file = path.join(dir, 'migrated.tar');
  const lite = new PGlite({ startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS] });
  try {
    await migrate(drizzle(lite), { migrationsFolder: MIGRATIONS_FOLDER });
    writeFileSync(file, new Uint8Array(await (await lite.dumpDataDir('none')).arrayBuffer()));
  } finally {
    await lite.close();
  }
  project.provide('migratedTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
