import { DateTime } from 'luxon';
import { UserError } from '../errors.js';
import { addDays } from './calendarDays.js';

export const STRATEGIES = ['fixed', 'business', 'backoff'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const STRATEGY_LABELS: Record<Strategy, string> = {
  fixed: 'fixed days',
  business: 'business days (weekdays only)',
  backoff: 'backoff (each wait twice the last)',
};

export const DEFAULT_STEPS = [3, 7, 14];
const MAX_STEPS = 6;
const MAX_DAY = 90;

// A step not acted on within a week has had its moment: the next one follows, or nothing.
const STEP_WINDOW_MS = 7 * 24 * 60 * 60_000;

/** Backoff: the first wait, then each twice the one before: 3 → 3, 6, 12. */
export function backoffSteps(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => first * 2 ** index);
}

/**
 * Reads the days of a sequence as typed ("3, 7, 14"). For backoff only the first counts and the
 * number of steps follows from the list's length ("3,6,12" or "3" for 3, 6, 12).
 */
export function parseSteps(text: string, strategy: Strategy): number[] {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  const days = parts.map(Number);
  if (!parts.length || days.some((day) => !Number.isInteger(day) || day < 1 || day > MAX_DAY)) {
    throw new UserError('bad_steps', `Days are whole numbers from 1 to ${MAX_DAY}, after applying, like 3, 7, 14.`, 'steps');
  }
  if (days.length > MAX_STEPS) throw new UserError('bad_steps', `A sequence has at most ${MAX_STEPS} steps.`, 'steps');
  if (strategy === 'backoff') {
    const steps = backoffSteps(days[0]!, days.length === 1 ? 3 : days.length);
    if (steps.at(-1)! > MAX_DAY) throw new UserError('bad_steps', `With backoff from day ${days[0]}, the last step would fall after day ${MAX_DAY}: start earlier or take fewer steps.`, 'steps');
    return steps;
  }
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  return sorted;
}

/** When step `days` comes: that many (business) days after applying, at the person's morning time. */
export function stepDueAt(anchorAt: Date, days: number, strategy: Strategy, zone: string, morning: string): Date {
  const day = DateTime.fromJSDate(addDays(anchorAt, days, zone, strategy === 'business'), { zone });
  const [hour, minute] = morning.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

/**
 * The delivery key of one step: the same on every round, worker and restart. Steps are known by
 * their day, not their place, so changing the days neither repeats a step sent nor skips one.
 */
export function stepKey(applicationId: number, anchorAt: Date, days: number): string {
  return `sequence:${applicationId}:${anchorAt.toISOString()}:d${days}`;
}

export interface PlannedStep {
  index: number;
  days: number;
  dueAt: Date;
}

export function plannedSteps(sequence: { steps: number[]; strategy: string; anchorAt: Date }, zone: string, morning: string): PlannedStep[] {
  return sequence.steps.map((days, index) => ({ index, days, dueAt: stepDueAt(sequence.anchorAt, days, sequence.strategy as Strategy, zone, morning) }));
}

/**
 * The step due now: the latest that has come, within a week of its moment, unless it or a later
 * one (by day) has been handled already. Someone back after ten days gets one email, not two.
 */
export function dueStep(steps: readonly PlannedStep[], handledDays: ReadonlySet<number>, now: Date): PlannedStep | null {
  const step = steps.filter((candidate) => candidate.dueAt <= now).at(-1);
  if (!step || now.getTime() - step.dueAt.getTime() > STEP_WINDOW_MS) return null;
  if ([...handledDays].some((days) => days >= step.days)) return null;
  return step;
}

/** Whether nothing is left to come: every step not handled has had its moment and its week. */
export function nothingLeft(steps: readonly PlannedStep[], handledDays: ReadonlySet<number>, now: Date): boolean {
  return steps.every((step) => handledDays.has(step.days) || now.getTime() - step.dueAt.getTime() > STEP_WINDOW_MS || [...handledDays].some((days) => days > step.days));
}

/** The message of a step: the first says "I applied", the last checks in, those between follow up. */
export function stepKind(index: number, count: number, days: number): 'applied-3' | 'applied-7' | 'applied-14' {
  if (index === 0 && days < 7) return 'applied-3';
  if (index === count - 1 && count > 1) return 'applied-14';
  return 'applied-7';
}
