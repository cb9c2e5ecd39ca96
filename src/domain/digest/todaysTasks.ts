import { DateTime } from 'luxon';
import { and, asc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Executor } from '../../models/database.js';
import { applications } from '../../models/applications.js';
import { interviews, type InterviewRow } from '../../models/interviews.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { offers, type OfferRow } from '../../models/offers.js';
import { dueFollowups, type DueFollowup } from '../followups/dueFollowups.js';

export interface TodaysTasks {
  interviews: { seq: number; job: JobRow; interview: InterviewRow }[];
  followups: DueFollowup[];
  offers: { seq: number; job: JobRow; offer: OfferRow }[];
}

export const hasTasks = (tasks: TodaysTasks) => tasks.interviews.length + tasks.followups.length + tasks.offers.length > 0;

/** What the person has on today, in their zone: interviews, follow-ups due, offer deadlines close by. */
export async function todaysTasks(db: Executor, config: Config, personId: number, zone: string, now: Date): Promise<TodaysTasks> {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const [interviewRows, offerRows, followups] = await Promise.all([
    db
      .select({ seq: applications.seq, job: jobs, interview: interviews })
      .from(interviews)
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(and(eq(applications.personId, personId), eq(interviews.outcome, 'pending'), gte(interviews.startsAt, today.toJSDate()), lt(interviews.startsAt, today.plus({ days: 1 }).toJSDate())))
      .orderBy(asc(interviews.startsAt)),
    db
      .select({ seq: applications.seq, job: jobs, offer: offers })
      .from(offers)
      .innerJoin(applications, eq(applications.id, offers.applicationId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(
        and(
          eq(applications.personId, personId),
          inArray(offers.status, ['pending', 'negotiating']),
          gte(offers.deadline, today.toISODate()!),
          lte(offers.deadline, today.plus({ days: config.digest.offerDeadlineDays }).toISODate()!),
        ),
      )
      .orderBy(asc(offers.deadline)),
    dueFollowups(db, config, now, personId),
  ]);
  return { interviews: interviewRows, followups, offers: offerRows };
}
