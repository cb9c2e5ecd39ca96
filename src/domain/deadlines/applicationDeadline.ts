import type { Services } from '../services.js';
import { getApplication, type ApplicationView } from '../ats/applications.js';
import { appendEvent } from '../ats/events.js';
import { changePersonData } from '../people/changes.js';

/**
 * Sets (or, with null, clears) the deadline to apply for one of the person's applications. It
 * stands over the posting's closing date from then on.
 */
export async function setApplicationDeadline(services: Services, personId: number, seq: number, deadlineAt: Date | null): Promise<ApplicationView & { previous: Date | null }> {
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const view = await getApplication(tx, personId, seq, true);
    const application = await appendEvent(tx, view.application, {
      type: 'deadline_set',
      actorPersonId: personId,
      payload: { deadlineAt: deadlineAt?.toISOString() ?? null },
      occurredAt: now,
    });
    return { ...view, application, previous: view.application.deadlineAt };
  });
}
