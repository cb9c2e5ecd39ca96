import { createHash } from 'node:crypto';
import type { Agenda } from 'agenda';
import Bottleneck from 'bottleneck';
import { eq } from 'drizzle-orm';
import { accountsWithImap, checkInbox, recentReplies, type NoticedReply } from '../domain/email/replies.js';
import { SendFailure } from '../domain/email/mailer.js';
import { readReply } from '../domain/followups/replyReading.js';
import type { Services } from '../domain/services.js';
import { people } from '../models/people.js';
import type { Notifier } from '../bots/notifier.js';
import { replySuggestionReply } from '../bots/views/replySuggestion.js';
import { sendOnce } from './sendOnce.js';
import { deliveryStates } from './deliveries.js';

export const REPLY_CHECK_JOB = 'reply-check';

// Each check is one IMAP session with the person's own server.
const CONCURRENT_INBOXES = 4;

/**
 * One round: every connected inbox is read for replies; then each reply noticed (this round or
 * one whose DM failed before) is told once.
 */
export async function checkReplies(services: Services, notifier: Notifier): Promise<{ inboxes: number; replies: number; failed: number }> {
  const accounts = await accountsWithImap(services);
  const pool = new Bottleneck({ maxConcurrent: CONCURRENT_INBOXES });
  const counts = { inboxes: accounts.length, replies: 0, failed: 0 };
  await Promise.all(
    accounts.map((account) =>
      pool.schedule(async () => {
        try {
          const noticed = await checkInbox(services, account, (subject, text) => readReply(services, subject, text));
          counts.replies += noticed.length;
        } catch (error) {
          counts.failed++;
          if (error instanceof SendFailure) services.logger.warn({ personId: account.personId, reason: error.message }, 'inbox check failed');
          else services.logger.error({ err: error, personId: account.personId }, 'inbox check failed');
        }
      }),
    ),
  );
  await tellReplies(services, notifier);
  if (counts.replies || counts.failed) services.logger.info(counts, 'reply check round');
  return counts;
}

const replyKey = (found: NoticedReply) => `reply:${found.reply.personId}:${createHash('sha256').update(found.reply.messageId).digest('hex').slice(0, 24)}`;

async function tellReplies(services: Services, notifier: Notifier): Promise<void> {
  const recent = await recentReplies(services, services.clock());
  const states = await deliveryStates(services.db, recent.map(replyKey));
  for (const found of recent) {
    if (states.get(replyKey(found)) === 'sent') continue;
    try {
      const [person] = await services.db.select().from(people).where(eq(people.id, found.reply.personId));
      if (!person || !notifier.canReach(person)) continue;
      await sendOnce({ ...services, notifier }, { key: replyKey(found), person, kind: 'reply-noticed', payload: { replyId: found.reply.id } }, replySuggestionReply(found));
    } catch (error) {
      services.logger.error({ err: error, replyId: found.reply.id }, 'reply notice failed');
    }
  }
}

export function defineReplyCheck(agenda: Agenda, services: Services, notifier: Notifier): void {
  agenda.define(REPLY_CHECK_JOB, async () => {
    await checkReplies(services, notifier);
  });
}

export async function scheduleReplyCheck(agenda: Agenda, minutes: number): Promise<void> {
  await agenda.every(`${minutes} minutes`, REPLY_CHECK_JOB);
}
