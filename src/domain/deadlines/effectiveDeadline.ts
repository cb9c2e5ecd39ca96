import { and, gte, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm';
import { applications, type ApplicationRow } from '../../models/applications.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { postingDeadline } from './deadlineInstant.js';

/** Where an application's deadline comes from. */
export type DeadlineSource = 'person' | 'posting';

/**
 * The deadline to apply: the one the person set (or none, if they cleared it), else the
 * posting's closing date. Null when there is none.
 */
export function effectiveDeadline(application: Pick<ApplicationRow, 'deadlineAt' | 'deadlineSetAt'>, job: Pick<JobRow, 'closesAt'>, zone: string): { at: Date; source: DeadlineSource } | null {
  if (application.deadlineSetAt) return application.deadlineAt ? { at: application.deadlineAt, source: 'person' } : null;
  return job.closesAt ? { at: postingDeadline(job.closesAt, zone), source: 'posting' } : null;
}

// A posting's date-only closing date is stored as midnight UTC and means the end of that day
// wherever the person is: up to a day and a half after it, or half a day before.
const POSTING_DATE_SLACK_MS = 2 * 24 * 60 * 60_000;

/**
 * Applications whose deadline may fall between `from` and `to` (joined with their job): the
 * person's own, or the posting's closing date while they set none. A first cut for SQL, wide
 * enough for every zone; effectiveDeadline places each one exactly.
 */
export function deadlineMayFallBetween(from: Date, to: Date): SQL {
  return or(
    and(isNotNull(applications.deadlineSetAt), gte(applications.deadlineAt, from), lte(applications.deadlineAt, to)),
    and(isNull(applications.deadlineSetAt), gte(jobs.closesAt, new Date(from.getTime() - POSTING_DATE_SLACK_MS)), lte(jobs.closesAt, to)),
  )!;
}
