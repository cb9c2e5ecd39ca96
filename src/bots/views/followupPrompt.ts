import type { DueFollowup } from '../../domain/followups/dueFollowups.js';
import { appliedKindFor } from '../../domain/writing/draftValues.js';
import { ui, type Reply } from '../ui.js';
import { applicationTitle } from './format.js';

/** The DM suggesting a follow-up (or a thank-you), with what the person can answer. */
export function followupPromptReply(due: DueFollowup, snoozeDays: number): Reply {
  const seq = String(due.application.seq);
  const title = applicationTitle(due.application.seq, due.job);
  const text =
    due.kind === 'thankyou'
      ? `How did your ${due.interview!.kind} interview go? A short thank-you${due.interview!.interviewers ? ` to ${due.interview!.interviewers}` : ''} today keeps you in their mind.`
      : `It has been ${due.prompt.days} days since you applied, with no news. A short, friendly follow-up to the recruiter often gets things moving.`;
  return ui.message(
    [
      ui.header(title),
      ui.section(text),
      ui.actions([
        ui.button('Draft it', 'fu.draft', `${seq}:${due.kind === 'thankyou' ? 'thank-you' : appliedKindFor(due.prompt.days ?? 7)}`, 'primary'),
        due.kind === 'thankyou' ? ui.button('Sent a thank-you', 'fu.thanked', seq) : ui.button('Mark followed up', 'fu.done', seq),
        ui.button(`Snooze ${snoozeDays} days`, 'fu.snooze', seq),
        ui.button('They replied', 'fu.replied', seq),
        ui.button('Stop reminding', 'fu.stop', seq, 'danger'),
      ]),
    ],
    { ephemeral: false },
  );
}
