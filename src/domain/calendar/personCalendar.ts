import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Config } from '../../config.js';
import { applications } from '../../models/applications.js';
import type { Executor } from '../../models/database.js';
import { interviews } from '../../models/interviews.js';
import { jobs } from '../../models/jobs.js';
import { offers } from '../../models/offers.js';
import { endOfDay } from '../deadlines/deadlineInstant.js';
import { BEFORE_APPLYING, UNANSWERED_OFFER } from '../deadlines/dueDeadlines.js';
import { effectiveDeadline } from '../deadlines/effectiveDeadline.js';
import { deadlineEntry, interviewEntry, type CalendarEntry } from './calendarEntry.js';

const WEEK_MS = 7 * 24 * 60 * 60_000;

/**
 * What belongs in a person's calendar: interviews still to come (and those of the past week, so
 * a calendar doesn't drop one the moment it starts), deadlines to apply while they haven't, and
 * deadlines of offers not yet answered.
 */
export async function personCalendar(db: Executor, config: Config, personId: number, zone: string, now: Date): Promise<CalendarEntry[]> {
  const since = new Date(now.getTime() - WEEK_MS);
  const [interviewRows, toApply, toAnswer] = await Promise.all([
    db
      .select({ seq: applications.seq, job: jobs, interview: interviews })
      .from(interviews)
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(and(eq(applications.personId, personId), eq(interviews.outcome, 'pending'), gte(interviews.startsAt, since)))
      .orderBy(asc(interviews.startsAt)),
    db
      .select({ application: applications, job: jobs })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(and(eq(applications.personId, personId), inArray(applications.state, [...BEFORE_APPLYING]))),
    db
      .select({ seq: applications.seq, job: jobs, offer: offers })
      .from(offers)
      .innerJoin(applications, eq(applications.id, offers.applicationId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(and(eq(applications.personId, personId), inArray(offers.status, [...UNANSWERED_OFFER]))),
  ]);
  const reminders = config.reminders;
  const entries: CalendarEntry[] = interviewRows.map(({ seq, job, interview }) => interviewEntry(seq, job, interview, reminders.interviewOffsetsMinutes));
  for (const { application, job } of toApply) {
    const deadline = effectiveDeadline(application, job, zone);
    if (deadline && deadline.at >= since) entries.push(deadlineEntry('application', application.id, application.seq, job, deadline.at, zone, reminders.deadlineOffsetsMinutes));
  }
  for (const { seq, job, offer } of toAnswer) {
    if (!offer.deadline) continue;
    const deadline = endOfDay(offer.deadline, zone);
    if (deadline >= since) entries.push(deadlineEntry('offer', offer.id, seq, job, deadline, zone, reminders.deadlineOffsetsMinutes));
  }
  return entries;
}
