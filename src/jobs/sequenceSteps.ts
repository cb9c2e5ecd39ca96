import type { Agenda } from 'agenda';
import { ui } from '../bots/ui.js';
import { dueSequenceSteps, makeStepEmail, recentStepEmails } from '../domain/followups/sequences.js';
import { emailAccountOf } from '../domain/email/mailAccount.js';
import { getEmail } from '../domain/writing/drafts.js';
import type { Services } from '../domain/services.js';
import type { Notifier } from '../bots/notifier.js';
import { emailDraftReply } from '../bots/views/emailDraft.js';
import { automaticStepReply, stepPlace } from '../bots/views/sequence.js';
import { sendDueEmails } from './emailOutbox.js';
import { deliveryStates } from './deliveries.js';
import { sendOnce } from './sendOnce.js';

export const SEQUENCE_STEPS_JOB = 'sequence-steps';

/**
 * One round of follow-up sequences: each step due now gets its email, made once under the step's
 * key; then every recent step's DM not yet delivered goes out — the draft to approve, or, for an
 * automatic sequence, word that it is going out — and automatic ones are sent by the outbox.
 */
export async function runSequenceSteps(services: Services, notifier: Notifier): Promise<{ due: number; drafted: number; automatic: number }> {
  const now = services.clock();
  const due = await dueSequenceSteps(services, now);
  const counts = { due: due.length, drafted: 0, automatic: 0 };
  for (const step of due) {
    try {
      const { automatic } = await makeStepEmail(services, step);
      counts[automatic ? 'automatic' : 'drafted']++;
    } catch (error) {
      services.logger.error({ err: error, key: step.key }, 'sequence step failed');
    }
  }
  await tellSteps(services, notifier, now);
  if (due.length) services.logger.info(counts, 'sequence round');
  if (counts.automatic) await sendDueEmails(services, notifier);
  return counts;
}

/** Each recent step's DM, once: a DM that failed (the platform away, a crash) is tried next round. */
async function tellSteps(services: Services, notifier: Notifier, now: Date): Promise<void> {
  const steps = await recentStepEmails(services, now);
  const states = await deliveryStates(services.db, steps.map((step) => `${step.email.deliveryKey}:dm`));
  for (const step of steps) {
    const key = `${step.email.deliveryKey}:dm`;
    if (states.get(key) === 'sent' || !notifier.canReach(step.person)) continue;
    try {
      const seq = String(step.application.seq);
      const reply = step.email.automatic
        ? automaticStepReply(step)
        : emailDraftReply(await getEmail(services.db, step.person.id, step.email.id), await emailAccountOf(services.db, step.person.id), {
            lead: `Day ${step.days} since you applied: ${stepPlace(step)} of your follow-up sequence is ready.`,
            more: [ui.button('They replied', 'fu.replied', seq), ui.button('Stop sequence', 'seq.stop', seq)],
            ephemeral: false,
          });
      await sendOnce({ ...services, notifier }, { key, person: step.person, kind: step.email.automatic ? 'sequence-automatic' : 'sequence-draft', payload: { emailId: step.email.id } }, reply);
    } catch (error) {
      services.logger.error({ err: error, key }, 'sequence step DM failed');
    }
  }
}

export function defineSequenceSteps(agenda: Agenda, services: Services, notifier: Notifier): void {
  agenda.define(SEQUENCE_STEPS_JOB, async () => {
    await runSequenceSteps(services, notifier);
  });
}

export async function scheduleSequenceSteps(agenda: Agenda, minutes: number): Promise<void> {
  await agenda.every(`${minutes} minutes`, SEQUENCE_STEPS_JOB);
}
