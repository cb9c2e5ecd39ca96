import type { Services } from '../services.js';
import { getApplication, type ApplicationView } from './applications.js';
import { appendEvent } from './events.js';
import { assertMove, type State } from './lifecycle.js';
import { settleOffer } from './offers.js';
import { changePersonData } from '../people/changes.js';
import { getProfile } from '../people/profile.js';
import { fitScore, fitSnapshot } from '../analysis/fitScore.js';
import { weightsInUse } from '../analytics/fitWeightVersions.js';
import { teachFromMove } from './moveSignals.js';

export interface MoveRequest {
  personId: number;
  seq: number;
  to: State;
  reason?: string | null;
  /**
   * The platform delivery id, kept on the event for the record. Redeliveries are stopped
   * before they get here, by the dispatcher's once-per-delivery guard.
   */
  idempotencyKey?: string | null;
}

/** Moves one of the person's applications along the lifecycle, or explains which moves are allowed. */
export async function moveApplication(services: Services, request: MoveRequest): Promise<ApplicationView> {
  return changePersonData(services, request.personId, async (tx) => {
    const view = await getApplication(tx, request.personId, request.seq, true);
    const from = view.application.state as State;
    assertMove(from, request.to);
    const now = services.clock();
    await settleOffer(tx, view.application.id, from, request.to, now);
    // What Jobscout predicted when the person applied, kept with the event so it can later be
    // compared with what happened (analytics learns the fit weights from it).
    const profile = request.to === 'applied' ? await getProfile(tx, request.personId) : null;
    const weights = profile ? (await weightsInUse(tx, services.config, request.personId)).weights : services.config.fit.weights;
    const application = await appendEvent(tx, view.application, {
      type: 'state_changed',
      actorPersonId: request.personId,
      fromState: from,
      toState: request.to,
      reason: request.reason ?? null,
      payload: profile ? { fit: fitSnapshot(fitScore(weights, profile, view.job, view.analysis ?? null)) } : {},
      idempotencyKey: request.idempotencyKey ?? null,
      occurredAt: now,
    });
    await teachFromMove(tx, services, request.personId, view, request.to, now);
    return { ...view, application };
  });
}
