import { and, eq, gte, inArray, isNotNull } from 'drizzle-orm';
import { applications, type ApplicationRow } from '../../models/applications.js';
import { emailAccounts, type EmailAccountRow } from '../../models/emailAccounts.js';
import { emailReplies, type EmailReplyRow } from '../../models/emailReplies.js';
import { emails, type EmailRow } from '../../models/emails.js';
import { followups } from '../../models/followups.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { appendEvent } from '../ats/events.js';
import { REPLY_KIND_LABELS, type ReplyKind } from '../followups/replyClassifier.js';
import { stopSequence } from '../followups/sequences.js';
import { changePersonData } from '../people/changes.js';
import type { Services } from '../services.js';
import type { ImapSettings, InboxHeaders, InboxMessage } from './mailbox.js';
import { SendFailure } from './mailer.js';
import { isMailHost, sealerOrRefuse } from './mailAccount.js';

export interface ImapInput {
  host: string;
  port: string;
  user: string;
  password: string;
}

// How far back the first read looks when nothing has been sent yet; afterwards, from the first send.
const FIRST_READ_DAYS = 1;
// One check reads the headers of at most this many messages; the next check goes on from there.
const READ_LIMIT = 1000;
const MAX_LOOK_BACK_DAYS = 30;
const DAY_MS = 24 * 60 * 60_000;
// A reply's DM not delivered within a week (the platform away) is not sent that late.
const TELL_WITHIN_MS = 7 * DAY_MS;

/**
 * Lets Jobscout notice replies: checks the IMAP login (reading nothing), then keeps the settings
 * sealed beside the SMTP ones. Problems come back on the field to fix.
 */
export async function connectImap(services: Services, account: EmailAccountRow, input: ImapInput): Promise<{ ok: true } | { ok: false; errors: Record<string, string> }> {
  const errors: Record<string, string> = {};
  const host = input.host.trim().toLowerCase();
  const port = Number(input.port.trim() || '993');
  if (!isMailHost(host)) errors.host = "Write your mail server's name, like imap.gmail.com.";
  if (!Number.isInteger(port) || port < 1 || port > 65535) errors.port = 'Port is 993 (TLS) or 143 (STARTTLS), as your provider says.';
  if (!input.password.trim()) errors.password = 'Password is required: your mail app password.';
  if (Object.keys(errors).length) return { ok: false, errors };
  const settings: ImapSettings = { host, port, user: input.user.trim() || account.fromAddress, password: input.password.trim() };
  try {
    await services.mailbox.verify(settings);
  } catch (error) {
    if (!(error instanceof SendFailure)) throw error;
    if (error.kind === 'auth') return { ok: false, errors: { password: `The server refused the login (${error.message}).`.slice(0, 300) } };
    return { ok: false, errors: { host: `Couldn't read your inbox at ${host}:${port}: ${error.message}`.slice(0, 300) } };
  }
  await services.db
    .update(emailAccounts)
    .set({ sealedImap: sealerOrRefuse(services).seal(JSON.stringify(settings)), imapUidValidity: null, imapLastUid: null, imapCheckedAt: null, imapError: null })
    .where(eq(emailAccounts.personId, account.personId));
  return { ok: true };
}

export async function disconnectImap(services: Services, personId: number): Promise<void> {
  await services.db.update(emailAccounts).set({ sealedImap: null, imapUidValidity: null, imapLastUid: null, imapError: null }).where(eq(emailAccounts.personId, personId));
}

/** A reply just noticed, with what the person needs to hear about it. */
export interface NoticedReply {
  reply: EmailReplyRow;
  email: EmailRow;
  application: ApplicationRow;
  job: JobRow;
}

/** The first sent email of ours this message answers, by In-Reply-To, then References (newest first). */
function answeredEmail(message: InboxMessage, sent: ReadonlyMap<string, EmailRow>): EmailRow | undefined {
  const ids = [message.inReplyTo, ...[...message.references].reverse()].filter((id): id is string => Boolean(id));
  for (const id of ids) {
    const email = sent.get(id);
    if (email) return email;
  }
  return undefined;
}

/**
 * One check of a person's inbox: messages since the last check that answer an email Jobscout
 * sent (by In-Reply-To/References) are recorded once each, go on the application's timeline as
 * a reply, and stop its follow-ups; the state is never changed here.
 */
export async function checkInbox(services: Services, account: EmailAccountRow, classify: (subject: string, text: string) => Promise<{ kind: ReplyKind; by: string }>): Promise<NoticedReply[]> {
  const now = services.clock();
  const settings = JSON.parse(sealerOrRefuse(services).open(account.sealedImap!)) as ImapSettings;
  // Everything this person sent from Jobscout: a message is read whole only when it answers one of these.
  const sentRows = await services.db
    .select()
    .from(emails)
    .where(and(eq(emails.personId, account.personId), isNotNull(emails.messageId), inArray(emails.status, ['sent', 'uncertain'])));
  const sent = new Map(sentRows.map((row) => [row.messageId!, row]));
  const first = sentRows.reduce<Date | null>((earliest, row) => (row.sentAt && (!earliest || row.sentAt < earliest) ? row.sentAt : earliest), null);
  // A first read (or one after the server renumbered the inbox) looks back to the first email sent, at most a month.
  const since = new Date(Math.max(first ? first.getTime() - DAY_MS : now.getTime() - FIRST_READ_DAYS * DAY_MS, now.getTime() - MAX_LOOK_BACK_DAYS * DAY_MS));
  const answersOurs = (headers: InboxHeaders) => [headers.inReplyTo, ...headers.references].some((id) => id !== null && sent.has(id));
  let batch;
  try {
    batch = await services.mailbox.read(settings, { uidValidity: account.imapUidValidity, lastUid: account.imapLastUid }, since, READ_LIMIT, answersOurs);
  } catch (error) {
    if (!(error instanceof SendFailure)) throw error;
    await services.db.update(emailAccounts).set({ imapError: error.message.slice(0, 300), imapCheckedAt: now }).where(eq(emailAccounts.personId, account.personId));
    throw error;
  }
  const noticed: NoticedReply[] = [];
  for (const message of batch.messages) {
    const email = answeredEmail(message, sent);
    // Our own copy (a Sent folder shown in the inbox) is not their reply.
    if (!email || !message.messageId || message.from === account.fromAddress) continue;
    const { kind, by } = await classify(message.subject ?? '', message.text);
    const found = await recordReply(services, email, message, kind, by, now);
    if (found) noticed.push(found);
  }
  await services.db
    .update(emailAccounts)
    .set({ imapUidValidity: batch.cursor.uidValidity, imapLastUid: batch.cursor.lastUid, imapCheckedAt: now, imapError: null })
    .where(eq(emailAccounts.personId, account.personId));
  return noticed;
}

async function recordReply(services: Services, email: EmailRow, message: InboxMessage, kind: ReplyKind, by: string, now: Date): Promise<NoticedReply | null> {
  return changePersonData(services, email.personId, async (tx) => {
    const [reply] = await tx
      .insert(emailReplies)
      .values({ personId: email.personId, emailId: email.id, applicationId: email.applicationId, messageId: message.messageId!, fromAddress: message.from, subject: message.subject?.slice(0, 300) ?? null, classification: kind, classifiedBy: by, receivedAt: message.date ?? now, noticedAt: now })
      .onConflictDoNothing()
      .returning();
    if (!reply) return null;
    const [current] = await tx.select().from(applications).where(eq(applications.id, email.applicationId)).for('update');
    const application = await appendEvent(tx, current!, {
      type: 'response_received',
      actorPersonId: null,
      payload: { replyId: reply.id, emailId: email.id, classification: kind, summary: `Reply from ${message.from ?? 'them'}: "${(message.subject ?? '').slice(0, 120)}" (reads like ${REPLY_KIND_LABELS[kind]})` },
      idempotencyKey: `reply:${email.personId}:${message.messageId}`,
      occurredAt: now,
    });
    await tx
      .insert(followups)
      .values({ applicationId: email.applicationId, personId: email.personId, stoppedAt: now, stopReason: 'replied', updatedAt: now })
      .onConflictDoUpdate({ target: followups.applicationId, set: { stoppedAt: now, stopReason: 'replied', updatedAt: now } });
    await stopSequence(tx, email.applicationId, 'replied', now);
    const [job] = await tx.select().from(jobs).where(eq(jobs.id, application.jobId));
    return { reply, email, application, job: job! };
  });
}

/** Accounts whose inbox Jobscout reads. */
export async function accountsWithImap(services: Services): Promise<EmailAccountRow[]> {
  return services.db.select().from(emailAccounts).where(isNotNull(emailAccounts.sealedImap));
}

/** Replies noticed in the last week, with what their DM needs: each is told once, from what is stored. */
export async function recentReplies(services: Services, now: Date): Promise<NoticedReply[]> {
  const rows = await services.db
    .select({ reply: emailReplies, email: emails, application: applications, job: jobs })
    .from(emailReplies)
    .innerJoin(emails, eq(emails.id, emailReplies.emailId))
    .innerJoin(applications, eq(applications.id, emailReplies.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(gte(emailReplies.noticedAt, new Date(now.getTime() - TELL_WITHIN_MS)));
  return rows;
}
