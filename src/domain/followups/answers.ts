import { eq } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { followups } from '../../models/followups.js';
import { getApplication, type ApplicationView } from '../ats/applications.js';
import { appendEvent } from '../ats/events.js';
import { changePersonData } from '../people/changes.js';
import type { Services } from '../services.js';
import { stopSequence } from './sequences.js';

export type FollowupAnswer = 'followed_up' | 'thanked' | 'snooze' | 'replied' | 'stop';

const DAY_MS = 24 * 60 * 60_000;
const REPEAT_WINDOW_MS = DAY_MS;

async function setAnswers(tx: Executor, view: ApplicationView, values: Partial<typeof followups.$inferInsert>, now: Date): Promise<void> {
  const row = { applicationId: view.application.id, personId: view.application.personId, ...values, updatedAt: now };
  await tx.insert(followups).values(row).onConflictDoUpdate({ target: followups.applicationId, set: { ...values, updatedAt: now } });
}

/**
 * What the person said to a follow-up prompt about one of their own applications: followed up
 * (on the timeline), snooze for a few days, they replied (on the timeline, and no more
 * prompts), or stop reminding. Someone else's application reads as unknown.
 */
export async function answerFollowup(services: Services, personId: number, seq: number, answer: FollowupAnswer): Promise<ApplicationView & { snoozedUntil?: Date }> {
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const view = await getApplication(tx, personId, seq, true);
    switch (answer) {
      case 'followed_up':
      case 'thanked': {
        const application = await appendEvent(tx, view.application, { type: 'followed_up', actorPersonId: personId, payload: answer === 'thanked' ? { thankYou: true } : {}, occurredAt: now });
        return { ...view, application };
      }
      case 'snooze': {
        const snoozedUntil = new Date(now.getTime() + services.config.followups.snoozeDays * DAY_MS);
        await setAnswers(tx, view, { snoozedUntil }, now);
        return { ...view, snoozedUntil };
      }
      case 'replied': {
        // Pressed twice (or on a prompt and then a sequence's draft): one reply on the timeline.
        const [answers] = await tx.select().from(followups).where(eq(followups.applicationId, view.application.id));
        if (answers?.stopReason === 'replied' && answers.stoppedAt && now.getTime() - answers.stoppedAt.getTime() < REPEAT_WINDOW_MS) return view;
        const application = await appendEvent(tx, view.application, { type: 'response_received', actorPersonId: personId, occurredAt: now });
        await setAnswers(tx, view, { stoppedAt: now, stopReason: 'replied' }, now);
        await stopSequence(tx, view.application.id, 'replied', now);
        return { ...view, application };
      }
      case 'stop':
        await setAnswers(tx, view, { stoppedAt: now, stopReason: 'asked' }, now);
        await stopSequence(tx, view.application.id, 'asked', now);
        return view;
    }
  });
}
