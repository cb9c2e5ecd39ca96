import type { Agenda } from 'agenda';
import { and, eq, exists, or, sql } from 'drizzle-orm';
import { digestContents, isEmptyDigest, type DigestContent } from '../domain/digest/digestContent.js';
import { digestDeliveryKey, digestSlot } from '../domain/digest/digestSlot.js';
import { digestZone, withDefaults, type Preferences } from '../domain/people/preferences.js';
import { markDigested } from '../domain/recommendations/current.js';
import { refreshRecommendations } from '../domain/recommendations/refresh.js';
import type { Services } from '../domain/services.js';
import { applications } from '../models/applications.js';
import { deliveries } from '../models/deliveries.js';
import { people, type PersonRow } from '../models/people.js';
import { preferences } from '../models/preferences.js';
import { profiles } from '../models/profiles.js';
import type { Notifier } from '../bots/notifier.js';
import { digestReply } from '../bots/views/digest.js';
import { claimDelivery, deliveryStates, markDelivered } from './deliveries.js';
import { claimLeaseMs, sendOnce } from './sendOnce.js';

export const DAILY_DIGEST_JOB = 'daily-digests';

// People composed together: a few queries for each batch instead of several for each person.
const COMPOSE_BATCH = 500;

export interface DigestRound {
  due: number;
  sent: number;
  empty: number;
}

interface Due {
  person: PersonRow;
  prefs: Preferences;
  key: string;
  /** Another worker claimed this digest and hasn't finished: its computed digest is in the claim. */
  claimed: boolean;
}

/** People whose digest time has come today in their zone and whose digest for that local day is not done. */
async function dueNow(services: Services, notifier: Notifier, now: Date): Promise<Due[]> {
  const { config } = services;
  // Only people Jobscout has something about: a profile or an application.
  const rows = await services.db
    .select({ person: people, prefs: preferences })
    .from(people)
    .leftJoin(preferences, eq(preferences.personId, people.id))
    .where(
      and(
        or(sql`${preferences.digestEnabled} is null`, eq(preferences.digestEnabled, true)),
        or(exists(services.db.select({ one: sql`1` }).from(profiles).where(eq(profiles.personId, people.id))), exists(services.db.select({ one: sql`1` }).from(applications).where(eq(applications.personId, people.id)))),
      ),
    );
  const due: Due[] = [];
  for (const row of rows) {
    const prefs = withDefaults(row.prefs, config);
    const slot = digestSlot(now, digestZone(prefs, row.person, config), prefs.digestTime, config.digest.latestHoursLate);
    if (slot && notifier.canReach(row.person)) due.push({ person: row.person, prefs, key: digestDeliveryKey(row.person.id, slot.localDate), claimed: false });
  }
  if (!due.length) return due;
  // A sent (or empty) digest is never redone; a claimed one is left to sendOnce, which takes over a dead worker's claim after its lease.
  const states = await deliveryStates(services.db, due.map((entry) => entry.key));
  return due.filter((entry) => states.get(entry.key) !== 'sent').map((entry) => ({ ...entry, claimed: states.get(entry.key) === 'computed' }));
}

/**
 * One round of the digest job: for everyone whose local digest time has come, refresh their
 * recommendations, compute the digest, and send it once under `digest:<person>:<local date>`.
 * The computed digest is stored with the claim, so a worker that dies between computing and
 * sending leaves it for the next round to send as it was, once, even if by then there would be
 * nothing to say. Nothing is sent when there is nothing to say; that day is marked done all the
 * same.
 */
export async function sendDailyDigests(services: Services, notifier: Notifier): Promise<DigestRound> {
  const now = services.clock();
  const due = await dueNow(services, notifier, now);
  const round: DigestRound = { due: due.length, sent: 0, empty: 0 };
  if (!due.length) return round;
  await refreshRecommendations(services, due.map((entry) => entry.person.id));
  for (let start = 0; start < due.length; start += COMPOSE_BATCH) {
    const chunk = due.slice(start, start + COMPOSE_BATCH);
    let contents: Map<number, DigestContent>;
    try {
      contents = await digestContents(services, chunk);
    } catch (error) {
      services.logger.error({ err: error, people: chunk.length }, 'daily digests could not be composed');
      continue;
    }
    for (const entry of chunk) await sendDigest(services, notifier, entry, contents.get(entry.person.id)!, round);
  }
  services.logger.info(round, 'daily digests round');
  return round;
}

/** Sends one composed digest once under its key, or marks the day done when it has nothing to say. */
async function sendDigest(services: Services, notifier: Notifier, { person, key, claimed }: Due, content: DigestContent, round: DigestRound): Promise<void> {
  const now = content.now;
  try {
    // A claimed digest was computed by a worker that may have died: it goes through sendOnce,
    // which sends that one after the lease, even if there is nothing new now.
    if (isEmptyDigest(content) && !claimed) {
      if (await claimDelivery(services.db, { key, personId: person.id, kind: 'digest', payload: { empty: true } }, now, claimLeaseMs(services.config))) {
        await markDelivered(services.db, key, now);
        round.empty++;
      }
      return;
    }
    const jobIds = content.recommendations.map((rec) => rec.job.id);
    const outcome = await sendOnce({ ...services, notifier }, { key, person, kind: 'digest', payload: { jobIds }, storeReply: true }, digestReply(content, { ephemeral: false }));
    if (outcome !== 'sent') return;
    // What went out may be what a dead worker computed: then mark the jobs it named.
    const [stored] = claimed ? await services.db.select({ payload: deliveries.payload }).from(deliveries).where(eq(deliveries.key, key)) : [];
    await markDigested(services.db, person.id, (stored?.payload.jobIds as number[] | undefined) ?? jobIds, now);
    round.sent++;
  } catch (error) {
    // One person's failure must not cost everyone else their digest; the next round retries.
    services.logger.error({ err: error, personId: person.id, key }, 'daily digest failed');
  }
}

export function defineDailyDigests(agenda: Agenda, services: Services, notifier: Notifier): void {
  agenda.define(DAILY_DIGEST_JOB, async () => {
    await sendDailyDigests(services, notifier);
  });
}

export async function scheduleDailyDigests(agenda: Agenda, minutes: number): Promise<void> {
  await agenda.every(`${minutes} minutes`, DAILY_DIGEST_JOB);
}
