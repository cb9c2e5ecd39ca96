import { DateTime } from 'luxon';
import type { InterviewRow } from '../../models/interviews.js';
import type { JobRow } from '../../models/jobs.js';

/**
 * One thing for a person's calendar, in words any calendar (an .ics file, a feed, Google)
 * can take. Times are zoned: an interview in the zone it was given in, a deadline as the
 * person's own calendar date.
 */
export interface CalendarEntry {
  /** Stable across edits and runs: the same entry is updated, never added twice. */
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  start: DateTime;
  end: DateTime;
  allDay: boolean;
  /** Popup reminders, in minutes before the start, or before the end for a deadline (the end of its day). */
  alarmsMinutes: readonly number[];
  alarmsBefore: 'start' | 'end';
}

/** The short name people see in their calendar: "Data Engineer at Globex". */
function roleAt(job: Pick<JobRow, 'title' | 'company'>): string {
  return `${job.title} at ${job.company}`;
}

/** An interview: its type, time and length, where, and who with. */
export function interviewEntry(seq: number, job: Pick<JobRow, 'title' | 'company' | 'url'>, interview: InterviewRow, alarmsMinutes: readonly number[]): CalendarEntry {
  const start = DateTime.fromJSDate(interview.startsAt, { zone: interview.timezone });
  const lines = [`${capitalised(interview.kind)} interview for ${roleAt(job)} (Jobscout #${seq}, interview ${seq}.${interview.seq}).`];
  if (interview.interviewers) lines.push(`With: ${interview.interviewers}`);
  if (job.url) lines.push(`Posting: ${job.url}`);
  return {
    uid: `interview-${interview.id}@jobscout`,
    summary: `Interview: ${roleAt(job)}`,
    description: lines.join('\n'),
    location: interview.location,
    start,
    end: start.plus({ minutes: interview.durationMinutes }),
    allDay: false,
    alarmsMinutes,
    alarmsBefore: 'start',
  };
}

/** A deadline, on the person's calendar date that it falls on (in `zone`). */
export function deadlineEntry(kind: 'application' | 'offer', id: number, seq: number, job: Pick<JobRow, 'title' | 'company' | 'url'>, deadline: Date, zone: string, alarmsMinutes: readonly number[]): CalendarEntry {
  const day = DateTime.fromJSDate(deadline, { zone }).startOf('day');
  const what = kind === 'offer' ? 'Answer the offer' : 'Apply';
  const lines = [`${what} by today: ${roleAt(job)} (Jobscout #${seq}).`];
  if (job.url) lines.push(`Posting: ${job.url}`);
  return {
    uid: `${kind}-deadline-${id}@jobscout`,
    summary: `${kind === 'offer' ? 'Offer deadline' : 'Deadline to apply'}: ${roleAt(job)}`,
    description: lines.join('\n'),
    location: null,
    start: day,
    end: day.plus({ days: 1 }),
    allDay: true,
    alarmsMinutes,
    // "3 hours before" a deadline means 21:00 on its day, not on the evening before it.
    alarmsBefore: 'end',
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Long enough to write a short email; a reminder, not a meeting.
const FOLLOWUP_MINUTES = 15;

/** A follow-up due: a short event at the moment Jobscout would suggest it. */
export function followupEntry(applicationId: number, appliedAt: Date, days: number, seq: number, job: Pick<JobRow, 'title' | 'company' | 'url'>, dueAt: Date, zone: string, alarmsMinutes: readonly number[]): CalendarEntry {
  const start = DateTime.fromJSDate(dueAt, { zone });
  return {
    // One per stage of one application (re-applying starts new ones).
    uid: `followup-${applicationId}-${appliedAt.getTime()}-d${days}@jobscout`,
    summary: `Follow up: ${roleAt(job)}`,
    description: `${days} days since you applied with no news (Jobscout #${seq}). A short, friendly note to the recruiter often gets things moving.${job.url ? `\nPosting: ${job.url}` : ''}`,
    location: null,
    start,
    end: start.plus({ minutes: FOLLOWUP_MINUTES }),
    allDay: false,
    alarmsMinutes,
    alarmsBefore: 'start',
  };
}
