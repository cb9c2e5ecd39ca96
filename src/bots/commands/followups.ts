import { answerFollowup, type FollowupAnswer } from '../../domain/followups/answers.js';
import { ui } from '../ui.js';
import { applicationTitle } from '../views/format.js';
import { parseSeq } from './options.js';
import type { ActionDefinition } from './types.js';

function answerAction(action: string, answer: FollowupAnswer): ActionDefinition {
  return {
    action,
    async run(ctx, value) {
      const view = await answerFollowup(ctx.services, ctx.person.id, parseSeq(value), answer);
      const title = applicationTitle(view.application.seq, view.job);
      const said: Record<FollowupAnswer, string> = {
        followed_up: `Marked as followed up: ${title}. It's on the timeline; Jobscout will check in again if it stays quiet.`,
        thanked: `Thank-you noted on the timeline of ${title}.`,
        snooze: `Snoozed: ${title}. Jobscout will ask again in ${ctx.services.config.followups.snoozeDays} days.`,
        replied: `Great news. Their reply is on the timeline of ${title}, and Jobscout won't prompt about it again. Move it on with /job move ${view.application.seq} screening (or another state).`,
        stop: `No more follow-up prompts for ${title}.`,
      };
      // The prompt becomes the answer, so its buttons can't be pressed twice by mistake.
      return ui.message([ui.section(said[answer])], { replacesSource: true });
    },
  };
}

/** The buttons under a follow-up or thank-you prompt. */
export const followupActions: ActionDefinition[] = [
  answerAction('fu.done', 'followed_up'),
  answerAction('fu.thanked', 'thanked'),
  answerAction('fu.snooze', 'snooze'),
  answerAction('fu.replied', 'replied'),
  answerAction('fu.stop', 'stop'),
];
