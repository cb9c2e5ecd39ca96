import { z } from 'zod';
import { assertEmailCanConnect, connectSmtp, disconnectEmail, emailAccountOf } from '../../domain/email/mailAccount.js';
import { connectImap } from '../../domain/email/replies.js';
import { googleConsentLink } from '../../domain/calendar/googleConnection.js';
import { UserError } from '../../domain/errors.js';
import { ui, type Reply } from '../ui.js';
import { formatWhen, zoneOf } from '../views/format.js';
import { defineCommand, type CommandContext, type CommandGroup, type FormDefinition } from './types.js';

const status = defineCommand({
  name: 'status',
  summary: 'Whether Jobscout can send your follow-ups by email',
  usage: '/job email',
  options: [],
  schema: z.object({}),
  async run(ctx) {
    const account = await emailAccountOf(ctx.services.db, ctx.person.id);
    const zone = zoneOf(ctx.services, ctx.person);
    const text = !account
      ? 'Email: not connected. Drafts are yours to copy. /job email connect lets you send them from here, each only when you press Send.'
      : account.brokenAt
        ? `Email: ${account.fromAddress} needs reconnecting — the server refused the login on ${formatWhen(account.brokenAt, zone)} (${account.brokenReason ?? 'no reason given'}). /job email connect.`
        : `Email: sending from ${account.fromAddress}${account.provider === 'gmail' ? ' through Gmail' : ''} since ${formatWhen(account.connectedAt, zone)}. /job email disconnect forgets the settings.`;
    const inbox = !account
      ? ''
      : !account.sealedImap
        ? '\nReplies: Jobscout does not read your inbox. /job email imap lets it notice replies to what it sent (read-only).'
        : account.imapError
          ? `\nReplies: the last inbox check failed (${account.imapError}). /job email imap to fix the settings.`
          : `\nReplies: noticed from your inbox${account.imapCheckedAt ? `, last checked ${formatWhen(account.imapCheckedAt, zone)}` : ''}.`;
    return ui.message([ui.header('Your email'), ui.section(text + inbox)]);
  },
});

function openConnectForm(ctx: CommandContext): Reply {
  assertEmailCanConnect(ctx.services);
  return ui.form({
    id: 'email-connect',
    context: '',
    title: 'Connect your email (SMTP)',
    submitLabel: 'Connect',
    fields: [
      { name: 'address', label: 'Your email address', kind: 'text', required: true, placeholder: 'you@example.com' },
      { name: 'host', label: 'SMTP server', kind: 'text', required: true, placeholder: 'smtp.gmail.com' },
      { name: 'port', label: 'Port', kind: 'text', required: false, initial: '587', hint: '587 (STARTTLS) or 465 (TLS)' },
      { name: 'user', label: 'Login (if not your address)', kind: 'text', required: false },
      { name: 'password', label: 'App password', kind: 'text', required: true, hint: 'Kept encrypted; Jobscout logs in now to check it.' },
    ],
  });
}

const PROVIDERS = ['smtp', 'gmail'] as const;

const connect = defineCommand({
  name: 'connect',
  summary: 'Send follow-ups from your own mailbox: SMTP settings in a form, or gmail through your Google account',
  usage: '/job email connect [smtp|gmail]',
  opensForm: (raw) => String(raw.provider ?? 'smtp').toLowerCase() !== 'gmail',
  options: [{ name: 'provider', description: 'smtp (a form), or gmail (through Google)', type: 'string', required: false, choices: PROVIDERS }],
  schema: z.object({ provider: z.preprocess((value) => (typeof value === 'string' ? value.toLowerCase() : value), z.enum(PROVIDERS, { message: 'must be smtp or gmail' }).optional()) }),
  async run(ctx, options) {
    if (options.provider !== 'gmail') return openConnectForm(ctx);
    assertEmailCanConnect(ctx.services);
    if (!ctx.services.google) throw new UserError('no_google', "Gmail isn't set up on this Jobscout: whoever runs it needs GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET. /job email connect works with any mailbox's SMTP settings.");
    const link = await googleConsentLink(ctx.services, ctx.person.id, 'gmail');
    return ui.message(
      [
        ui.section(`Open this link to let Jobscout send email from your Gmail (sending only: it cannot read your mail). It works once, for 10 minutes:\n${link}`),
        ui.context('Nothing is sent until you press Send on a draft. Pick the Google account your calendar is connected with, if it is: Jobscout keeps one Google account per person, and the calendar follows the one you pick.'),
      ],
      { ephemeral: true },
    );
  },
});

export const emailConnectForm: FormDefinition = {
  id: 'email-connect',
  secretFields: ['password'],
  open: async (ctx) => openConnectForm(ctx),
  async submit(ctx, _context, values) {
    const input = { address: values.address ?? '', host: values.host ?? '', port: values.port ?? '', user: values.user ?? '', password: (values.password ?? '').trim() };
    const result = await connectSmtp(ctx.services, ctx.person.id, ctx.person.displayName, input);
    if (!result.ok) return { ok: false, errors: result.errors as Record<string, string> };
    return {
      ok: true,
      reply: ui.message([ui.section(`Connected: follow-ups can go out from ${result.account.fromAddress}. Nothing is sent until you press Send on a draft. /job email disconnect forgets the settings.`)]),
    };
  },
};

async function openImapForm(ctx: CommandContext): Promise<Reply> {
  const account = await emailAccountOf(ctx.services.db, ctx.person.id);
  if (!account) throw new UserError('email_not_connected', 'Connect your email first with /job email connect; then /job email imap lets Jobscout notice replies.');
  return ui.form({
    id: 'email-imap',
    context: '',
    title: 'Notice replies (IMAP, read-only)',
    submitLabel: 'Connect inbox',
    fields: [
      { name: 'host', label: 'IMAP server', kind: 'text', required: true, placeholder: 'imap.gmail.com' },
      { name: 'port', label: 'Port', kind: 'text', required: false, initial: '993', hint: '993 (TLS) or 143 (STARTTLS)' },
      { name: 'user', label: 'Login (if not your address)', kind: 'text', required: false },
      { name: 'password', label: 'App password', kind: 'text', required: true, hint: 'Kept encrypted. Jobscout only reads replies to emails it sent.' },
    ],
  });
}

const imap = defineCommand({
  name: 'imap',
  summary: 'Let Jobscout notice replies to the emails it sent (IMAP settings in a form)',
  usage: '/job email imap',
  opensForm: true,
  options: [],
  schema: z.object({}),
  run: (ctx) => openImapForm(ctx),
});

export const emailImapForm: FormDefinition = {
  id: 'email-imap',
  secretFields: ['password'],
  open: (ctx) => openImapForm(ctx),
  async submit(ctx, _context, values) {
    const account = await emailAccountOf(ctx.services.db, ctx.person.id);
    if (!account) throw new UserError('email_not_connected', 'Connect your email first with /job email connect.');
    const result = await connectImap(ctx.services, account, { host: values.host ?? '', port: values.port ?? '', user: values.user ?? '', password: values.password ?? '' });
    if (!result.ok) return result;
    return { ok: true, reply: ui.message([ui.section(`Inbox connected: Jobscout will notice replies to the emails it sends from ${account.fromAddress}, and tell you what they seem to say. Nothing changes on your applications until you choose.`)]) };
  },
};

const disconnect = defineCommand({
  name: 'disconnect',
  summary: 'Forget your email settings',
  usage: '/job email disconnect',
  options: [],
  schema: z.object({}),
  async run(ctx) {
    const had = await disconnectEmail(ctx.services, ctx.person.id);
    return ui.message([ui.section(had ? 'Email disconnected: Jobscout no longer has your settings. Drafts stay, to copy.' : "Your email isn't connected.")]);
  },
});

export const emailGroup: CommandGroup = { name: 'email', summary: 'Sending follow-ups from your own mailbox', commands: [status, connect, imap, disconnect] };
