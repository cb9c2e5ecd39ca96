import { DateTime } from 'luxon';
import type { Outcome } from './outcomes.js';

/** One week of a search: applications sent, first answers and first interviews that week. */
export interface ActivityWeek {
  /** The Monday the week starts on, in the person's zone (yyyy-mm-dd). */
  week: string;
  applied: number;
  responses: number;
  interviews: number;
}

const mondayOf = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).startOf('week').toISODate()!;

/**
 * Week by week, in the person's zone, from the first week anything happened to the week of
 * `now`, quiet weeks included so the chart's gaps are real. With `since`, counting starts at the
 * first Monday from it: a bar for a week seen only in part would look like a slow week.
 */
export function weeklyActivity(outcomes: readonly Outcome[], now: Date, zone: string, since: Date | null): ActivityWeek[] {
  const weeks = new Map<string, ActivityWeek>();
  const local = since ? DateTime.fromJSDate(since, { zone }) : null;
  const from = local ? (local.equals(local.startOf('week')) ? local : local.startOf('week').plus({ weeks: 1 })).toJSDate() : null;
  const count = (at: Date | undefined, key: 'applied' | 'responses' | 'interviews') => {
    if (!at || (from && at < from) || at > now) return;
    const week = mondayOf(at, zone);
    let entry = weeks.get(week);
    if (!entry) weeks.set(week, (entry = { week, applied: 0, responses: 0, interviews: 0 }));
    entry[key]++;
  };
  for (const outcome of outcomes) {
    count(outcome.reached.applied, 'applied');
    count(outcome.reached.response, 'responses');
    count(outcome.reached.interview, 'interviews');
  }
  if (weeks.size === 0) return [];
  const first = [...weeks.keys()].sort()[0]!;
  const last = mondayOf(now, zone);
  const all: ActivityWeek[] = [];
  for (let week = DateTime.fromISO(first, { zone }); week.toISODate()! <= last; week = week.plus({ weeks: 1 })) {
    const key = week.toISODate()!;
    all.push(weeks.get(key) ?? { week: key, applied: 0, responses: 0, interviews: 0 });
  }
  return all;
}
