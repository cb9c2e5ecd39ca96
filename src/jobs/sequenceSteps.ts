import type { Agenda } from 'agenda';
import { ui } from '../bots/ui.js';
import { dueSequenceSteps, makeStepEmail } from '../domain/followups/sequences.js';
import { emailAccountOf } from '../domain/email/mailAccount.js';
import { getEmail } from '../domain/writing/drafts.js';
import type { Services } from '../domain/services.js';
import type { Notifier } from '../bots/notifier.js';
import { emailDraftReply } from '../bots/views/emailDraft.js';
import { automaticStepReply } from '../bots/views/sequence.js';
import { sendDueEmails } from './emailOutbox.js';
import { deliveryStates } from './deliveries.js';
import { sendOnce } from './sendOnce.js';

export const SEQUENCE_STEPS_JOB = 'sequence-steps';

/**
 * One round of follow-up sequences: each step due now gets its email (made once under the
 * step's key) and one DM — the draft to approve, or, for an automatic sequence, word that it is
 * going out; automatic ones are then sent by the outbox.
 */
export async function runSequenceSteps(services: Services, notifier: Notifier): Promise<{ due: number; drafted: number; automatic: number }> {
  const due = await dueSequenceSteps(services, services.clock());
  const states = await deliveryStates(services.db, due.map((step) => `${step.key}:dm`));
  const counts = { due: due.length, drafted: 0, automatic: 0 };
  for (const step of due) {
    try {
      const { email, automatic } = await makeStepEmail(services, step);
      counts[automatic ? 'automatic' : 'drafted']++;
      const dmKey = `${step.key}:dm`;
      if (states.get(dmKey) === 'sent' || !notifier.canReach(step.person)) continue;
      const seq = String(step.application.seq);
      const reply = automatic
        ? automaticStepReply(step, email)
        : emailDraftReply(await getEmail(services.db, step.person.id, email.id), await emailAccountOf(services.db, step.person.id), {
            lead: `Day ${step.step.days} since you applied: step ${step.step.index + 1} of ${step.sequence.steps.length} of your follow-up sequence is ready.`,
            more: [ui.button('They replied', 'fu.replied', seq), ui.button('Stop sequence', 'seq.stop', seq)],
            ephemeral: false,
          });
      await sendOnce({ ...services, notifier }, { key: dmKey, person: step.person, kind: automatic ? 'sequence-automatic' : 'sequence-draft', payload: { emailId: email.id } }, reply);
    } catch (error) {
      services.logger.error({ err: error, key: step.key }, 'sequence step failed');
    }
  }
  if (due.length) services.logger.info(counts, 'sequence round');
  if (counts.automatic) await sendDueEmails(services, notifier);
  return counts;
}

export function defineSequenceSteps(agenda: Agenda, services: Services, notifier: Notifier): void {
  agenda.define(SEQUENCE_STEPS_JOB, async () => {
    await runSequenceSteps(services, notifier);
  });
}

export async function scheduleSequenceSteps(agenda: Agenda, minutes: number): Promise<void> {
  await agenda.every(`${minutes} minutes`, SEQUENCE_STEPS_JOB);
}
