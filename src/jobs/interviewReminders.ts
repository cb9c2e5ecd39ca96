import { exponential, type Agenda } from 'agenda';
import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { isReminderStillUseful, planReminders, reminderDeliveryKey } from '../domain/reminders/interviewReminderPlan.js';
import type { Clock, ReminderPort } from '../domain/services.js';
import type { Database } from '../models/database.js';
import { applications } from '../models/applications.js';
import { interviews, type InterviewRow } from '../models/interviews.js';
import { jobs } from '../models/jobs.js';
import { people } from '../models/people.js';
import type { Notifier } from '../bots/notifier.js';
import { interviewReminderReply } from '../bots/views/interviewReminder.js';
import { interviewEntry } from '../domain/calendar/calendarEntry.js';
import { claimLeaseMs, sendOnce, type SendOutcome } from './sendOnce.js';

export const INTERVIEW_REMINDER_JOB = 'interview-reminder';

export interface InterviewReminderData {
  interviewId: number;
  offsetMinutes: number;
  /** The start time the reminder was planned for; a moved interview makes it stale. */
  startsAt: string;
}

export interface ReminderDeps {
  db: Database;
  clock: Clock;
  config: Config;
  logger: Logger;
  notifier: Notifier;
}

const RETRY_UNREACHABLE_MS = 60_000;
// Just past the lease, so the claim is stale by then on any worker's clock.
const RETRY_AFTER_LEASE_MS = 5_000;

export type ReminderOutcome = SendOutcome | 'stale';

/** Sends one interview reminder at most once, whatever retries, restarts or extra workers do. */
export async function deliverInterviewReminder(deps: ReminderDeps, data: InterviewReminderData): Promise<ReminderOutcome> {
  const now = deps.clock();
  const [row] = await deps.db
    .select({ interview: interviews, application: applications, job: jobs, person: people })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(people, eq(people.id, applications.personId))
    .where(eq(interviews.id, data.interviewId));
  if (!row || row.interview.outcome !== 'pending' || row.interview.startsAt.toISOString() !== data.startsAt) {
    deps.logger.info({ ...data, found: Boolean(row) }, 'interview reminder dropped: the interview was removed, moved or has an outcome');
    return 'stale';
  }
  const offsets = deps.config.reminders.interviewOffsetsMinutes;
  if (!isReminderStillUseful(row.interview.startsAt, data.offsetMinutes, offsets, now)) {
    deps.logger.info({ ...data }, 'interview reminder dropped: too late to be useful');
    return 'stale';
  }
  if (!deps.notifier.canReach(row.person)) return 'unreachable';

  const key = reminderDeliveryKey(row.interview.id, data.offsetMinutes, row.interview.startsAt);
  const entry = interviewEntry(row.application.seq, row.job, row.interview, offsets);
  // ical-generator and its zone data are a tenth of a second to load: not at every start-up.
  const { icsCalendar } = await import('../domain/calendar/icsCalendar.js');
  const ics = icsCalendar('Jobscout', [entry], now);
  const reply = interviewReminderReply(row.application.seq, row.job, row.interview, now, Buffer.from(ics, 'utf8'));
  // Stored with the claim: a worker taking over a dead one's claim sends, and looks for, the same words.
  const outcome = await sendOnce(deps, { key, person: row.person, kind: 'interview-reminder', payload: { ...data }, storeReply: true }, reply);
  if (outcome === 'sent') deps.logger.info({ key, personId: row.person.id }, 'interview reminder sent');
  return outcome;
}

/** Registers the job with Agenda; an unreachable person is tried again a minute later. */
export function defineInterviewReminders(agenda: Agenda, deps: ReminderDeps): void {
  agenda.define<InterviewReminderData>(
    INTERVIEW_REMINDER_JOB,
    async (job) => {
      const outcome = await deliverInterviewReminder(deps, job.attrs.data);
      if (outcome === 'unreachable') {
        await agenda.schedule(new Date(deps.clock().getTime() + RETRY_UNREACHABLE_MS), INTERVIEW_REMINDER_JOB, job.attrs.data);
      }
      // Another worker holds the claim. If it died mid-send, its claim can be taken over when the
      // lease ends: this one-off job must come back then, or the reminder is lost for good.
      if (outcome === 'pending') {
        await agenda.schedule(new Date(deps.clock().getTime() + claimLeaseMs(deps.config) + RETRY_AFTER_LEASE_MS), INTERVIEW_REMINDER_JOB, job.attrs.data);
      }
    },
    // A one-off job that fails (the database away, Slack refusing) is otherwise never run again:
    // the reminder would be lost. Retried 5 s, 10 s, 20 s … later, up to about 20 minutes; one
    // that comes too late to be useful is dropped by the job itself.
    { backoff: exponential({ delay: 5_000, factor: 2, maxRetries: 8 }) },
  );
}

/** The domain's ReminderPort on Agenda (set up on first use): one job per reminder, replaced whenever the interview moves. */
export function agendaReminderPort(scheduler: () => Promise<Agenda>, config: Config, clock: Clock): ReminderPort {
  return {
    async scheduleInterview(interview: InterviewRow) {
      const agenda = await scheduler();
      await agenda.cancel({ name: INTERVIEW_REMINDER_JOB, data: { interviewId: interview.id } });
      if (interview.outcome !== 'pending') return;
      const plan = planReminders(interview.startsAt, config.reminders.interviewOffsetsMinutes, clock());
      for (const reminder of plan) {
        const data: InterviewReminderData = { interviewId: interview.id, offsetMinutes: reminder.offsetMinutes, startsAt: interview.startsAt.toISOString() };
        await agenda.schedule(reminder.dueAt, INTERVIEW_REMINDER_JOB, data);
      }
    },
    async cancelInterview(interviewId: number) {
      const agenda = await scheduler();
      await agenda.cancel({ name: INTERVIEW_REMINDER_JOB, data: { interviewId } });
    },
  };
}
