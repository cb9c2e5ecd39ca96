import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../models/database.js';
import { deliveries } from '../models/deliveries.js';

/**
 * Claims the right to send under `key`. True only for the one caller that may send: the first,
 * or a later one when an earlier claim was left unfinished for longer than `leaseMs` (its
 * worker died before sending). A key marked sent is never claimed again. A claim taken over
 * gives back the payload the first claimant stored, so what it had computed is what is sent,
 * and says it was taken over: the first claimant may have sent it before it died.
 */
export async function claimDelivery(
  db: Executor,
  claim: { key: string; personId: number; kind: string; payload?: Record<string, unknown> },
  now: Date,
  leaseMs: number,
): Promise<{ payload: Record<string, unknown>; takenOver: boolean } | null> {
  const staleBefore = new Date(now.getTime() - leaseMs);
  const rows = await db
    .insert(deliveries)
    .values({ key: claim.key, personId: claim.personId, kind: claim.kind, status: 'claimed', claimedAt: now, payload: claim.payload ?? {} })
    .onConflictDoUpdate({
      target: deliveries.key,
      set: { claimedAt: now },
      setWhere: and(eq(deliveries.status, 'claimed'), lt(deliveries.claimedAt, staleBefore)),
    })
    // xmax is 0 on a row this statement inserted, and set on one it updated: a takeover.
    .returning({ payload: deliveries.payload, takenOver: sql<boolean>`xmax <> 0` });
  return rows[0] ?? null;
}

/** Records that the message went out; from here on the key is spent. */
export async function markDelivered(db: Executor, key: string, now: Date): Promise<void> {
  await db.update(deliveries).set({ status: 'sent', sentAt: now }).where(eq(deliveries.key, key));
}

/** Whether the message under `key` went out. */
export async function isSent(db: Executor, key: string): Promise<boolean> {
  const [row] = await db.select({ status: deliveries.status }).from(deliveries).where(eq(deliveries.key, key));
  return row?.status === 'sent';
}

/**
 * Gives a claim up after a failed send, so the retry can take it at once: as a takeover, which
 * first asks the platform whether the message arrived. A send that failed may still have got
 * through (a timeout after Slack took it), so the retry must not simply send again.
 */
export async function expireClaim(db: Executor, key: string, leaseMs: number, now: Date): Promise<void> {
  await db
    .update(deliveries)
    .set({ claimedAt: new Date(now.getTime() - leaseMs - 1) })
    .where(and(eq(deliveries.key, key), eq(deliveries.status, 'claimed')));
}

// Keeps each IN list well inside PostgreSQL's parameter limit.
const KEY_BATCH = 1000;

/**
 * Where each of `keys` stands: `sent`; `computed`, claimed by a worker that stored the message it
 * computed (sendOnce with storeReply); or `claimed` without one. Keys never claimed are absent.
 * A round skips what was sent without touching those rows.
 */
export async function deliveryStates(db: Executor, keys: readonly string[]): Promise<Map<string, 'sent' | 'computed' | 'claimed'>> {
  const states = new Map<string, 'sent' | 'computed' | 'claimed'>();
  for (let start = 0; start < keys.length; start += KEY_BATCH) {
    const rows = await db
      .select({ key: deliveries.key, status: deliveries.status, computed: sql<boolean>`(${deliveries.payload} -> 'reply') is not null` })
      .from(deliveries)
      .where(inArray(deliveries.key, keys.slice(start, start + KEY_BATCH)));
    for (const row of rows) states.set(row.key, row.status === 'sent' ? 'sent' : row.computed ? 'computed' : 'claimed');
  }
  return states;
}
