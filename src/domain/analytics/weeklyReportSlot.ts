import { DateTime } from 'luxon';
import { digestSlot } from '../digest/digestSlot.js';

/**
 * This week's report slot for a person: Monday at their digest time in their zone, while not too
 * late to send. The Monday's local date names it, so there is one per local week.
 */
export function weeklyReportSlot(now: Date, zone: string, time: string, latestHoursLate: number): { monday: string; at: Date } | null {
  const slot = digestSlot(now, zone, time, latestHoursLate);
  if (!slot || DateTime.fromISO(slot.localDate, { zone }).weekday !== 1) return null;
  return { monday: slot.localDate, at: slot.at };
}

export const weeklyReportKey = (personId: number, monday: string) => `weekly:${personId}:${monday}`;

/** The Monday a week before this one: the report covers the seven days from it. */
export const weekBefore = (monday: string) => DateTime.fromISO(monday).minus({ weeks: 1 }).toISODate()!;
