import { z } from 'zod';
import { emailAccountOf } from '../../domain/email/mailAccount.js';
import { attemptEmail, queueEmail, settleUncertain } from '../../domain/email/outbox.js';
import { discardDraft, draftEmail, draftProblems, editDraft, getEmail, MAX_DRAFT_BODY, MAX_DRAFT_SUBJECT, parseEmailId } from '../../domain/writing/drafts.js';
import { parseTemplateKind } from '../../domain/writing/personalTemplates.js';
import { TEMPLATE_KIND_NAMES, type TemplateKind } from '../../domain/writing/templateKinds.js';
import { ui, type Reply } from '../ui.js';
import { emailDraftReply, emailFailedReply, emailSentReply, emailUncertainReply } from '../views/emailDraft.js';
import { applicationTitle } from '../views/format.js';
import { applicationId, ID_OPTION, optionalText, parseSeq } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext, type FormDefinition } from './types.js';

export const KIND_OPTION = { name: 'kind', description: 'Which message (see /job templates)', type: 'string' as const, required: false, choices: TEMPLATE_KIND_NAMES };

async function draftReply(ctx: CommandContext, seq: number, kind?: TemplateKind, replacesSource = false): Promise<Reply> {
  const view = await draftEmail(ctx.services, ctx.person.id, seq, kind);
  return emailDraftReply(view, await emailAccountOf(ctx.services.db, ctx.person.id), { replacesSource });
}

export const letterCommand = defineCommand({
  name: 'letter',
  summary: 'Draft a cover letter for an application, from your profile and the posting',
  usage: '/job letter <id>',
  options: [ID_OPTION],
  schema: z.object({ id: applicationId }),
  async run(ctx, options) {
    const view = await draftEmail(ctx.services, ctx.person.id, options.id, 'cover-letter');
    const lead = ctx.services.writer ? undefined : 'From the template: set your skills with /job profile so it can say what you bring, or keep your own version with /job template cover-letter.';
    return emailDraftReply(view, await emailAccountOf(ctx.services.db, ctx.person.id), { lead });
  },
});

export const draftCommand = defineCommand({
  name: 'draft',
  summary: 'Draft a follow-up (or thank-you, offer reply…) for an application, to copy or send',
  usage: '/job draft <id> [kind]',
  options: [ID_OPTION, KIND_OPTION],
  schema: z.object({ id: applicationId, kind: optionalText.transform((value) => (value ? parseTemplateKind(value) : undefined)) }),
  run: (ctx, options) => draftReply(ctx, options.id, options.kind),
});

/**
 * "Draft it" under a follow-up prompt: the value is "<seq>:<kind>". The prompt stays, so the
 * person can still answer it; the draft comes as a reply of its own.
 */
export const draftFromPromptAction: ActionDefinition = {
  action: 'fu.draft',
  run(ctx, value) {
    const [seq = '', kind = ''] = value.split(':');
    return draftReply(ctx, parseSeq(seq), kind ? parseTemplateKind(kind) : undefined);
  },
};

async function openEditForm(ctx: CommandContext, id: number): Promise<Reply> {
  const view = await getEmail(ctx.services.db, ctx.person.id, id);
  return ui.form({
    id: 'email-edit',
    context: String(id),
    title: `Edit draft · #${view.application.seq} ${view.job.company}`.slice(0, 45),
    submitLabel: 'Save',
    fields: [
      { name: 'to', label: 'To', kind: 'text', required: false, initial: view.email.toAddress ?? undefined, placeholder: 'jane@acme.com' },
      { name: 'subject', label: 'Subject', kind: 'text', required: true, initial: view.email.subject },
      { name: 'body', label: 'Message', kind: 'multiline', required: true, initial: view.email.body, manyLines: true },
    ],
  });
}

export const editEmailAction: ActionDefinition = { action: 'email.edit', opensForm: true, run: (ctx, value) => openEditForm(ctx, parseEmailId(value)) };

export const emailEditForm: FormDefinition = {
  id: 'email-edit',
  open: (ctx, context) => openEditForm(ctx, parseEmailId(context)),
  async submit(ctx, context, values) {
    const input = { to: values.to ?? '', subject: (values.subject ?? '').slice(0, MAX_DRAFT_SUBJECT + 1), body: (values.body ?? '').slice(0, MAX_DRAFT_BODY + 1) };
    const errors = draftProblems(input);
    if (Object.keys(errors).length) return { ok: false, errors };
    const view = await editDraft(ctx.services, ctx.person.id, parseEmailId(context), input);
    return { ok: true, reply: emailDraftReply(view, await emailAccountOf(ctx.services.db, ctx.person.id), { lead: 'Draft saved.' }) };
  },
};

/**
 * Send: queues the draft under its delivery key and makes the first attempt at once, so the
 * person hears how it went; a temporary failure is retried by the outbox round.
 */
export const sendEmailAction: ActionDefinition = {
  action: 'email.send',
  async run(ctx, value) {
    const id = parseEmailId(value);
    const queued = await queueEmail(ctx.services, ctx.person.id, id);
    if (queued.email.status === 'sent') return emailSentReply(queued, 'sent');
    const outcome = await attemptEmail(ctx.services, id);
    const view = await getEmail(ctx.services.db, ctx.person.id, id);
    switch (outcome.kind) {
      case 'sent':
        return emailSentReply(view, 'sent');
      case 'retrying':
        return emailSentReply(view, 'retrying', outcome.failure.message);
      case 'failed':
        return { ...emailFailedReply(view, outcome.failure.message, outcome.failure.kind === 'auth'), ephemeral: true, replacesSource: true };
      case 'uncertain':
        return { ...emailUncertainReply(view), ephemeral: true, replacesSource: true };
      case 'skipped':
        return emailSentReply(view, view.email.status === 'sent' ? 'sent' : 'queued');
    }
  },
};

export const discardEmailAction: ActionDefinition = {
  action: 'email.discard',
  async run(ctx, value) {
    const view = await discardDraft(ctx.services, ctx.person.id, parseEmailId(value));
    return ui.message([ui.section(`Draft discarded (${applicationTitle(view.application.seq, view.job)}). /job draft ${view.application.seq} makes a new one.`)], { replacesSource: true });
  },
};

export const showEmailAction: ActionDefinition = {
  action: 'email.show',
  async run(ctx, value) {
    const view = await getEmail(ctx.services.db, ctx.person.id, parseEmailId(value));
    return emailDraftReply(view, await emailAccountOf(ctx.services.db, ctx.person.id));
  },
};

/** After a worker died mid-send: the person says the email went, or has it sent again. */
const settleActions: ActionDefinition[] = [
  {
    action: 'email.went',
    async run(ctx, value) {
      const view = await settleUncertain(ctx.services, ctx.person.id, parseEmailId(value), true);
      return emailSentReply(view, view.email.status === 'sent' ? 'sent' : 'queued');
    },
  },
  {
    action: 'email.resend',
    async run(ctx, value) {
      const id = parseEmailId(value);
      const queued = await settleUncertain(ctx.services, ctx.person.id, id, false);
      if (queued.email.status === 'sent') return emailSentReply(queued, 'sent');
      return sendEmailAction.run(ctx, value);
    },
  },
];

export const draftActions: ActionDefinition[] = [draftFromPromptAction, editEmailAction, sendEmailAction, discardEmailAction, showEmailAction, ...settleActions];
