import type { Config } from '../config.js';
import type { Clock } from '../domain/services.js';
import type { Database } from '../models/database.js';
import type { PersonRow } from '../models/people.js';
import { UnreachableError, type Notifier } from '../bots/notifier.js';
import type { Reply } from '../bots/ui.js';
import { claimDelivery, expireClaim, isSent, markDelivered } from './deliveries.js';

/** A claim older than this (JOBSCOUT_CLAIM_LEASE_SECONDS) belongs to a worker that died mid-send; another may take it over. */
export function claimLeaseMs(config: Config): number {
  return config.scheduler.claimLeaseSeconds * 1000;
}

// How far back a takeover looks for the dead worker's message: its claim is older than the
// lease, and anything scheduled that went unsent for a day is resent only if still useful.
const DELIVERED_LOOKBACK_MS = 24 * 60 * 60_000;

/**
 * `duplicate`: already sent. `pending`: another worker claimed it within the lease and hasn't
 * finished; if that worker died, the claim can be taken over once the lease ends, so a caller
 * that runs only once (a reminder's job) must come back then instead of finishing.
 */
export type SendOutcome = 'sent' | 'duplicate' | 'pending' | 'unreachable';

/**
 * Sends a scheduler message at most once under `key`: claimed before the send, marked sent
 * after, and given up when the send fails so a later round may try again — after asking the
 * platform whether the failed attempt got through after all.
 * With `storeReply`, the reply is kept in the claim: a worker that takes over a dead one's
 * claim sends what that one computed, not a second, different message.
 */
export async function sendOnce(
  deps: { db: Database; clock: Clock; notifier: Notifier; config: Config },
  delivery: { key: string; person: PersonRow; kind: string; payload?: Record<string, unknown>; storeReply?: boolean },
  reply: Reply,
): Promise<SendOutcome> {
  const { key, person } = delivery;
  const payload = delivery.storeReply ? { ...delivery.payload, reply } : delivery.payload;
  const claimed = await claimDelivery(deps.db, { key, personId: person.id, kind: delivery.kind, payload }, deps.clock(), claimLeaseMs(deps.config));
  if (!claimed) return (await isSent(deps.db, key)) ? 'duplicate' : 'pending';
  const message = delivery.storeReply && claimed.payload.reply ? storedReply(claimed.payload.reply as Reply) : reply;
  try {
    // A worker that died after the platform took the message but before recording it: ask the
    // platform, and only when the message is not there, send it again.
    if (claimed.takenOver && (await deps.notifier.wasDelivered(person, key, new Date(deps.clock().getTime() - DELIVERED_LOOKBACK_MS), message))) {
      await markDelivered(deps.db, key, deps.clock());
      return 'sent';
    }
    await deps.notifier.send(person, message, { key });
  } catch (error) {
    await expireClaim(deps.db, key, claimLeaseMs(deps.config), deps.clock());
    if (error instanceof UnreachableError) return 'unreachable';
    throw error;
  }
  await markDelivered(deps.db, key, deps.clock());
  return 'sent';
}

/**
 * A reply as it comes back from the claim's JSON: a file's bytes were stored as Node writes a
 * Buffer to JSON ({ type: "Buffer", data: [...] }) and become a Buffer again.
 */
function storedReply(reply: Reply): Reply {
  if (reply.kind !== 'message' || !reply.files) return reply;
  const bytes = (data: unknown) => (Buffer.isBuffer(data) ? data : Buffer.from((data as { data: number[] }).data));
  return { ...reply, files: reply.files.map((file) => ({ ...file, data: bytes(file.data) })) };
}
