import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { startEmbeddedServer, type EmbeddedServer, type EmbeddedTarget } from './embeddedServer.js';
import * as schema from './schema.js';
import { projectPath } from '../projectRoot.js';
import { explainConnectionProblem } from './connectionProblem.js';

export type Database = NodePgDatabase<typeof schema>;
/** A database handle or an open transaction: repository functions accept either. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export const MIGRATIONS_FOLDER = projectPath('drizzle');

export interface OpenedDatabase {
  db: Database;
  pool: pg.Pool;
  /** True when this process runs PostgreSQL itself (PGlite) rather than talking to a server. */
  embedded: boolean;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'server'; url: string }
  | EmbeddedTarget;

// PGlite is one PostgreSQL session. pglite-socket multiplexes connections onto it, but two
// connections sending extended-protocol queries at once interleave their Parse/Bind/Execute
// messages ("portal \"\" cannot be run"; electric-sql/pglite#1046). One pooled connection
// serialises every query, which costs nothing real: PGlite runs one query at a time anyway.
// The price is that code inside a transaction must use its `tx`, never the pool, or it waits
// on itself; tests on PGlite would hang if it didn't.
const EMBEDDED_POOL_SIZE = 1;

/**
 * Opens PostgreSQL (a server, or PGlite behind a loopback socket) and applies pending
 * migrations. An embedded database already starting (`starting`, see startEmbeddedServer) is
 * used instead of starting another.
 */
export async function openDatabase(target: DatabaseTarget, starting?: Promise<EmbeddedServer>): Promise<OpenedDatabase> {
  if (target.kind === 'server') {
    // Without a timeout, a connection to a host that never answers waits forever.
    const pool = newPool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 10_000 });
    try {
      // One round trip first, so a server that can't be used is reported as that, not as a failed migration.
      await pool.query('SELECT 1');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw explainConnectionProblem(error, target.url) ?? error;
    }
    return finishOpening(pool, false, () => endPool(pool));
  }
  const server = await (starting ?? startEmbeddedServer(target));
  const pool = newPool({ host: server.host, port: server.port, user: 'postgres', database: 'postgres', max: EMBEDDED_POOL_SIZE });
  return finishOpening(pool, true, async () => {
    await endPool(pool);
    await server.stop();
  });
}

// How long closing waits for connections still lent out before it stops waiting for them.
const LENT_CONNECTIONS_WAIT_MS = 5_000;

/**
 * Ends the pool, waiting a while for lent connections to come back. pg's end() waits for every
 * one of them, forever: a connection a library keeps and never returns (the scheduler's LISTEN
 * channel, caught reconnecting as it was told to stop) would make shutdown hang. Past the wait
 * the process is going away anyway, and the server closes what is left.
 */
async function endPool(pool: pg.Pool): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, LENT_CONNECTIONS_WAIT_MS)));
  await Promise.race([pool.end(), waited]).finally(() => clearTimeout(timer));
}

/**
 * A pool whose connections never end the process when the server drops them: an idle one (a
 * server restart, a socket closed), nor one lent out between two queries (a transaction's, the
 * scheduler's LISTEN connection), which the pool stops listening to; an unheard 'error' event
 * is an uncaught exception. Whoever holds a lost connection learns of it from its next query.
 * Listening from the pool's creation covers the very first connection too.
 */
function newPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

async function finishOpening(pool: pg.Pool, embedded: boolean, close: () => Promise<void>): Promise<OpenedDatabase> {
  const db = drizzle(pool, { schema });
  try {
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { db, pool, embedded, close };
}
