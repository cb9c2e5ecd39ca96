import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { calendarFeeds, type CalendarFeedRow } from '../../models/calendarFeeds.js';
import type { Executor } from '../../models/database.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The person's feed, if they have one. */
export async function feedOf(db: Executor, personId: number): Promise<CalendarFeedRow | null> {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.personId, personId));
  return row ?? null;
}

/**
 * A new secret for the person's feed, replacing any earlier one (whose address stops working).
 * The secret is returned once and only its hash is stored.
 */
export async function renewFeed(db: Executor, personId: number, now: Date): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  const tokenHash = hashOf(token);
  await db
    .insert(calendarFeeds)
    .values({ personId, tokenHash, createdAt: now })
    .onConflictDoUpdate({ target: calendarFeeds.personId, set: { tokenHash, createdAt: now, lastFetchedAt: null } });
  return token;
}

/** Turns the feed off: its address stops working. Whether there was one. */
export async function revokeFeed(db: Executor, personId: number): Promise<boolean> {
  return (await db.delete(calendarFeeds).where(eq(calendarFeeds.personId, personId)).returning()).length > 0;
}

/** The person a feed secret belongs to, noting the fetch; null for an unknown or retired one. */
export async function personOfFeed(db: Executor, token: string, now: Date): Promise<number | null> {
  const [row] = await db.update(calendarFeeds).set({ lastFetchedAt: now }).where(eq(calendarFeeds.tokenHash, hashOf(token))).returning({ personId: calendarFeeds.personId });
  return row?.personId ?? null;
}
