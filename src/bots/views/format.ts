import { DateTime } from 'luxon';
import { formatMoney } from '../../domain/ats/money.js';
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

export function formatSalary(job: JobRow): string | null {
  if (job.salaryMin === null && job.salaryMax === null) return null;
  if (job.salaryMin !== null && job.salaryMax !== null && job.salaryMin !== job.salaryMax) {
    return `${formatMoney(job.salaryMin, job.salaryCurrency)} – ${job.salaryMax.toLocaleString('en-US')}`;
  }
  return formatMoney((job.salaryMin ?? job.salaryMax)!, job.salaryCurrency);
}

/** "#3 · Senior Engineer at Acme": how an application is named in every reply. */
export function applicationTitle(seq: number, job: JobRow): string {
  return `#${seq} · ${job.title} at ${job.company}`;
}
