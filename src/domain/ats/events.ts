import { eq } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applicationEvents, applications, type ApplicationRow } from '../../models/applications.js';
import { applyEvent } from './projection.js';
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

/**
 * Appends an event and advances the application row with the same fold that rebuilds it,
 * so the row can never drift from its history. Call inside a transaction.
 */
export async function appendEvent(tx: Executor, application: ApplicationRow, event: NewEvent): Promise<ApplicationRow> {
  await tx.insert(applicationEvents).values({
    applicationId: application.id,
    actorPersonId: event.actorPersonId,
    type: event.type,
    fromState: event.fromState ?? null,
    toState: event.toState ?? null,
    reason: event.reason ?? null,
    payload: event.payload ?? {},
    idempotencyKey: event.idempotencyKey ?? null,
    occurredAt: event.occurredAt,
  });
  const next = applyEvent(application as Parameters<typeof applyEvent>[0], {
    type: event.type,
    toState: event.toState ?? null,
    occurredAt: event.occurredAt,
  });
  const [row] = await tx.update(applications).set(next).where(eq(applications.id, application.id)).returning();
  return row!;
}
