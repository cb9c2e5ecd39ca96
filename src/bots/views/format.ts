import { DateTime } from 'luxon';
import { formatMoney } from '../../domain/ats/money.js';
import { fromYearly, type PayPeriod } from '../../domain/intake/salary.js';
import type { JobRow } from '../../models/jobs.js';
import type { PersonRow } from '../../models/people.js';
import type { Services } from '../../domain/services.js';

/** The zone to show a person's times in: theirs if known, else the configured default. */
export function zoneOf(services: Services, person: PersonRow): string {
  return person.timezone ?? services.config.timezone;
}

/** "Wed 25 Nov 2026, 14:00 Europe/Berlin". */
export function formatWhen(at: Date, zone: string): string {
  return `${DateTime.fromJSDate(at, { zone }).toFormat('ccc d LLL yyyy, HH:mm')} ${zone}`;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

/**
 * "in 15 minutes", "in 3 hours", "in 2 days", rounded to the nearest unit (a reminder sent a
 * few seconds late still says "in 1 day", not "in 23 hours").
 */
export function formatRelative(at: Date, now: Date): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  return relative.format(Math.round(minutes / 1440), 'day');
}

const PER: Record<PayPeriod, string> = { year: 'a year', month: 'a month', week: 'a week', day: 'a day', hour: 'an hour' };

/**
 * Pay as the posting states it, with its period: "EUR 85,000 – 105,000 a year", "USD 30 – 75 an
 * hour (about 62,400 – 156,000 a year)", "up to GBP 80,000 a year". Nothing for a zero.
 */
export function formatSalary(job: Pick<JobRow, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>): string | null {
  const min = job.salaryMin && job.salaryMin > 0 ? job.salaryMin : null;
  const max = job.salaryMax && job.salaryMax > 0 ? job.salaryMax : null;
  if (min === null && max === null) return null;
  const period = job.salaryPeriod ?? 'year';
  const figures = (per: PayPeriod): number[] => {
    const low = min === null ? null : fromYearly(min, per);
    const high = max === null ? null : fromYearly(max, per);
    return low !== null && high !== null && low !== high ? [low, high] : [(low ?? high)!];
  };
  const [first, second] = figures(period);
  const stated = `${min === null ? 'up to ' : ''}${formatMoney(first!, job.salaryCurrency)}${second === undefined ? '' : ` – ${second.toLocaleString('en-US')}`} ${PER[period]}`;
  if (period === 'year') return stated;
  return `${stated} (about ${figures('year').map((amount) => amount.toLocaleString('en-US')).join(' – ')} a year)`;
}

/** "#3 · Senior Engineer at Acme": how an application is named in every reply. */
export function applicationTitle(seq: number, job: JobRow): string {
  return `#${seq} · ${job.title} at ${job.company}`;
}
