import type { DueDeadline } from '../../domain/deadlines/dueDeadlines.js';
import { deadlineDistance, formatDeadline } from '../../domain/deadlines/deadlineInstant.js';
import { ui, type Reply } from '../ui.js';
import { applicationTitle } from './format.js';

/** The DM before a deadline to apply or to answer an offer, with what the person can do about it. */
export function deadlineReminderReply(due: DueDeadline, now: Date): Reply {
  const seq = due.application.seq;
  const when = `${formatDeadline(due.deadline, due.zone)} (${deadlineDistance(due.deadline, due.zone, now)})`;
  const text = due.kind === 'offer' ? `⏳ Your offer for #${seq} needs an answer by ${when}.` : `⏳ Applications for #${seq} close ${when}.`;
  const buttons =
    due.kind === 'offer'
      ? [ui.button('Accepted', 'app.move', `${seq}:accepted`, 'primary'), ui.button('Show application', 'app.show', String(seq))]
      : [ui.button('I applied', 'app.move', `${seq}:applied`, 'primary'), ui.button('Show application', 'app.show', String(seq))];
  return ui.message([ui.section(text), ui.header(applicationTitle(seq, due.job)), ui.actions(buttons)], { ephemeral: false });
}
