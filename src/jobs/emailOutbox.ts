import type { Agenda } from 'agenda';
import Bottleneck from 'bottleneck';
import { attemptEmail, dueEmailIds, markUncertain } from '../domain/email/outbox.js';
import { getEmail, type EmailView } from '../domain/writing/drafts.js';
import type { Services } from '../domain/services.js';
import { people } from '../models/people.js';
import { emails } from '../models/emails.js';
import type { Notifier } from '../bots/notifier.js';
import type { Reply } from '../bots/ui.js';
import { emailFailedReply, emailUncertainReply } from '../bots/views/emailDraft.js';
import { sendOnce } from './sendOnce.js';
import { deliveryStates } from './deliveries.js';
import { eq } from 'drizzle-orm';

export const EMAIL_OUTBOX_JOB = 'email-outbox';

// Each email is its own SMTP session with its owner's server; a few at once keeps a round short
// without opening hundreds of connections.
const CONCURRENT_SENDS = 8;

/**
 * One round of the outbox: every email due (queued, or claimed by a worker that died) gets an
 * attempt. One that has failed for good is told to its owner in a DM, once.
 */
export async function sendDueEmails(services: Services, notifier: Notifier): Promise<{ due: number; sent: number; retrying: number; failed: number; uncertain: number }> {
  const uncertain = await markUncertain(services, services.clock());
  const ids = await dueEmailIds(services, services.clock());
  const pool = new Bottleneck({ maxConcurrent: CONCURRENT_SENDS });
  const counts = { due: ids.length, sent: 0, retrying: 0, failed: 0, uncertain: uncertain.length };
  await Promise.all(
    ids.map((id) =>
      pool.schedule(async () => {
        try {
          const outcome = await attemptEmail(services, id);
          if (outcome.kind === 'skipped') return;
          counts[outcome.kind]++;
          if (outcome.kind === 'failed') {
            const { failure, email } = outcome;
            await tellAbout(services, notifier, email.personId, id, 'email-failed', (view) => ({ key: `email-failed:${id}:${email.updatedAt.toISOString()}`, reply: emailFailedReply(view, failure.message, failure.kind === 'auth') }));
          }
        } catch (error) {
          services.logger.error({ err: error, emailId: id }, 'email attempt failed');
        }
      }),
    ),
  );
  // Asked from what is stored, so a question whose DM failed is asked again next round.
  const unsettled = await services.db.select({ id: emails.id, personId: emails.personId, updatedAt: emails.updatedAt }).from(emails).where(eq(emails.status, 'uncertain'));
  const asked = await deliveryStates(services.db, unsettled.map(uncertainKey));
  for (const email of unsettled.filter((row) => asked.get(uncertainKey(row)) !== 'sent')) {
    await tellAbout(services, notifier, email.personId, email.id, 'email-uncertain', (view) => ({ key: uncertainKey(view.email), reply: emailUncertainReply(view) })).catch((error: unknown) =>
      services.logger.error({ err: error, emailId: email.id }, 'could not ask about an uncertain email'),
    );
  }
  if (ids.length || uncertain.length) services.logger.info(counts, 'email outbox round');
  return counts;
}

const uncertainKey = (email: { id: number; updatedAt: Date }) => `email-uncertain:${email.id}:${email.updatedAt.toISOString()}`;

/** A DM about one of the person's emails, once under `key`, made from the email as stored now. */
async function tellAbout(services: Services, notifier: Notifier, personId: number, id: number, kind: string, message: (view: EmailView) => { key: string; reply: Reply }): Promise<void> {
  const [person] = await services.db.select().from(people).where(eq(people.id, personId));
  if (!person || !notifier.canReach(person)) return;
  const { key, reply } = message(await getEmail(services.db, personId, id));
  await sendOnce({ ...services, notifier }, { key, person, kind, payload: { emailId: id } }, reply);
}

export function defineEmailOutbox(agenda: Agenda, services: Services, notifier: Notifier): void {
  agenda.define(EMAIL_OUTBOX_JOB, async () => {
    await sendDueEmails(services, notifier);
  });
}

export async function scheduleEmailOutbox(agenda: Agenda, minutes: number): Promise<void> {
  await agenda.every(`${minutes} minutes`, EMAIL_OUTBOX_JOB);
}
