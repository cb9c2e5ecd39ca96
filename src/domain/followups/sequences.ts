import { and, eq, gte, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applications, type ApplicationRow } from '../../models/applications.js';
import { emails, type EmailRow } from '../../models/emails.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { people, type PersonRow } from '../../models/people.js';
import { preferences } from '../../models/preferences.js';
import { sequences, type SequenceRow } from '../../models/sequences.js';
import { getApplication, type ApplicationView } from '../ats/applications.js';
import { emailAccountOf } from '../email/mailAccount.js';
import { messageIdFor } from '../email/outbox.js';
import { UserError } from '../errors.js';
import { digestZone, getPreferences, withDefaults } from '../people/preferences.js';
import type { Services } from '../services.js';
import { composeDraft } from '../writing/drafts.js';
import { DEFAULT_STEPS, dueStep, nothingLeft, plannedSteps, stepKey, stepKind, type PlannedStep, type Strategy } from './sequencePlan.js';

export type StopReason = 'replied' | 'moved' | 'asked' | 'finished';

export interface SequenceSettings {
  strategy: Strategy;
  steps: number[];
  automatic: boolean;
}

export interface StepState extends PlannedStep {
  email: EmailRow | null;
}

export interface SequenceView extends ApplicationView {
  sequence: SequenceRow | null;
  steps: StepState[];
}

async function zoneAndMorning(services: Services, person: PersonRow): Promise<{ zone: string; morning: string }> {
  const prefs = await getPreferences(services.db, services.config, person.id);
  return { zone: digestZone(prefs, person, services.config), morning: prefs.digestTime };
}

async function sequenceEmails(db: Executor, applicationIds: number[]): Promise<EmailRow[]> {
  if (!applicationIds.length) return [];
  return db.select().from(emails).where(and(inArray(emails.applicationId, applicationIds), isNotNull(emails.sequenceStep)));
}

/** The steps of this sequence run, with the email each made: only those under its current anchor count. */
function stepStates(sequence: SequenceRow, planned: PlannedStep[], rows: EmailRow[]): StepState[] {
  const byKey = new Map(rows.map((row) => [row.deliveryKey, row]));
  return planned.map((step) => ({ ...step, email: byKey.get(stepKey(sequence.applicationId, sequence.anchorAt, step.days)) ?? null }));
}

export async function sequenceOf(services: Services, person: PersonRow, seq: number): Promise<SequenceView> {
  const view = await getApplication(services.db, person.id, seq);
  const [sequence] = await services.db.select().from(sequences).where(eq(sequences.applicationId, view.application.id));
  if (!sequence) return { ...view, sequence: null, steps: [] };
  const { zone, morning } = await zoneAndMorning(services, person);
  return { ...view, sequence, steps: stepStates(sequence, plannedSteps(sequence, zone, morning), await sequenceEmails(services.db, [view.application.id])) };
}

/**
 * Starts (or changes) the follow-up sequence of an application in `applied`; the steps count
 * from when it was applied to. Starting one again after a stop picks up with the steps to come.
 */
export async function setSequence(services: Services, person: PersonRow, seq: number, settings: Partial<SequenceSettings> = {}): Promise<SequenceView> {
  const now = services.clock();
  const view = await getApplication(services.db, person.id, seq);
  if (view.application.state !== 'applied') {
    throw new UserError('sequence_not_applied', `A follow-up sequence runs while an application waits for an answer, in applied; #${seq} is in ${view.application.state.replace('_', ' ')}. /job draft ${seq} drafts a single email.`);
  }
  const [existing] = await services.db.select().from(sequences).where(eq(sequences.applicationId, view.application.id));
  const steps = settings.steps ?? existing?.steps ?? DEFAULT_STEPS;
  const strategy = settings.strategy ?? (existing?.strategy as Strategy | undefined) ?? 'fixed';
  const { zone, morning } = await zoneAndMorning(services, person);
  if (nothingLeft(plannedSteps({ steps, strategy, anchorAt: view.application.stateChangedAt }, zone, morning), new Set(), now)) {
    throw new UserError('sequence_too_late', `#${seq} was applied to too long ago for a sequence of ${steps.join(', ')} days: every step has passed. Choose later days with /job sequence ${seq} change, or draft one email with /job draft ${seq}.`, 'steps');
  }
  const values = {
    strategy,
    steps,
    automatic: settings.automatic ?? existing?.automatic ?? false,
    anchorAt: view.application.stateChangedAt,
    stoppedAt: null,
    stopReason: null,
  };
  await services.db
    .insert(sequences)
    .values({ applicationId: view.application.id, personId: person.id, startedAt: now, ...values })
    .onConflictDoUpdate({ target: sequences.applicationId, set: values });
  return sequenceOf(services, person, seq);
}

/**
 * Stops an application's sequence, and with it every step not yet on its way: drafts waiting for
 * Send and emails queued (an automatic step waiting for a retry) are discarded, so nothing more
 * goes out. False when none was running.
 */
export async function stopSequence(db: Executor, applicationId: number, reason: StopReason, now: Date): Promise<boolean> {
  const stopped = await db
    .update(sequences)
    .set({ stoppedAt: now, stopReason: reason })
    .where(and(eq(sequences.applicationId, applicationId), isNull(sequences.stoppedAt)))
    .returning();
  if (stopped.length && reason !== 'finished') {
    await db
      .update(emails)
      .set({ status: 'discarded', lastError: `its sequence stopped (${reason})`, updatedAt: now })
      .where(and(eq(emails.applicationId, applicationId), isNotNull(emails.sequenceStep), inArray(emails.status, ['draft', 'queued'])));
  }
  return stopped.length > 0;
}

export async function stopSequenceAsked(services: Services, person: PersonRow, seq: number): Promise<SequenceView & { stopped: boolean }> {
  const view = await getApplication(services.db, person.id, seq);
  const stopped = await stopSequence(services.db, view.application.id, 'asked', services.clock());
  return { ...(await sequenceOf(services, person, seq)), stopped };
}

export interface DueSequenceStep {
  sequence: SequenceRow;
  person: PersonRow;
  application: ApplicationRow;
  job: JobRow;
  step: PlannedStep;
  key: string;
}

/**
 * Steps due now across running sequences. A sequence whose application moved on (past
 * `applied`, or applied to again since) is stopped here, before anything more is sent.
 */
export async function dueSequenceSteps(services: Services, now: Date): Promise<DueSequenceStep[]> {
  const rows = await services.db
    .select({ sequence: sequences, application: applications, job: jobs, person: people, prefs: preferences })
    .from(sequences)
    .innerJoin(applications, eq(applications.id, sequences.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(people, eq(people.id, sequences.personId))
    .leftJoin(preferences, eq(preferences.personId, sequences.personId))
    .where(isNull(sequences.stoppedAt));
  const running = [];
  for (const row of rows) {
    if (row.application.state !== 'applied' || row.application.stateChangedAt.getTime() !== row.sequence.anchorAt.getTime()) await stopSequence(services.db, row.application.id, 'moved', now);
    else running.push(row);
  }
  const made = await sequenceEmails(services.db, running.map((row) => row.application.id));
  const due: DueSequenceStep[] = [];
  for (const row of running) {
    const prefs = withDefaults(row.prefs, services.config);
    const planned = plannedSteps(row.sequence, digestZone(prefs, row.person, services.config), prefs.digestTime);
    const states = stepStates(row.sequence, planned, made.filter((email) => email.applicationId === row.application.id));
    const handled = new Set(states.filter((state) => state.email).map((state) => state.days));
    const step = dueStep(planned, handled, now);
    if (step) due.push({ ...row, step, key: stepKey(row.application.id, row.sequence.anchorAt, step.days) });
    else if (nothingLeft(planned, handled, now)) await stopSequence(services.db, row.application.id, 'finished', now);
  }
  return due;
}

/**
 * The email of a due step, made once under the step's key: queued to send on its own when the
 * person chose automatic (and Jobscout can: email connected, someone to send to), else a draft
 * for them to approve. A second round, worker or restart finds the one already made.
 */
export async function makeStepEmail(services: Services, due: DueSequenceStep): Promise<{ email: EmailRow; automatic: boolean; created: boolean }> {
  const now = services.clock();
  const view = { application: due.application, job: due.job };
  // An automatic step goes without a human reading it first: Jobscout's or the person's own template, never a written draft.
  const { row } = await composeDraft(services, due.person.id, view, stepKind(due.step.index, due.sequence.steps.length, due.step.days), now, { written: !due.sequence.automatic });
  const account = due.sequence.automatic ? await emailAccountOf(services.db, due.person.id) : null;
  const automatic = Boolean(account && !account.brokenAt && row.toAddress);
  const values = automatic
    ? { ...row, status: 'queued', automatic: true, nextAttemptAt: now, messageId: messageIdFor(due.key, account!.fromAddress, services.config.secretKey!) }
    : row;
  const [created] = await services.db
    .insert(emails)
    .values({ ...values, deliveryKey: due.key, sequenceStep: due.step.days })
    .onConflictDoNothing({ target: emails.deliveryKey })
    .returning();
  if (created) return { email: created, automatic, created: true };
  const [existing] = await services.db.select().from(emails).where(eq(emails.deliveryKey, due.key));
  return { email: existing!, automatic: existing!.automatic, created: false };
}

/** A step's email and what its DM says about it. */
export interface StepEmail {
  person: PersonRow;
  application: ApplicationRow;
  job: JobRow;
  email: EmailRow;
  /** The step's day, its place in the sequence (from 0), and how many steps there are. */
  days: number;
  index: number;
  count: number;
}

// A step's DM not delivered within this long (the platform was away for days) is not sent late.
const TELL_WITHIN_MS = 7 * 24 * 60 * 60_000;

/**
 * The emails sequence steps made recently and not thrown away, with what their DMs need: the
 * round tells each once, from what is stored, so a DM that failed goes out on the next round.
 */
export async function recentStepEmails(services: Services, now: Date): Promise<StepEmail[]> {
  const rows = await services.db
    .select({ email: emails, sequence: sequences, application: applications, job: jobs, person: people })
    .from(emails)
    .innerJoin(sequences, eq(sequences.applicationId, emails.applicationId))
    .innerJoin(applications, eq(applications.id, emails.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(people, eq(people.id, emails.personId))
    .where(and(isNotNull(emails.sequenceStep), gte(emails.createdAt, new Date(now.getTime() - TELL_WITHIN_MS)), inArray(emails.status, ['draft', 'queued', 'sending', 'sent'])));
  return rows.map(({ email, sequence, application, job, person }) => ({ person, application, job, email, days: email.sequenceStep!, index: sequence.steps.indexOf(email.sequenceStep!), count: sequence.steps.length }));
}
