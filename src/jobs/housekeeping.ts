import type { Agenda } from 'agenda';
import { lt, sql } from 'drizzle-orm';
import type { Clock } from '../domain/services.js';
import type { Database } from '../models/database.js';
import { handledRequests } from '../models/handledRequests.js';

export const HOUSEKEEPING_JOB = 'housekeeping';

// Platforms retry within minutes; two days is far past any redelivery.
const HANDLED_REQUEST_TTL_MS = 2 * 24 * 60 * 60_000;

/** Forgets handled platform deliveries too old to be retried; returns how many went. */
export async function purgeHandledRequests(db: Database, now: Date): Promise<number> {
  const removed = await db
    .delete(handledRequests)
    .where(lt(handledRequests.createdAt, new Date(now.getTime() - HANDLED_REQUEST_TTL_MS)))
    .returning({ key: handledRequests.key });
  return removed.length;
}

/**
 * Refreshes the planner's statistics. A server's autovacuum does this by itself; PGlite is a
 * standalone backend with no autovacuum, so without it the embedded database plans every query
 * as if its tables were empty, however many jobs feeds and boards have brought in (seen: reading
 * one person's recommendations scanned every job).
 */
export async function refreshStatistics(db: Database): Promise<void> {
  await db.execute(sql`ANALYZE`);
}

export function defineHousekeeping(agenda: Agenda, db: Database, clock: Clock, embedded: boolean): void {
  agenda.define(HOUSEKEEPING_JOB, async () => {
    await purgeHandledRequests(db, clock());
    if (embedded) await refreshStatistics(db);
  });
}

/** One recurring job however many processes start: Agenda keeps `every` jobs single. */
export async function scheduleHousekeeping(agenda: Agenda): Promise<void> {
  await agenda.every('6 hours', HOUSEKEEPING_JOB);
}
