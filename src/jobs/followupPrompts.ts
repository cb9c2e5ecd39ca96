import type { Agenda } from 'agenda';
import { dueFollowups } from '../domain/followups/dueFollowups.js';
import type { Services } from '../domain/services.js';
import type { Notifier } from '../bots/notifier.js';
import { followupPromptReply } from '../bots/views/followupPrompt.js';
import { deliveryStates } from './deliveries.js';
import { sendOnce } from './sendOnce.js';

export const FOLLOWUP_PROMPTS_JOB = 'follow-up-prompts';

/** Sends every follow-up and thank-you prompt that is due, each once under its own key. */
export async function sendFollowupPrompts(services: Services, notifier: Notifier): Promise<{ due: number; sent: number }> {
  const due = await dueFollowups(services.db, services.config, services.clock());
  // A prompt stays due for a week after it went out; those already sent are skipped here.
  const states = await deliveryStates(services.db, due.map((followup) => followup.prompt.key));
  let sent = 0;
  for (const followup of due) {
    if (states.get(followup.prompt.key) === 'sent' || !notifier.canReach(followup.person)) continue;
    try {
      const reply = followupPromptReply(followup, services.config.followups.snoozeDays);
      const outcome = await sendOnce({ ...services, notifier }, { key: followup.prompt.key, person: followup.person, kind: `followup-${followup.kind}`, payload: { applicationId: followup.application.id } }, reply);
      if (outcome === 'sent') sent++;
    } catch (error) {
      services.logger.error({ err: error, key: followup.prompt.key }, 'follow-up prompt failed');
    }
  }
  if (due.length) services.logger.info({ due: due.length, sent }, 'follow-up prompts round');
  return { due: due.length, sent };
}

export function defineFollowupPrompts(agenda: Agenda, services: Services, notifier: Notifier): void {
  agenda.define(FOLLOWUP_PROMPTS_JOB, async () => {
    await sendFollowupPrompts(services, notifier);
  });
}

export async function scheduleFollowupPrompts(agenda: Agenda, minutes: number): Promise<void> {
  await agenda.every(`${minutes} minutes`, FOLLOWUP_PROMPTS_JOB);
}
