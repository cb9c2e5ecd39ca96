import { DateTime } from 'luxon';
import { and, asc, eq, gte, max } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applications } from '../../models/applications.js';
import { interviews, type InterviewKind, type InterviewOutcome, type InterviewRow } from '../../models/interviews.js';
import { jobs } from '../../models/jobs.js';
import { UserError } from '../errors.js';
import { readWholeNumber } from '../wholeNumbers.js';
import type { Services } from '../services.js';
import { getApplication, type ApplicationView } from './applications.js';
import { appendEvent } from './events.js';
import { rememberInterviewers } from './contacts.js';
import { teachFromMove } from './moveSignals.js';
import { funnelRank, type State } from './lifecycle.js';
import { changePersonData } from '../people/changes.js';

export interface InterviewInput {
  kind: InterviewKind;
  startsAt: Date;
  timezone: string;
  durationMinutes: number;
  interviewers?: string | null;
  location?: string | null;
}

export interface InterviewResult extends ApplicationView {
  interview: InterviewRow;
  /** Set when logging the interview moved the application on. */
  movedFrom: State | null;
}

// Evidence of an interview moves these on to `interviewing`; later or closed states stay put.
const BEFORE_INTERVIEWING = funnelRank('interviewing');

/** Logs an interview, moves an earlier-stage application to `interviewing`, schedules reminders. */
export async function logInterview(services: Services, personId: number, seq: number, input: InterviewInput): Promise<InterviewResult> {
  const now = services.clock();
  const result = await changePersonData(services, personId, async (tx) => {
    const view = await getApplication(tx, personId, seq, true);
    const [last] = await tx.select({ seq: max(interviews.seq) }).from(interviews).where(eq(interviews.applicationId, view.application.id));
    const [interview] = await tx
      .insert(interviews)
      .values({ ...input, applicationId: view.application.id, seq: (last?.seq ?? 0) + 1, createdAt: now, updatedAt: now })
      .returning();
    const from = view.application.state as State;
    const moves = funnelRank(from) < BEFORE_INTERVIEWING || from === 'ghosted';
    const application = await appendEvent(tx, view.application, {
      type: 'interview_logged',
      actorPersonId: personId,
      fromState: moves ? from : null,
      toState: moves ? 'interviewing' : null,
      reason: moves ? 'Interview logged' : null,
      payload: { interviewId: interview!.id, interviewSeq: interview!.seq, kind: input.kind, startsAt: input.startsAt.toISOString() },
      occurredAt: now,
    });
    if (moves) await teachFromMove(tx, services, personId, view, 'interviewing', now);
    await rememberInterviewers(tx, application, personId, input.interviewers, now);
    return { application, job: view.job, interview: interview!, movedFrom: moves ? from : null };
  });
  await services.reminders.scheduleInterview(result.interview);
  return result;
}

/** Reads "3.2" (application 3, interview 2) or "3" (its latest interview). */
export function parseInterviewRef(input: string): { seq: number; interviewSeq: number | null } {
  const match = /^#?(\d+)(?:\.(\d+))?$/.exec(input.trim());
  const seq = match ? readWholeNumber(match[1]!) : null;
  const interviewSeq = match?.[2] === undefined ? null : readWholeNumber(match[2]);
  // "3.0" is not "the latest interview of #3": interviews are numbered from 1.
  if (!match || !seq || interviewSeq === 0 || (match[2] !== undefined && interviewSeq === null)) {
    throw new UserError('bad_interview_ref', `"${input}" is not an interview. Write 3.1 for the first interview of application #3.`);
  }
  return { seq, interviewSeq };
}

/** Finds one of the person's interviews; the latest of the application when no number is given. */
export async function getInterview(db: Executor, personId: number, ref: { seq: number; interviewSeq: number | null }) {
  const view = await getApplication(db, personId, ref.seq);
  const rows = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.applicationId, view.application.id), ref.interviewSeq !== null ? eq(interviews.seq, ref.interviewSeq) : undefined))
    .orderBy(asc(interviews.seq));
  const interview = rows.at(-1);
  if (!interview) {
    const which = ref.interviewSeq ? `interview ${ref.seq}.${ref.interviewSeq}` : `interviews for #${ref.seq}`;
    throw new UserError('unknown_interview', `You have no ${which}. Log one with /job interview ${ref.seq}.`);
  }
  return { ...view, interview };
}

/** Moves an interview to a new time; its reminders move with it. */
export async function rescheduleInterview(
  services: Services,
  personId: number,
  ref: { seq: number; interviewSeq: number | null },
  startsAt: Date,
  timezone: string,
): Promise<InterviewResult> {
  const now = services.clock();
  const result = await changePersonData(services, personId, async (tx) => {
    const view = await getInterview(tx, personId, ref);
    if (view.interview.outcome === 'cancelled') {
      throw new UserError('interview_cancelled', `Interview ${ref.seq}.${view.interview.seq} was cancelled. Log a new one with /job interview ${ref.seq}.`);
    }
    const [interview] = await tx
      .update(interviews)
      .set({ startsAt, timezone, updatedAt: now })
      .where(eq(interviews.id, view.interview.id))
      .returning();
    const application = await appendEvent(tx, view.application, {
      type: 'interview_rescheduled',
      actorPersonId: personId,
      payload: { interviewId: interview!.id, from: view.interview.startsAt.toISOString(), to: startsAt.toISOString() },
      occurredAt: now,
    });
    return { application, job: view.job, interview: interview!, movedFrom: null };
  });
  await services.reminders.scheduleInterview(result.interview);
  return result;
}

/** Records how an interview went (or that it was cancelled, which cancels its reminders). */
export async function recordOutcome(
  services: Services,
  personId: number,
  ref: { seq: number; interviewSeq: number | null },
  outcome: InterviewOutcome,
  feedback: string | null,
): Promise<InterviewResult> {
  const now = services.clock();
  const result = await changePersonData(services, personId, async (tx) => {
    const view = await getInterview(tx, personId, ref);
    const [interview] = await tx
      .update(interviews)
      .set({ outcome, feedback: feedback ?? view.interview.feedback, updatedAt: now })
      .where(eq(interviews.id, view.interview.id))
      .returning();
    const application = await appendEvent(tx, view.application, {
      type: outcome === 'cancelled' ? 'interview_cancelled' : 'interview_outcome',
      actorPersonId: personId,
      payload: { interviewId: interview!.id, outcome, feedback },
      occurredAt: now,
    });
    return { application, job: view.job, interview: interview!, movedFrom: null };
  });
  if (outcome === 'cancelled') await services.reminders.cancelInterview(result.interview.id);
  return result;
}

/** The person's interviews from `from` on, soonest first. */
export async function upcomingInterviews(db: Executor, personId: number, from: Date) {
  return db
    .select({ interview: interviews, application: applications, job: jobs })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.personId, personId), gte(interviews.startsAt, from), eq(interviews.outcome, 'pending')))
    .orderBy(asc(interviews.startsAt));
}

// What each field is called when the timeline says what an edit changed.
const INTERVIEW_FIELD_NAMES: Record<keyof InterviewInput, string> = { kind: 'type', startsAt: 'time', timezone: 'time zone', durationMinutes: 'duration', interviewers: 'interviewers', location: 'place' };

/** Corrects an interview (type, time, duration, interviewers, place); its reminders follow the new time. */
export async function editInterview(services: Services, personId: number, ref: { seq: number; interviewSeq: number | null }, input: InterviewInput): Promise<InterviewResult & { changed: string[] }> {
  const now = services.clock();
  const result = await changePersonData(services, personId, async (tx) => {
    const view = await getInterview(tx, personId, ref);
    const before = view.interview;
    const changed = (Object.keys(INTERVIEW_FIELD_NAMES) as (keyof InterviewInput)[])
      .filter((field) => String(before[field] ?? '') !== String(input[field] ?? '') && !(field === 'startsAt' && before.startsAt.getTime() === input.startsAt.getTime()))
      .map((field) => INTERVIEW_FIELD_NAMES[field]);
    const [interview] = await tx
      .update(interviews)
      .set({ ...input, interviewers: input.interviewers ?? null, location: input.location ?? null, updatedAt: now })
      .where(eq(interviews.id, before.id))
      .returning();
    const summary = changed.length ? `Interview ${ref.seq}.${before.seq} edited: ${changed.join(', ')}` : `Interview ${ref.seq}.${before.seq} saved unchanged`;
    const application = await appendEvent(tx, view.application, {
      type: 'interview_edited',
      actorPersonId: personId,
      payload: { interviewId: before.id, changed, summary, from: before.startsAt.toISOString(), to: input.startsAt.toISOString() },
      occurredAt: now,
    });
    await rememberInterviewers(tx, application, personId, input.interviewers, now);
    return { application, job: view.job, interview: interview!, movedFrom: null, changed };
  });
  await services.reminders.scheduleInterview(result.interview);
  return result;
}

/**
 * Removes an interview logged by mistake, with its reminders. The timeline keeps a line saying
 * it was deleted; the application stays where it is (moves are undone with /job move).
 */
export async function deleteInterview(services: Services, personId: number, ref: { seq: number; interviewSeq: number | null }): Promise<InterviewResult> {
  const now = services.clock();
  const result = await changePersonData(services, personId, async (tx) => {
    const view = await getInterview(tx, personId, ref);
    await tx.delete(interviews).where(eq(interviews.id, view.interview.id));
    const summary = `Interview ${ref.seq}.${view.interview.seq} deleted (${view.interview.kind}, was set for ${DateTime.fromJSDate(view.interview.startsAt, { zone: view.interview.timezone }).toFormat('ccc d LLL yyyy, HH:mm')} ${view.interview.timezone})`;
    const application = await appendEvent(tx, view.application, {
      type: 'interview_deleted',
      actorPersonId: personId,
      payload: { interviewId: view.interview.id, summary },
      occurredAt: now,
    });
    return { application, job: view.job, interview: view.interview, movedFrom: null };
  });
  await services.reminders.cancelInterview(result.interview.id);
  return result;
}
