import { CONTACT_ROLE_LABELS, type ContactRole } from '../../domain/ats/contacts.js';
import type { EmailAccountRow } from '../../models/emailAccounts.js';
import type { EmailView } from '../../domain/writing/drafts.js';
import { TEMPLATE_KINDS, isTemplateKind } from '../../domain/writing/templateKinds.js';
import { ui, type Block, type Button, type Reply } from '../ui.js';
import { applicationTitle } from './format.js';

function recipientLine(view: EmailView): string {
  const { email, contact } = view;
  if (!email.toAddress) return 'To: nobody yet. Press Edit to fill it in, or add a contact with /job contact ' + view.application.seq + '.';
  const who = contact && contact.email === email.toAddress ? `${contact.name} (${CONTACT_ROLE_LABELS[contact.role as ContactRole]?.toLowerCase() ?? contact.role}) ` : '';
  return `To: ${who}${email.toAddress}`;
}

const kindLabel = (kind: string) => (isTemplateKind(kind) ? TEMPLATE_KINDS[kind] : kind);

/**
 * A draft, shown to copy or to send: subject and body as they would go out, with Edit (a form),
 * Send when the person's email is connected, and Discard.
 */
export function emailDraftReply(view: EmailView, account: EmailAccountRow | null, options: { replacesSource?: boolean; lead?: string; more?: Button[]; ephemeral?: boolean } = {}): Reply {
  const { email } = view;
  const seq = view.application.seq;
  const blocks: Block[] = [ui.header(`Draft · ${applicationTitle(seq, view.job)}`.slice(0, 150))];
  if (options.lead) blocks.push(ui.section(options.lead));
  const made: Record<string, string> = { personal: 'from your template', edited: 'edited by you', claude: 'written by Claude from your timeline, notes and the posting; check it before sending', template: "from Jobscout's template" };
  blocks.push(ui.context(`${kindLabel(email.kind)} · ${made[email.source] ?? made.template}`));
  blocks.push(ui.section(`${recipientLine(view)}\nSubject: ${email.subject}`));
  blocks.push(ui.section(email.body));
  const id = String(email.id);
  const buttons = [ui.button('Edit', 'email.edit', id)];
  if (account && !account.brokenAt) buttons.push(ui.button('Send', 'email.send', id, 'primary'));
  buttons.push(ui.button('Discard', 'email.discard', id, 'danger'));
  blocks.push(ui.actions([...buttons, ...(options.more ?? [])]));
  const hint = !account
    ? 'Copy it into your mail, or connect your email with /job email connect to send it from here. Nothing is sent until you press Send.'
    : account.brokenAt
      ? 'Your mail server refused the login last time: connect again with /job email connect to send from here.'
      : `Send mails it from ${account.fromAddress}. Nothing is sent until you press it.`;
  blocks.push(ui.context(hint));
  return ui.message(blocks, { replacesSource: options.replacesSource, ephemeral: options.ephemeral });
}

/** After Send: where the email stands. */
export function emailSentReply(view: EmailView, outcome: 'sent' | 'retrying' | 'queued', detail?: string): Reply {
  const title = applicationTitle(view.application.seq, view.job);
  const text =
    outcome === 'sent'
      ? `Sent to ${view.email.toAddress}: "${view.email.subject}". It's on the timeline of ${title}.`
      : outcome === 'retrying'
        ? `Your mail server didn't take it yet (${detail}). Jobscout will try again shortly and tell you if it can't get through.`
        : `Sending to ${view.email.toAddress}… It will be on the timeline of ${title} once your mail server takes it.`;
  return ui.message([ui.section(text)], { replacesSource: true });
}

/** After a permanent failure: what went wrong and what to do; the draft is kept. */
export function emailFailedReply(view: EmailView, reason: string, auth: boolean): Reply {
  const fix = auth ? 'Your mail server refused the login: connect again with /job email connect (an app password, if your provider uses them), then press Send.' : 'Check the address with Edit, then press Send again.';
  const id = String(view.email.id);
  return ui.message(
    [
      ui.section(`Your email to ${view.email.toAddress ?? 'nobody'} about ${applicationTitle(view.application.seq, view.job)} was not sent: ${reason}.`),
      ui.section(`${fix} The draft is kept.`),
      ui.actions([ui.button('Edit', 'email.edit', id), ui.button('Show draft', 'email.show', id)]),
    ],
    { ephemeral: false },
  );
}

/**
 * Jobscout stopped while handing an email to the mail server: it may have gone. Sending it again
 * on its own could send it twice, so the person says which.
 */
export function emailUncertainReply(view: EmailView): Reply {
  const id = String(view.email.id);
  return ui.message(
    [
      ui.section(`Jobscout stopped while sending your email to ${view.email.toAddress} about ${applicationTitle(view.application.seq, view.job)} ("${view.email.subject}"). It may or may not have gone out.`),
      ui.section('Check your Sent folder: if it is there, press It went; if not, Send again (same message, same Message-ID).'),
      ui.actions([ui.button('It went', 'email.went', id, 'primary'), ui.button('Send again', 'email.resend', id), ui.button('Show draft', 'email.show', id)]),
    ],
    { ephemeral: false },
  );
}
