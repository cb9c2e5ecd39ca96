import type { Agenda } from 'agenda';
import { dueDeadlines } from '../domain/deadlines/dueDeadlines.js';
import { expireOffers } from '../domain/deadlines/offerExpiry.js';
import type { Services } from '../domain/services.js';
import type { Notifier } from '../bots/notifier.js';
import { deadlineReminderReply } from '../bots/views/deadlineReminder.js';
import { deliveryStates } from './deliveries.js';
import { sendOnce } from './sendOnce.js';

export const DEADLINE_REMINDERS_JOB = 'deadline-reminders';

/**
 * One round: offers past their deadline become expired, then every deadline reminder due now is
 * sent once under its own key. A reminder stays due until the next one's moment or the deadline,
 * so a round that fails is made up by the next.
 */
export async function sendDeadlineReminders(services: Services, notifier: Notifier): Promise<{ due: number; sent: number; expired: number }> {
  const now = services.clock();
  const expired = await expireOffers(services, now);
  const due = await dueDeadlines(services.db, services.config, now);
  const states = await deliveryStates(services.db, due.map((reminder) => reminder.key));
  let sent = 0;
  for (const reminder of due) {
    if (states.get(reminder.key) === 'sent' || !notifier.canReach(reminder.person)) continue;
    try {
      const payload = { applicationId: reminder.application.id, offerId: reminder.offer?.id ?? null, deadline: reminder.deadline.toISOString() };
      const outcome = await sendOnce({ ...services, notifier }, { key: reminder.key, person: reminder.person, kind: `deadline-${reminder.kind}`, payload, storeReply: true }, deadlineReminderReply(reminder, now));
      if (outcome === 'sent') sent++;
    } catch (error) {
      services.logger.error({ err: error, key: reminder.key }, 'deadline reminder failed');
    }
  }
  if (due.length || expired) services.logger.info({ due: due.length, sent, expired }, 'deadline reminders round');
  return { due: due.length, sent, expired };
}

export function defineDeadlineReminders(agenda: Agenda, services: Services, notifier: Notifier): void {
  agenda.define(DEADLINE_REMINDERS_JOB, async () => {
    await sendDeadlineReminders(services, notifier);
  });
}

export async function scheduleDeadlineReminders(agenda: Agenda, minutes: number): Promise<void> {
  await agenda.every(`${minutes} minutes`, DEADLINE_REMINDERS_JOB);
}
