import { DateTime } from 'luxon';
import type { Config } from '../../config.js';
import type { FollowupRow } from '../../models/followups.js';
import { addDays } from './calendarDays.js';

/** A follow-up prompt that is due now, under the delivery key that makes it go out once. */
export interface DuePrompt {
  key: string;
  dueAt: Date;
  /** When the stage itself came, before any snooze: a follow-up made since then settles it. */
  stageDueAt: Date;
  /** For an application sitting in `applied`: how many days it has sat (7, 14). */
  days?: number;
}

type Answers = Pick<FollowupRow, 'snoozedUntil' | 'stoppedAt'> | null;

// A prompt not acted on within a week has had its say: the next stage follows, or, after the
// last one, nothing (the application has most likely gone quiet for good).
const STAGE_WINDOW_MS = 7 * 24 * 60 * 60_000;

/**
 * A snoozed prompt comes back when the snooze ends, under a key of its own; while snoozed, or
 * once stopped, nothing is due.
 */
function afterAnswers(answers: Answers, key: string, dueAt: Date, now: Date): DuePrompt | null {
  if (answers?.stoppedAt) return null;
  const snoozed = answers?.snoozedUntil ?? null;
  if (snoozed && snoozed > now) return null;
  const moved = snoozed && snoozed > dueAt;
  return { key: moved ? `${key}:snoozed:${snoozed.toISOString()}` : key, dueAt: moved ? snoozed : dueAt, stageDueAt: dueAt };
}

/**
 * The prompt for an application that has sat in `applied` since it was applied to: the latest
 * stage (7 days, then 14) that has come, so someone back after ten days gets one prompt, not
 * two; for a week from when it came (or from the end of a snooze), then no more.
 */
export function appliedPrompt(
  application: { id: number; state: string; stateChangedAt: Date },
  answers: Answers,
  settings: Config['followups'],
  zone: string,
  now: Date,
): DuePrompt | null {
  if (application.state !== 'applied') return null;
  const stages = [...settings.appliedDays].sort((a, b) => a - b).map((days) => ({ days, dueAt: addDays(application.stateChangedAt, days, zone, settings.businessDays) }));
  const stage = stages.filter((candidate) => candidate.dueAt <= now).at(-1);
  if (!stage) return null;
  const due = afterAnswers(answers, `followup:${application.id}:${application.stateChangedAt.toISOString()}:d${stage.days}`, stage.dueAt, now);
  if (!due || now.getTime() - due.dueAt.getTime() > STAGE_WINDOW_MS) return null;
  return { ...due, days: stage.days };
}

/**
 * The thank-you prompt after an interview: the next local morning (at the person's digest time),
 * for a few days at most, so an interview long past is not brought up.
 */
export function thankYouPrompt(
  interview: { id: number; startsAt: Date; durationMinutes: number; outcome: string },
  answers: Answers,
  settings: Config['followups'],
  zone: string,
  morning: string,
  now: Date,
): DuePrompt | null {
  if (!settings.thankYou || interview.outcome === 'cancelled') return null;
  const ended = DateTime.fromJSDate(interview.startsAt, { zone }).plus({ minutes: interview.durationMinutes });
  const [hour, minute] = morning.split(':').map(Number);
  const dueAt = ended.plus({ days: 1 }).startOf('day').set({ hour, minute }).toJSDate();
  const lastDay = DateTime.fromJSDate(dueAt).plus({ days: settings.snoozeDays + 1 }).toJSDate();
  if (now < dueAt || now > lastDay) return null;
  return afterAnswers(answers, `thankyou:${interview.id}:${interview.startsAt.toISOString()}`, dueAt, now);
}
