import { createHmac } from 'node:crypto';
import { and, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { applications } from '../../models/applications.js';
import { sequences } from '../../models/sequences.js';
import { emails, type EmailRow } from '../../models/emails.js';
import { appendEvent } from '../ats/events.js';
import { UserError } from '../errors.js';
import { changePersonData } from '../people/changes.js';
import type { Services } from '../services.js';
import { getEmail, type EmailView } from '../writing/drafts.js';
import type { TemplateKind } from '../writing/templateKinds.js';
import { emailAccountOf, markEmailBroken, smtpSettingsOf } from './mailAccount.js';
import { connectionOf, GMAIL_SEND_SCOPE, grantOf, storeRefreshedGrant } from '../calendar/googleConnection.js';
import type { EmailAccountRow } from '../../models/emailAccounts.js';
import { people } from '../../models/people.js';
import { SendFailure } from './mailer.js';

// Kinds that answer a follow-up prompt: sending one counts as having followed up.
const FOLLOW_UP_KINDS = new Set<string>(['applied-3', 'applied-7', 'applied-14', 'thank-you', 'nudge'] satisfies TemplateKind[]);

/**
 * The Message-ID of the email sent under a delivery key: the same on every attempt, so a retry
 * after a crash is the same message to the recipient's server (and to reply detection). Keyed
 * with JOBSCOUT_SECRET_KEY, so nobody can forge a "reply" to an email by guessing its id.
 */
export function messageIdFor(deliveryKey: string, fromAddress: string, secretKey: string): string {
  const domain = fromAddress.split('@')[1] ?? 'jobscout.invalid';
  return `<jobscout.${createHmac('sha256', secretKey).update(deliveryKey).digest('hex').slice(0, 32)}@${domain}>`;
}

/**
 * The person pressed Send: the draft is queued under its delivery key. Pressing again, or the
 * platform delivering the press twice, finds it queued (or sent) and changes nothing.
 */
export async function queueEmail(services: Services, personId: number, id: number): Promise<EmailView> {
  const current = await getEmail(services.db, personId, id);
  if (current.email.status === 'discarded') throw new UserError('email_discarded', `That draft was discarded. /job draft ${current.application.seq} makes a new one.`);
  if (!['draft', 'failed'].includes(current.email.status)) return current;
  if (!current.email.toAddress) throw new UserError('email_no_recipient', `Who should it go to? Press Edit and fill in To, or add a contact with /job contact ${current.application.seq}.`);
  const account = await emailAccountOf(services.db, personId);
  if (!account) throw new UserError('email_not_connected', 'Connect your email first with /job email connect, then press Send again. Or copy the text into your own mail.');
  if (account.brokenAt) throw new UserError('email_broken', `Your mail server refused the login last time (${account.brokenReason ?? 'no reason given'}). Connect again with /job email connect, then press Send.`);
  const now = services.clock();
  const deliveryKey = current.email.deliveryKey ?? `email:${current.email.id}`;
  const [email] = await services.db
    .update(emails)
    .set({ status: 'queued', deliveryKey, messageId: current.email.messageId ?? messageIdFor(deliveryKey, account.fromAddress, services.config.secretKey!), nextAttemptAt: now, attempts: 0, lastError: null, updatedAt: now })
    .where(and(eq(emails.id, id), inArray(emails.status, ['draft', 'failed'])))
    .returning();
  return { ...current, email: email ?? current.email };
}

export type AttemptOutcome =
  | { kind: 'sent'; email: EmailRow }
  | { kind: 'retrying'; email: EmailRow; failure: SendFailure }
  | { kind: 'failed'; email: EmailRow; failure: SendFailure }
  /** It may have gone: the connection broke while it was handed over. The person decides. */
  | { kind: 'uncertain'; email: EmailRow; failure: SendFailure }
  /** Sent already, another worker holds it within the lease, or its sequence has stopped. */
  | { kind: 'skipped' };

function leaseMs(services: Services): number {
  return services.config.scheduler.claimLeaseSeconds * 1000;
}

/**
 * Takes a queued email (due now), or one whose worker died before it reached the mail server
 * (claim older than the lease, never transmitting), so that only one worker sends it at a time.
 */
async function claim(services: Services, id: number, now: Date): Promise<EmailRow | null> {
  const stale = new Date(now.getTime() - leaseMs(services));
  const [row] = await services.db
    .update(emails)
    .set({ status: 'sending', claimedAt: now, transmittingAt: null, attempts: sql`${emails.attempts} + 1`, updatedAt: now })
    .where(and(eq(emails.id, id), or(and(eq(emails.status, 'queued'), lte(emails.nextAttemptAt, now)), and(eq(emails.status, 'sending'), lte(emails.claimedAt, stale), isNull(emails.transmittingAt)))))
    .returning();
  return row ?? null;
}

/**
 * An email whose worker died while handing it to the mail server may have gone: sending it again
 * could send it twice, so it becomes `uncertain` and its owner is asked. Returns those marked.
 */
export async function markUncertain(services: Services, now: Date): Promise<EmailRow[]> {
  const stale = new Date(now.getTime() - leaseMs(services));
  return services.db
    .update(emails)
    .set({ status: 'uncertain', updatedAt: now, lastError: 'Jobscout stopped while handing it to your mail server' })
    .where(and(eq(emails.status, 'sending'), lte(emails.claimedAt, stale), isNotNull(emails.transmittingAt)))
    .returning();
}

/** The person says how an uncertain email ended: it went (recorded as sent), or send it again. */
export async function settleUncertain(services: Services, personId: number, id: number, went: boolean): Promise<EmailView> {
  const current = await getEmail(services.db, personId, id);
  if (current.email.status !== 'uncertain') return current;
  const now = services.clock();
  if (went) {
    const [claimed] = await services.db.update(emails).set({ status: 'sending', claimedAt: now, updatedAt: now }).where(and(eq(emails.id, id), eq(emails.status, 'uncertain'))).returning();
    if (claimed) await recordSent(services, claimed);
  } else {
    await services.db.update(emails).set({ status: 'queued', nextAttemptAt: now, transmittingAt: null, attempts: 0, updatedAt: now }).where(and(eq(emails.id, id), eq(emails.status, 'uncertain')));
  }
  return getEmail(services.db, personId, id);
}

/** An automatic sequence step goes only while its sequence runs and the application waits in `applied`. */
async function stillWanted(services: Services, email: EmailRow): Promise<boolean> {
  if (!email.automatic) return true;
  const [row] = await services.db
    .select({ stoppedAt: sequences.stoppedAt, state: applications.state })
    .from(applications)
    .leftJoin(sequences, eq(sequences.applicationId, applications.id))
    .where(eq(applications.id, email.applicationId));
  return Boolean(row && row.state === 'applied' && row.stoppedAt === null);
}

/**
 * One attempt at sending a queued email. Sent: on the application's timeline. A temporary
 * failure waits its turn in config email.retryMinutes; after the last, or on a permanent one, the
 * email goes back to being a draft the person can fix and send again. Every write after the
 * claim is fenced by it, so a worker that lost its claim changes nothing.
 */
export async function attemptEmail(services: Services, id: number): Promise<AttemptOutcome> {
  const now = services.clock();
  const email = await claim(services, id, now);
  if (!email) return { kind: 'skipped' };
  const fence = and(eq(emails.id, id), eq(emails.status, 'sending'), eq(emails.claimedAt, email.claimedAt!));
  const update = async (values: Partial<typeof emails.$inferInsert>) => (await services.db.update(emails).set({ ...values, updatedAt: now }).where(fence).returning())[0] ?? email;
  if (!(await stillWanted(services, email))) {
    await update({ status: 'discarded', lastError: 'its sequence stopped' });
    return { kind: 'skipped' };
  }
  let failure: SendFailure | null = null;
  let transmitting = false;
  const handOver = async () => {
    transmitting = true;
    await services.db.update(emails).set({ transmittingAt: services.clock() }).where(fence);
  };
  try {
    const account = await emailAccountOf(services.db, email.personId);
    const outgoing = { messageId: email.messageId!, to: email.toAddress!, subject: email.subject, text: email.body };
    if (!account) failure = new SendFailure('permanent', 'your email is no longer connected');
    else if (account.brokenAt) failure = new SendFailure('auth', account.brokenReason ?? 'the server refused the login');
    else if (account.provider === 'gmail') await sendWithGmail(services, account, outgoing, handOver);
    else {
      const settings = smtpSettingsOf(services, account);
      await handOver();
      await services.mailer.send(settings, outgoing);
    }
  } catch (error) {
    if (error instanceof SendFailure) failure = error;
    else {
      // Not the server's answer: a bug, the database, a key that no longer opens the settings.
      services.logger.error({ err: error, emailId: id }, 'email attempt failed');
      failure = new SendFailure(transmitting ? 'uncertain' : 'temporary', 'something went wrong on our side');
    }
    if (failure.kind === 'auth') await markEmailBroken(services.db, email.personId, failure.message, now);
  }
  if (!failure) return { kind: 'sent', email: await recordSent(services, email) };
  if (failure.kind === 'uncertain') return { kind: 'uncertain', email: await update({ status: 'uncertain', lastError: failure.message }), failure };
  const retries = services.config.email.retryMinutes;
  if (failure.kind === 'temporary' && email.attempts <= retries.length) {
    const wait = retries[email.attempts - 1]! * 60_000;
    // The server answered (or was never reached): it did not take the message, so trying again cannot send it twice.
    const row = await update({ status: 'queued', nextAttemptAt: new Date(now.getTime() + wait), transmittingAt: null, lastError: failure.message });
    return { kind: 'retrying', email: row, failure };
  }
  return { kind: 'failed', email: await update({ status: 'failed', transmittingAt: null, lastError: failure.message }), failure };
}

type Outgoing = { messageId: string; to: string; subject: string; text: string };

/** Gmail through the person's Google grant; a grant gone or without Gmail is a login to redo. */
async function sendWithGmail(services: Services, account: EmailAccountRow, email: Outgoing, handOver: () => Promise<void>): Promise<void> {
  const connection = await connectionOf(services.db, account.personId);
  if (!services.google || !connection || connection.brokenAt || !connection.scopes.includes(GMAIL_SEND_SCOPE)) throw new SendFailure('auth', 'Google no longer lets Jobscout send from Gmail');
  const [person] = await services.db.select({ name: people.displayName }).from(people).where(eq(people.id, account.personId));
  const message = { ...email, from: account.fromAddress, fromName: person?.name ?? null };
  await services.google.sendGmail(String(account.personId), grantOf(services, connection), storeRefreshedGrant(services, account.personId), message, handOver);
}

/** Marks the email sent and puts it on the timeline: a follow-up or thank-you counts as having followed up. */
async function recordSent(services: Services, email: EmailRow): Promise<EmailRow> {
  const now = services.clock();
  return changePersonData(services, email.personId, async (tx) => {
    const [sent] = await tx
      .update(emails)
      .set({ status: 'sent', sentAt: now, updatedAt: now })
      .where(and(eq(emails.id, email.id), eq(emails.status, 'sending')))
      .returning();
    // Another worker recorded it (its claim was taken over): nothing more to write.
    if (!sent) return email;
    const [application] = await tx.select().from(applications).where(eq(applications.id, email.applicationId)).for('update');
    const followUp = FOLLOW_UP_KINDS.has(email.kind);
    const summary = `${email.automatic ? 'Sent automatically' : 'Emailed'} ${email.toAddress}: "${email.subject}"`;
    await appendEvent(tx, application!, {
      type: followUp ? 'followed_up' : 'email_sent',
      actorPersonId: email.personId,
      payload: { emailId: email.id, messageId: email.messageId, kind: email.kind, summary, ...(email.kind === 'thank-you' ? { thankYou: true } : {}) },
      idempotencyKey: email.deliveryKey,
      occurredAt: now,
    });
    return sent!;
  });
}

/** Emails due for an attempt now: queued and due, or claimed by a worker that died before sending. */
export async function dueEmailIds(services: Services, now: Date, limit = 500): Promise<number[]> {
  const stale = new Date(now.getTime() - leaseMs(services));
  const rows = await services.db
    .select({ id: emails.id })
    .from(emails)
    .where(or(and(eq(emails.status, 'queued'), lte(emails.nextAttemptAt, now)), and(eq(emails.status, 'sending'), lte(emails.claimedAt, stale), isNull(emails.transmittingAt))))
    .orderBy(emails.nextAttemptAt)
    .limit(limit);
  return rows.map((row) => row.id);
}
