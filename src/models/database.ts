import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type Database = NodePgDatabase<typeof schema>;
/** A database handle or an open transaction: repository functions accept either. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface OpenedDatabase {
  db: Database;
  pool: pg.Pool;
  /** True when this process runs PostgreSQL itself (PGlite) rather than talking to a server. */
  embedded: boolean;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'server'; url: string }
  | { kind: 'embedded'; dataDir: string }
  /** In memory, for tests and benchmarks; `from` is a dumped data folder to start from instead of an empty one. */
  | { kind: 'memory'; from?: Blob };

// PGlite is one PostgreSQL session. pglite-socket multiplexes connections onto it, but two
// connections sending extended-protocol queries at once interleave their Parse/Bind/Execute
// messages ("portal \"\" cannot be run"; electric-sql/pglite#1046). One pooled connection
// serialises every query, which costs nothing real: PGlite runs one query at a time anyway.
// The price is that code inside a transaction must use its `tx`, never the pool, or it waits
// on itself; tests on PGlite would hang if it didn't.
const EMBEDDED_POOL_SIZE = 1;

// PGlite's default of 128 MB of shared buffers is sized for a server. Jobscout's embedded
// database is one person's or a small group's, and a reopened data folder held 312 MiB resident
// with the default against 137 MiB with 16 MB. The defaults are spread in because startParams
// replaces them (and postgresql.conf is left alone: replacing it drops its timezone setting).
export const EMBEDDED_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** Opens PostgreSQL (a server, or PGlite behind a loopback socket) and applies pending migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenedDatabase> {
  if (target.kind === 'server') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    return finishOpening(pool, false, async () => pool.end());
  }
  if (target.kind === 'embedded') mkdirSync(target.dataDir, { recursive: true });
  const lite = new PGlite({
    ...(target.kind === 'embedded' ? { dataDir: target.dataDir } : {}),
    ...(target.kind === 'memory' && target.from ? { loadDataDir: target.from } : {}),
    startParams: EMBEDDED_START_PARAMS,
  });
  const server = new PGLiteSocketServer({ db: lite, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_POOL_SIZE + 4 });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  const pool = new pg.Pool({ host, port: Number(port), user: 'postgres', database: 'postgres', max: EMBEDDED_POOL_SIZE });
  return finishOpening(pool, true, async () => {
    await pool.end();
    await server.stop();
    await lite.close();
  });
}

async function finishOpening(pool: pg.Pool, embedded: boolean, close: () => Promise<void>): Promise<OpenedDatabase> {
  // An idle client that errors (server restart, socket closed) must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzle(pool, { schema });
  try {
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { db, pool, embedded, close };
}
