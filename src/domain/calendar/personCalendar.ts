import { and, asc, eq, gte, inArray, ne } from 'drizzle-orm';
import { isOpen, type State } from '../ats/lifecycle.js';
import type { Config } from '../../config.js';
import { applications } from '../../models/applications.js';
import type { Executor } from '../../models/database.js';
import { interviews } from '../../models/interviews.js';
import { jobs } from '../../models/jobs.js';
import { offers } from '../../models/offers.js';
import { endOfDay } from '../deadlines/deadlineInstant.js';
import { BEFORE_APPLYING, UNANSWERED_OFFER } from '../deadlines/dueDeadlines.js';
import { effectiveDeadline } from '../deadlines/effectiveDeadline.js';
import { deadlineEntry, followupEntry, interviewEntry, type CalendarEntry } from './calendarEntry.js';
import { followups } from '../../models/followups.js';
import { addDays } from '../followups/calendarDays.js';

// A day before a follow-up is due, and an hour before.
const FOLLOWUP_ALARMS = [1440, 60];

/**
 * What belongs in a person's calendar from `since` on: interviews not cancelled (upcoming ones
 * only while the application is open: a withdrawal or rejection takes them off), follow-ups
 * due while an application waits in `applied` (unless the person stopped them), deadlines to
 * apply while they haven't, and deadlines of offers not yet answered.
 */
export async function personCalendar(db: Executor, config: Config, personId: number, zone: string, now: Date, since: Date): Promise<CalendarEntry[]> {
  const [interviewRows, toApply, toAnswer, waiting] = await Promise.all([
    db
      .select({ seq: applications.seq, state: applications.state, job: jobs, interview: interviews })
      .from(interviews)
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(and(eq(applications.personId, personId), ne(interviews.outcome, 'cancelled'), gte(interviews.startsAt, since)))
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
    db
      .select({ application: applications, job: jobs, answers: followups })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .leftJoin(followups, eq(followups.applicationId, applications.id))
      .where(and(eq(applications.personId, personId), eq(applications.state, 'applied'))),
  ]);
  const reminders = config.reminders;
  const entries: CalendarEntry[] = interviewRows
    .filter(({ state, interview }) => isOpen(state as State) || interview.startsAt <= now)
    .map(({ seq, job, interview }) => interviewEntry(seq, job, interview, reminders.interviewOffsetsMinutes));
  for (const { application, job } of toApply) {
    const deadline = effectiveDeadline(application, job, zone);
    if (deadline && deadline.at >= since) entries.push(deadlineEntry('application', application.id, application.seq, job, deadline.at, zone, reminders.deadlineOffsetsMinutes));
  }
  const settings = config.followups;
  for (const { application, job, answers } of waiting) {
    if (answers?.stoppedAt) continue;
    for (const days of settings.appliedDays) {
      const stageDue = addDays(application.stateChangedAt, days, zone, settings.businessDays);
      // A snooze moves the prompt, and so the reminder of it.
      const dueAt = answers?.snoozedUntil && answers.snoozedUntil > stageDue ? answers.snoozedUntil : stageDue;
      if (dueAt >= since) entries.push(followupEntry(application.id, application.stateChangedAt, days, application.seq, job, dueAt, zone, FOLLOWUP_ALARMS));
    }
  }
  for (const { seq, job, offer } of toAnswer) {
    if (!offer.deadline) continue;
    const deadline = endOfDay(offer.deadline, zone);
    if (deadline >= since) entries.push(deadlineEntry('offer', offer.id, seq, job, deadline, zone, reminders.deadlineOffsetsMinutes));
  }
  return entries;
}

/** Everything a synced calendar should show (Jobscout decides there which events are new enough to add). */
export function calendarEntriesToSync(db: Executor, config: Config, personId: number, zone: string, now: Date): Promise<CalendarEntry[]> {
  return personCalendar(db, config, personId, zone, now, new Date(0));
}
