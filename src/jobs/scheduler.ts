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
  // The LISTEN connection reconnects by itself after a database restart, but it reports each
  // loss as an 'error' event: unheard, that event would end the process.
  backend.notificationChannel?.on('error', onError);
  // processEvery must be a number of milliseconds: the string form was read 1000× too long.
  // One-off jobs (each reminder) are removed once done; what was sent is recorded in deliveries.
  return new Agenda({ backend, processEvery: config.scheduler.processEveryMs, defaultLockLifetime: config.scheduler.lockLifetimeSeconds * 1000, removeOnComplete: true });
}
