import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../models/database.js';
import { emailAccounts, type EmailAccountRow } from '../../models/emailAccounts.js';
import { UserError } from '../errors.js';
import { Sealer } from '../secrets/sealer.js';
import type { Services } from '../services.js';
import { SendFailure, type SmtpSettings } from './mailer.js';

export interface SmtpInput {
  address: string;
  host: string;
  port: string;
  user: string;
  password: string;
}

export type ConnectResult = { ok: true; account: EmailAccountRow } | { ok: false; errors: Partial<Record<keyof SmtpInput, string>> };

const addressSchema = z.email();
// A host name or an IP address: letters, digits, dots, dashes, and the colons of IPv6.
const HOST = /^[a-z0-9.:-]{1,253}$/i;

/** Whether what was typed can be a mail server's name or address (SMTP or IMAP). */
export function isMailHost(host: string): boolean {
  return HOST.test(host);
}

/** What keeps mail settings (a password among them) encrypted; refused when the operator set no key. */
export function sealerOrRefuse(services: Services): Sealer {
  if (!services.config.secretKey) {
    throw new UserError('no_secret_key', "Email isn't set up on this Jobscout: whoever runs it needs JOBSCOUT_SECRET_KEY, which keeps your mail password encrypted. Until then, Draft it gives you text to copy into your own mail.");
  }
  return new Sealer(services.config.secretKey);
}

/** Refuses before the form opens when the password could not be kept safe. */
export function assertEmailCanConnect(services: Services): void {
  sealerOrRefuse(services);
}

function settingsProblems(input: SmtpInput): Partial<Record<keyof SmtpInput, string>> {
  const problems: Partial<Record<keyof SmtpInput, string>> = {};
  if (!addressSchema.safeParse(input.address.trim()).success) problems.address = 'Write your email address, like you@example.com.';
  if (!isMailHost(input.host.trim())) problems.host = "Write your mail server's name, like smtp.gmail.com.";
  const port = Number(input.port.trim() || '587');
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.port = 'Port is 587 (STARTTLS) or 465 (TLS), as your provider says.';
  if (!input.password) problems.password = 'Password is required: your mail app password.';
  return problems;
}

/**
 * Connects the person's own SMTP server: checks the settings by logging in (sending nothing),
 * then keeps them sealed. What the server said goes back on the field to fix.
 */
export async function connectSmtp(services: Services, personId: number, displayName: string | null, input: SmtpInput): Promise<ConnectResult> {
  const sealer = sealerOrRefuse(services);
  const errors = settingsProblems(input);
  if (Object.keys(errors).length) return { ok: false, errors };
  const address = input.address.trim().toLowerCase();
  const settings: SmtpSettings = {
    host: input.host.trim().toLowerCase(),
    port: Number(input.port.trim() || '587'),
    user: input.user.trim() || address,
    password: input.password,
    from: address,
    fromName: displayName,
  };
  try {
    await services.mailer.verify(settings);
  } catch (error) {
    if (!(error instanceof SendFailure)) throw error;
    if (error.kind === 'auth') return { ok: false, errors: { password: `The server refused the login (${error.message}). Use an app password if your provider asks for one.`.slice(0, 300) } };
    return { ok: false, errors: { host: `Couldn't talk to ${settings.host} on port ${settings.port}: ${error.message}`.slice(0, 300) } };
  }
  const now = services.clock();
  const values = { provider: 'smtp', fromAddress: address, sealedSettings: sealer.seal(JSON.stringify(settings)), connectedAt: now, brokenAt: null, brokenReason: null };
  const [account] = await services.db
    .insert(emailAccounts)
    .values({ personId, ...values })
    .onConflictDoUpdate({ target: emailAccounts.personId, set: values })
    .returning();
  return { ok: true, account: account! };
}

export async function emailAccountOf(db: Executor, personId: number): Promise<EmailAccountRow | null> {
  const [row] = await db.select().from(emailAccounts).where(eq(emailAccounts.personId, personId));
  return row ?? null;
}

export function smtpSettingsOf(services: Services, account: EmailAccountRow): SmtpSettings {
  return JSON.parse(sealerOrRefuse(services).open(account.sealedSettings)) as SmtpSettings;
}

/** The server refused the credentials: nothing more is sent until the person connects again. */
export async function markEmailBroken(db: Executor, personId: number, reason: string, now: Date): Promise<void> {
  await db.update(emailAccounts).set({ brokenAt: now, brokenReason: reason.slice(0, 300) }).where(eq(emailAccounts.personId, personId));
}

/** Forgets the settings; false when none were kept. */
export async function disconnectEmail(services: Services, personId: number): Promise<boolean> {
  return (await services.db.delete(emailAccounts).where(eq(emailAccounts.personId, personId)).returning()).length > 0;
}
