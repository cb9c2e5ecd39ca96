import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { googleEvents } from '../../models/googleCalendar.js';
import type { CalendarEntry } from './calendarEntry.js';
import type { RemoteCalendar } from './remoteCalendar.js';

/**
 * The event id Jobscout gives an entry in a person's calendar: the same on every attempt, so an
 * insert whose answer was lost is found ("exists") rather than made twice. Google's ids are
 * base32hex (0-9, a-v); hex digits are among them.
 */
export function eventIdFor(personId: number, uid: string): string {
  return `js${createHash('sha256').update(`${personId}:${uid}`).digest('hex').slice(0, 40)}`;
}

/** What an entry looks like, so an unchanged one is not written again. */
export function fingerprintOf(entry: CalendarEntry): string {
  const { start, end, ...rest } = entry;
  return createHash('sha256').update(JSON.stringify({ ...rest, start: start.toISO(), zone: start.zoneName, end: end.toISO() })).digest('hex');
}

export interface SyncCounts {
  created: number;
  updated: number;
  deleted: number;
}

/**
 * Makes the person's remote calendar show `entries`: new ones added, changed ones updated, and
 * events whose entry is gone (a cancelled interview, a withdrawn application) deleted. Entries
 * that ended before `createFrom` and were never written are left out: connecting doesn't fill a
 * calendar with last year. Each step is recorded as it succeeds, so a sync cut short resumes.
 */
export async function syncCalendar(db: Executor, remote: RemoteCalendar, personId: number, entries: readonly CalendarEntry[], now: Date, createFrom: Date): Promise<SyncCounts> {
  const counts: SyncCounts = { created: 0, updated: 0, deleted: 0 };
  const links = new Map((await db.select().from(googleEvents).where(eq(googleEvents.personId, personId))).map((link) => [link.entryUid, link]));
  const record = async (uid: string, eventId: string, fingerprint: string) => {
    await db
      .insert(googleEvents)
      .values({ personId, entryUid: uid, eventId, fingerprint, syncedAt: now })
      .onConflictDoUpdate({ target: [googleEvents.personId, googleEvents.entryUid], set: { eventId, fingerprint, syncedAt: now } });
  };
  const wanted = new Set<string>();
  for (const entry of entries) {
    wanted.add(entry.uid);
    const fingerprint = fingerprintOf(entry);
    const link = links.get(entry.uid);
    if (link?.fingerprint === fingerprint) continue;
    if (!link && entry.end.toJSDate() < createFrom) continue;
    const eventId = link?.eventId ?? eventIdFor(personId, entry.uid);
    if (link) {
      if ((await remote.update(eventId, entry)) === 'missing') await remote.insert(eventId, entry);
      counts.updated++;
    } else {
      // Made by an attempt whose answer was lost: bring it up to date instead.
      if ((await remote.insert(eventId, entry)) === 'exists') await remote.update(eventId, entry);
      counts.created++;
    }
    await record(entry.uid, eventId, fingerprint);
  }
  for (const link of links.values()) {
    if (wanted.has(link.entryUid)) continue;
    await remote.remove(link.eventId);
    await db.delete(googleEvents).where(and(eq(googleEvents.personId, personId), eq(googleEvents.entryUid, link.entryUid)));
    counts.deleted++;
  }
  return counts;
}
