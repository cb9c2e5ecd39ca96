import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applicationEvents, applications, type ApplicationRow } from '../../models/applications.js';
import { applyEvent, rebuildProjection, type ApplicationProjection } from './projection.js';
import type { State } from './lifecycle.js';

export interface NewEvent {
  type: string;
  actorPersonId: number | null;
  fromState?: State | null;
  toState?: State | null;
  reason?: string | null;
  payload?: Record<string, unknown>;
  idempotencyKey?: string | null;
  occurredAt: Date;
}

/** Writes one event row; `appendEvent` is the way to also advance the application. */
export async function insertEvent(tx: Executor, applicationId: number, event: NewEvent): Promise<void> {
  await tx.insert(applicationEvents).values({
    applicationId,
    actorPersonId: event.actorPersonId,
    type: event.type,
    fromState: event.fromState ?? null,
    toState: event.toState ?? null,
    reason: event.reason ?? null,
    payload: event.payload ?? {},
    idempotencyKey: event.idempotencyKey ?? null,
    occurredAt: event.occurredAt,
  });
}

function projectionOf(row: ApplicationRow): ApplicationProjection {
  const { state, stateChangedAt, createdAt, updatedAt, eventCount, deadlineAt, deadlineSetAt } = row;
  return { state: state as State, stateChangedAt, createdAt, updatedAt, eventCount, deadlineAt, deadlineSetAt };
}

/**
 * Appends an event and advances the application row with the same fold that rebuilds it,
 * so the row can never drift from its history. Call inside a transaction.
 */
export async function appendEvent(tx: Executor, application: ApplicationRow, event: NewEvent): Promise<ApplicationRow> {
  await insertEvent(tx, application.id, event);
  const next = applyEvent(projectionOf(application), { type: event.type, toState: event.toState ?? null, occurredAt: event.occurredAt, payload: event.payload ?? null });
  const [row] = await tx.update(applications).set(next).where(eq(applications.id, application.id)).returning();
  return row!;
}

/** Recomputes an application's row from its events alone, writes it, and returns it. */
export async function rebuildApplication(tx: Executor, applicationId: number): Promise<ApplicationRow> {
  const events = await tx.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId)).orderBy(asc(applicationEvents.id));
  const [row] = await tx.update(applications).set(rebuildProjection(events)).where(eq(applications.id, applicationId)).returning();
  return row!;
}
