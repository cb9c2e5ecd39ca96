/** One reminder: how long before the interview, and the instant it is due. */
export interface PlannedReminder {
  offsetMinutes: number;
  dueAt: Date;
}

const MINUTE = 60_000;

/** The reminders still ahead of `now` for an interview at `startsAt`, soonest last. */
export function planReminders(startsAt: Date, offsetsMinutes: readonly number[], now: Date): PlannedReminder[] {
  return [...new Set(offsetsMinutes)]
    .sort((a, b) => b - a)
    .map((offsetMinutes) => ({ offsetMinutes, dueAt: new Date(startsAt.getTime() - offsetMinutes * MINUTE) }))
    .filter((reminder) => reminder.dueAt.getTime() > now.getTime());
}

/**
 * Whether a reminder that comes due at `now` is still worth sending. It is not once the
 * interview has started, nor when a closer reminder is already due (after downtime, the
 * person gets one "in 40 minutes", not a "tomorrow" and a "in 1 hour" at once).
 */
export function isReminderStillUseful(startsAt: Date, offsetMinutes: number, offsetsMinutes: readonly number[], now: Date): boolean {
  if (now.getTime() >= startsAt.getTime()) return false;
  return !offsetsMinutes.some((other) => other < offsetMinutes && now.getTime() >= startsAt.getTime() - other * MINUTE);
}

/** The delivery key: one per interview, offset and start time, so a moved interview gets fresh reminders. */
export function reminderDeliveryKey(interviewId: number, offsetMinutes: number, startsAt: Date): string {
  return `interview:${interviewId}:reminder:${offsetMinutes}:${startsAt.toISOString()}`;
}
