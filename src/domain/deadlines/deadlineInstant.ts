import { DateTime } from 'luxon';

/**
 * A deadline is an instant. One given as a date alone ("Friday", a posting's "2026-12-15") means
 * the end of that day in the person's zone, stored as 23:59 there; any other time was given.
 */
export const END_OF_DAY = { hour: 23, minute: 59 } as const;

/** The end of `date` (YYYY-MM-DD) in `zone`. */
export function endOfDay(date: string, zone: string): Date {
  return DateTime.fromISO(date, { zone }).set({ ...END_OF_DAY, second: 0, millisecond: 0 }).toJSDate();
}

/** Whether a deadline was given as a date alone (see END_OF_DAY), read in `zone`. */
export function isDateOnly(at: Date, zone: string): boolean {
  const local = DateTime.fromJSDate(at, { zone });
  return local.hour === END_OF_DAY.hour && local.minute === END_OF_DAY.minute && local.second === 0;
}

/**
 * A posting's closing date as a deadline in `zone`. Structured data usually gives a date alone
 * ("validThrough": "2026-12-15"), which arrives as midnight UTC: it means the whole of that day
 * wherever the person is, not the evening before west of Greenwich.
 */
export function postingDeadline(closesAt: Date, zone: string): Date {
  const utc = DateTime.fromJSDate(closesAt, { zone: 'utc' });
  const dateOnly = utc.hour === 0 && utc.minute === 0 && utc.second === 0 && utc.millisecond === 0;
  return dateOnly ? endOfDay(utc.toISODate()!, zone) : closesAt;
}

/** "Fri 4 Dec" for a date alone, "Fri 4 Dec, 17:00" with a time, in `zone`. */
export function formatDeadline(at: Date, zone: string): string {
  const local = DateTime.fromJSDate(at, { zone });
  return isDateOnly(at, zone) ? local.toFormat('ccc d LLL yyyy') : `${local.toFormat('ccc d LLL yyyy, HH:mm')} ${zone}`;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * How far off a deadline is, as people count it: in hours on its own day ("in 3 hours"), else
 * in calendar days in `zone` ("tomorrow", "in 10 days"; "2 days ago" once passed).
 */
export function deadlineDistance(at: Date, zone: string, now: Date): string {
  const days = DateTime.fromJSDate(at, { zone }).startOf('day').diff(DateTime.fromJSDate(now, { zone }).startOf('day'), 'days').days;
  const hours = (at.getTime() - now.getTime()) / 3_600_000;
  if (Math.round(days) !== 0 || hours < 0) return relative.format(Math.round(days), 'day');
  return hours < 1 ? relative.format(Math.max(1, Math.round(hours * 60)), 'minute') : relative.format(Math.round(hours), 'hour');
}
