import { eq } from 'drizzle-orm';
import { applicationEvents } from '../../models/applications.js';
import type { Executor } from '../../models/database.js';
import type { Services } from '../services.js';
import { getApplication, type ApplicationView } from './applications.js';
import { appendEvent } from './events.js';
import { assertMove, type State } from './lifecycle.js';
import { settleOffer } from './offers.js';

export interface MoveRequest {
  personId: number;
  seq: number;
  to: State;
  reason?: string | null;
  /** A platform delivery id: the same key twice records one move. */
  idempotencyKey?: string | null;
}

/** Moves one of the person's applications along the lifecycle, or explains which moves are allowed. */
export async function moveApplication(services: Services, request: MoveRequest): Promise<ApplicationView> {
  return services.db.transaction(async (tx) => {
    const view = await getApplication(tx, request.personId, request.seq, true);
    if (request.idempotencyKey && (await alreadyRecorded(tx, request.idempotencyKey))) return view;
    const from = view.application.state as State;
    assertMove(from, request.to);
    const now = services.clock();
    await settleOffer(tx, view.application.id, from, request.to, now);
    const application = await appendEvent(tx, view.application, {
      type: 'state_changed',
      actorPersonId: request.personId,
      fromState: from,
      toState: request.to,
      reason: request.reason ?? null,
      idempotencyKey: request.idempotencyKey ?? null,
      occurredAt: now,
    });
    return { ...view, application };
  });
}

async function alreadyRecorded(tx: Executor, key: string): Promise<boolean> {
  const [row] = await tx.select({ id: applicationEvents.id }).from(applicationEvents).where(eq(applicationEvents.idempotencyKey, key));
  return row !== undefined;
}
