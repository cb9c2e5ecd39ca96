import type { Agenda } from 'agenda';
import { lt } from 'drizzle-orm';
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

export function defineHousekeeping(agenda: Agenda, db: Database, clock: Clock): void {
  agenda.define(HOUSEKEEPING_JOB, async () => {
    await purgeHandledRequests(db, clock());
  });
}

/** One recurring job however many processes start: Agenda keeps `every` jobs single. */
export async function scheduleHousekeeping(agenda: Agenda): Promise<void> {
  await agenda.every('6 hours', HOUSEKEEPING_JOB);
}
