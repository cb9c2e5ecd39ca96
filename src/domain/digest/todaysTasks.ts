import { DateTime } from 'luxon';
import { and, asc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Executor } from '../../models/database.js';
import { applications } from '../../models/applications.js';
import { interviews, type InterviewRow } from '../../models/interviews.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { offers, type OfferRow } from '../../models/offers.js';
import { dueFollowups, type DueFollowup } from '../followups/dueFollowups.js';
import { BEFORE_APPLYING } from '../deadlines/dueDeadlines.js';
import { deadlineMayFallBetween, effectiveDeadline } from '../deadlines/effectiveDeadline.js';

export interface TodaysTasks {
  interviews: { seq: number; job: JobRow; interview: InterviewRow }[];
  followups: DueFollowup[];
  offers: { seq: number; job: JobRow; offer: OfferRow }[];
  /** Deadlines to apply coming up, soonest first. */
  deadlines: { seq: number; job: JobRow; deadline: Date }[];
}

export const hasTasks = (tasks: TodaysTasks) => tasks.interviews.length + tasks.followups.length + tasks.offers.length + tasks.deadlines.length > 0;

// Every zone's "today" lies within a day and a half of now (UTC−12 to UTC+14).
const WIDEST_DAY_MS = 38 * 60 * 60_000;

/**
 * What each person has on today, in their own zone: interviews, follow-ups due, offer deadlines
 * close by. Read for many people in five queries, then cut to each person's local day.
 */
export async function todaysTasksFor(db: Executor, config: Config, zones: ReadonlyMap<number, string>, now: Date): Promise<Map<number, TodaysTasks>> {
  const personIds = [...zones.keys()];
  const result = new Map<number, TodaysTasks>(personIds.map((id) => [id, { interviews: [], followups: [], offers: [], deadlines: [] }]));
  if (!personIds.length) return result;
  const utcToday = DateTime.fromJSDate(now, { zone: 'utc' }).startOf('day');
  const windowEnd = new Date(now.getTime() + (config.digest.offerDeadlineDays + 2) * 24 * 60 * 60_000);
  const [interviewRows, offerRows, followups, deadlineRows] = await Promise.all([
    db
      .select({ personId: applications.personId, seq: applications.seq, job: jobs, interview: interviews })
      .from(interviews)
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(
        and(
          inArray(applications.personId, personIds),
          eq(interviews.outcome, 'pending'),
          gte(interviews.startsAt, new Date(now.getTime() - WIDEST_DAY_MS)),
          lt(interviews.startsAt, new Date(now.getTime() + WIDEST_DAY_MS)),
        ),
      )
      .orderBy(asc(interviews.startsAt)),
    db
      .select({ personId: applications.personId, seq: applications.seq, job: jobs, offer: offers })
      .from(offers)
      .innerJoin(applications, eq(applications.id, offers.applicationId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(
        and(
          inArray(applications.personId, personIds),
          inArray(offers.status, ['pending', 'negotiating']),
          gte(offers.deadline, utcToday.minus({ days: 1 }).toISODate()!),
          lte(offers.deadline, utcToday.plus({ days: config.digest.offerDeadlineDays + 1 }).toISODate()!),
        ),
      )
      .orderBy(asc(offers.deadline)),
    dueFollowups(db, config, now, personIds),
    db
      .select({ personId: applications.personId, seq: applications.seq, job: jobs, application: applications })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(
        and(
          inArray(applications.personId, personIds),
          inArray(applications.state, [...BEFORE_APPLYING]),
          deadlineMayFallBetween(now, windowEnd),
        ),
      ),
  ]);
  const localDay = (personId: number) => {
    const start = DateTime.fromJSDate(now, { zone: zones.get(personId)! }).startOf('day');
    return { start, end: start.plus({ days: 1 }), lastDeadline: start.plus({ days: config.digest.offerDeadlineDays }).toISODate()!, first: start.toISODate()! };
  };
  for (const { personId, ...row } of interviewRows) {
    const day = localDay(personId);
    if (row.interview.startsAt >= day.start.toJSDate() && row.interview.startsAt < day.end.toJSDate()) result.get(personId)!.interviews.push(row);
  }
  for (const { personId, ...row } of offerRows) {
    const day = localDay(personId);
    if (row.offer.deadline && row.offer.deadline >= day.first && row.offer.deadline <= day.lastDeadline) result.get(personId)!.offers.push(row);
  }
  for (const followup of followups) result.get(followup.person.id)?.followups.push(followup);
  for (const { personId, seq, job, application } of deadlineRows) {
    const day = localDay(personId);
    const deadline = effectiveDeadline(application, job, zones.get(personId)!);
    // From now to the end of the last day the digest looks ahead, like offer deadlines.
    if (deadline && deadline.at >= now && deadline.at < day.start.plus({ days: config.digest.offerDeadlineDays + 1 }).toJSDate()) result.get(personId)!.deadlines.push({ seq, job, deadline: deadline.at });
  }
  for (const tasks of result.values()) tasks.deadlines.sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
  return result;
}
