import { and, eq, inArray, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Config } from '../../config.js';
import { applications } from '../../models/applications.js';
import { offers } from '../../models/offers.js';
import { people } from '../../models/people.js';
import { preferences } from '../../models/preferences.js';
import { appendEvent } from '../ats/events.js';
import { changePersonData } from '../people/changes.js';
import { digestZone, withDefaults } from '../people/preferences.js';
import type { Services } from '../services.js';
import { endOfDay } from './deadlineInstant.js';
import { UNANSWERED_OFFER } from './dueDeadlines.js';

/**
 * Offers whose deadline passed, in the person's zone, with no answer become `expired`, with an
 * event on the application's timeline. Safe to run on several workers at once: only the one
 * whose update finds the offer still unanswered writes the event.
 */
export async function expireOffers(services: Services, now: Date): Promise<number> {
  const config: Config = services.config;
  // Every zone's today has begun by the UTC date after tomorrow's; later deadlines can't have passed.
  const latest = DateTime.fromJSDate(now, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;
  const candidates = await services.db
    .select({ offer: offers, person: people, prefs: preferences })
    .from(offers)
    .innerJoin(applications, eq(applications.id, offers.applicationId))
    .innerJoin(people, eq(people.id, applications.personId))
    .leftJoin(preferences, eq(preferences.personId, applications.personId))
    .where(and(inArray(offers.status, [...UNANSWERED_OFFER]), lt(offers.deadline, latest)));
  let expired = 0;
  for (const { offer, person, prefs } of candidates) {
    const zone = digestZone(withDefaults(prefs, config), person, config);
    if (endOfDay(offer.deadline!, zone).getTime() > now.getTime()) continue;
    const done = await changePersonData(services, person.id, async (tx) => {
      const [row] = await tx
        .update(offers)
        .set({ status: 'expired', updatedAt: now })
        .where(and(eq(offers.id, offer.id), inArray(offers.status, [...UNANSWERED_OFFER])))
        .returning();
      if (!row) return false;
      const [application] = await tx.select().from(applications).where(eq(applications.id, offer.applicationId)).for('update');
      await appendEvent(tx, application!, { type: 'offer_expired', actorPersonId: null, payload: { offerId: offer.id, deadline: offer.deadline, summary: `Offer expired: no answer by ${offer.deadline}` }, occurredAt: now });
      return true;
    });
    if (done) expired++;
  }
  return expired;
}
