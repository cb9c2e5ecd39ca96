import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Config } from '../../config.js';
import type { Executor } from '../../models/database.js';
import { applications, type ApplicationRow } from '../../models/applications.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { offers, type OfferRow } from '../../models/offers.js';
import { people, type PersonRow } from '../../models/people.js';
import { preferences } from '../../models/preferences.js';
import { digestZone, withDefaults } from '../people/preferences.js';
import { endOfDay } from './deadlineInstant.js';
import { deadlineMayFallBetween, effectiveDeadline } from './effectiveDeadline.js';
import { deadlineDeliveryKey, dueDeadlineOffset, type DeadlineKind } from './deadlineReminderPlan.js';

/** One deadline reminder to send now. */
export interface DueDeadline {
  kind: DeadlineKind;
  key: string;
  person: PersonRow;
  zone: string;
  application: ApplicationRow;
  job: JobRow;
  offer?: OfferRow;
  deadline: Date;
  offsetMinutes: number;
}

/** Before these an application's deadline to apply still matters; once applied (or closed) it does not. */
export const BEFORE_APPLYING = ['saved', 'preparing'] as const;
/** An offer is still waiting for an answer in these. */
export const UNANSWERED_OFFER = ['pending', 'negotiating'] as const;
const OFFER_STAGES = ['offer', 'negotiating'] as const;

const DAY_MS = 24 * 60 * 60_000;

/**
 * Deadline reminders due now: deadlines to apply of applications not yet sent, and offer
 * deadlines of offers not yet answered. Read in a wide window in SQL (zones shift a date by up to
 * a day), then placed exactly in each person's zone.
 */
export async function dueDeadlines(db: Executor, config: Config, now: Date): Promise<DueDeadline[]> {
  const offsets = config.reminders.deadlineOffsetsMinutes;
  const horizon = new Date(now.getTime() + Math.max(...offsets) * 60_000 + 2 * DAY_MS);
  const yesterday = new Date(now.getTime() - 2 * DAY_MS);
  const common = { person: people, application: applications, job: jobs, prefs: preferences };
  const [toApply, toAnswer] = await Promise.all([
    db
      .select(common)
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .innerJoin(people, eq(people.id, applications.personId))
      .leftJoin(preferences, eq(preferences.personId, applications.personId))
      .where(
        and(
          inArray(applications.state, [...BEFORE_APPLYING]),
          deadlineMayFallBetween(now, horizon),
        ),
      ),
    db
      .select({ ...common, offer: offers })
      .from(offers)
      .innerJoin(applications, eq(applications.id, offers.applicationId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .innerJoin(people, eq(people.id, applications.personId))
      .leftJoin(preferences, eq(preferences.personId, applications.personId))
      .where(
        and(
          inArray(offers.status, [...UNANSWERED_OFFER]),
          inArray(applications.state, [...OFFER_STAGES]),
          gte(offers.deadline, DateTime.fromJSDate(yesterday, { zone: 'utc' }).toISODate()!),
          lte(offers.deadline, DateTime.fromJSDate(horizon, { zone: 'utc' }).toISODate()!),
        ),
      ),
  ]);
  const due: DueDeadline[] = [];
  for (const row of toApply) {
    const zone = digestZone(withDefaults(row.prefs, config), row.person, config);
    const deadline = effectiveDeadline(row.application, row.job, zone);
    if (!deadline) continue;
    const knownSince = deadline.source === 'person' ? row.application.deadlineSetAt! : row.application.createdAt;
    const offset = dueDeadlineOffset(deadline.at, knownSince, offsets, now);
    if (offset === null) continue;
    due.push({ kind: 'application', key: deadlineDeliveryKey('application', row.application.id, offset, deadline.at), person: row.person, zone, application: row.application, job: row.job, deadline: deadline.at, offsetMinutes: offset });
  }
  for (const row of toAnswer) {
    const zone = digestZone(withDefaults(row.prefs, config), row.person, config);
    const deadline = endOfDay(row.offer.deadline!, zone);
    const offset = dueDeadlineOffset(deadline, row.offer.updatedAt, offsets, now);
    if (offset === null) continue;
    due.push({ kind: 'offer', key: deadlineDeliveryKey('offer', row.offer.id, offset, deadline), person: row.person, zone, application: row.application, job: row.job, offer: row.offer, deadline, offsetMinutes: offset });
  }
  return due;
}
