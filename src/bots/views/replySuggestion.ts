import type { NoticedReply } from '../../domain/email/replies.js';
import { REPLY_KIND_LABELS, type ReplyKind } from '../../domain/followups/replyClassifier.js';
import { ui, type Button, type Reply } from '../ui.js';
import { applicationTitle } from './format.js';

/**
 * A reply noticed in the inbox, with what Jobscout makes of it and a button for the move it
 * suggests. Nothing moves until the person presses it.
 */
export function replySuggestionReply(found: NoticedReply): Reply {
  const seq = found.application.seq;
  const kind = found.reply.classification as ReplyKind;
  const title = applicationTitle(seq, found.job);
  const from = found.reply.fromAddress ?? 'They';
  const lead = `${from} replied about ${title}: "${found.reply.subject ?? '(no subject)'}".`;
  const suggestion: Record<ReplyKind, { text: string; buttons: Button[] }> = {
    interview_invitation: {
      text: `Sounds like an interview invitation — move #${seq} to interviewing?`,
      buttons: [ui.button('Move to interviewing', 'app.move', `${seq}:interviewing`, 'primary'), ui.button('Log the interview', 'app.interview', String(seq))],
    },
    rejection: {
      text: `Sounds like a rejection. Sorry. Mark #${seq} as rejected?`,
      buttons: [ui.button('Mark rejected', 'app.move', `${seq}:rejected`, 'danger')],
    },
    positive: {
      text: `Sounds like good news. An offer? Log it. A next step? Move #${seq} to screening.`,
      buttons: [ui.button('Log the offer', 'app.offer', String(seq), 'primary'), ui.button('Move to screening', 'app.move', `${seq}:screening`)],
    },
    needs_action: {
      text: 'They seem to be asking you for something (an assessment, documents, a form). Worth a look today.',
      buttons: [ui.button('Add a note', 'app.note', String(seq))],
    },
    neutral: { text: 'It reads like an update with nothing for you to do.', buttons: [] },
  };
  const { text, buttons } = suggestion[kind];
  return ui.message(
    [
      ui.header(`A reply · ${title}`.slice(0, 150)),
      ui.section(lead),
      ui.section(text),
      ...(buttons.length ? [ui.actions([...buttons, ui.button('Show the timeline', 'app.timeline', String(seq))])] : []),
      ui.context(`Follow-ups for #${seq} have stopped. Jobscout read it as ${REPLY_KIND_LABELS[kind]}; your application stays as it is until you choose.`),
    ],
    { ephemeral: false },
  );
}
