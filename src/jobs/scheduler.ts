import { Agenda } from 'agenda';
import { PostgresBackend } from '@agendajs/postgres-backend';
import type pg from 'pg';
import type { Config } from '../config.js';

/**
 * Agenda on the application's own PostgreSQL pool. With PGlite, LISTEN/NOTIFY does not cross
 * the socket multiplexer, so the embedded database relies on polling alone.
 */
export function createScheduler(pool: pg.Pool, config: Config, embedded: boolean, onError: (error: unknown) => void = () => undefined): Agenda {
  const backend = new PostgresBackend({ pool, disableNotifications: embedded });
  // The embedded database runs every query in one session, one at a time: nothing to race there,
  // and a session's lock would not keep its own clients apart.
  if (!embedded) backend.connect = oneAtATime(pool, backend.connect.bind(backend));
  // The LISTEN connection reconnects by itself after a database restart, but it reports each
  // loss as an 'error' event: unheard, that event would end the process.
  backend.notificationChannel?.on('error', onError);
  // processEvery must be a number of milliseconds: the string form was read 1000× too long.
  // One-off jobs (each reminder) are removed once done; what was sent is recorded in deliveries.
  return new Agenda({ backend, processEvery: config.scheduler.processEveryMs, defaultLockLifetime: config.scheduler.lockLifetimeSeconds * 1000, removeOnComplete: true });
}

// Any constant shared by every worker: the key of the advisory lock around Agenda's schema.
const SCHEMA_LOCK = 7_310_042_511;

/**
 * Agenda ensures its table, indexes and update trigger each time a worker connects. Two workers
 * starting together (a deploy restarting both) replace the trigger's function at the same moment,
 * PostgreSQL refuses one of them ("tuple concurrently updated"), and Agenda, which connects from
 * its constructor, then never becomes ready. Under an advisory lock they take turns; the second
 * finds everything in place.
 */
function oneAtATime(pool: pg.Pool, connect: () => Promise<void>): () => Promise<void> {
  return async () => {
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
      await connect();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => undefined);
      client.release();
    }
  };
}
