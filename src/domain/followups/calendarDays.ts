import { DateTime } from 'luxon';

/**
 * `days` after `from` in the person's zone, skipping Saturdays and Sundays when `business`:
 * "7 business days after a Friday application" is the Tuesday nine days later, same time.
 */
export function addDays(from: Date, days: number, zone: string, business: boolean): Date {
  let at = DateTime.fromJSDate(from, { zone });
  if (!business) return at.plus({ days }).toJSDate();
  for (let left = days; left > 0; ) {
    at = at.plus({ days: 1 });
    if (at.weekday <= 5) left--;
  }
  return at.toJSDate();
}
