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
