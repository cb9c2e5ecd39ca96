import { describe, expect, it } from 'vitest';
import { backoffSteps, dueStep, nothingLeft, parseSteps, plannedSteps, stepKey, stepKind } from '../../src/domain/followups/sequencePlan.js';

// Applied on Friday 6 November 2026 at 16:00 UTC.
const anchorAt = new Date('2026-11-06T16:00:00Z');
const plan = (strategy: string, steps: number[], zone = 'UTC') => plannedSteps({ steps, strategy, anchorAt }, zone, '09:00');
const iso = (steps: ReturnType<typeof plan>) => steps.map((step) => step.dueAt.toISOString());

describe('sequence timing', () => {
  it('fixed: calendar days after applying, at the morning time', () => {
    expect(iso(plan('fixed', [3, 7, 14]))).toEqual(['2026-11-09T09:00:00.000Z', '2026-11-13T09:00:00.000Z', '2026-11-20T09:00:00.000Z']);
  });

  it('business: weekdays only, so 3 business days after a Friday is the Wednesday', () => {
    expect(iso(plan('business', [3, 7, 14]))).toEqual(['2026-11-11T09:00:00.000Z', '2026-11-17T09:00:00.000Z', '2026-11-26T09:00:00.000Z']);
  });

  it('backoff: each wait twice the last, from the first day typed', () => {
    expect(backoffSteps(3, 3)).toEqual([3, 6, 12]);
    expect(parseSteps('3', 'backoff')).toEqual([3, 6, 12]);
    expect(parseSteps('2, 9, 9, 9', 'backoff')).toEqual([2, 4, 8, 16]);
    expect(iso(plan('backoff', parseSteps('3', 'backoff')))).toEqual(['2026-11-09T09:00:00.000Z', '2026-11-12T09:00:00.000Z', '2026-11-18T09:00:00.000Z']);
  });

  it('in the person’s zone: 09:00 in Berlin', () => {
    expect(iso(plan('fixed', [3], 'Europe/Berlin'))).toEqual(['2026-11-09T08:00:00.000Z']);
  });

  it('refuses days that are not whole days from 1 to 90, or a backoff that runs past day 90', () => {
    expect(() => parseSteps('0, 7', 'fixed')).toThrow('Days are whole numbers from 1 to 90');
    expect(() => parseSteps('three', 'fixed')).toThrow('Days are whole numbers');
    expect(() => parseSteps('30, 60, 120', 'fixed')).toThrow('Days are whole numbers');
    expect(() => parseSteps('30, 1, 1', 'backoff')).toThrow('the last step would fall after day 90');
    expect(parseSteps('14 7 3 7', 'fixed')).toEqual([3, 7, 14]);
  });
});

describe('dueStep', () => {
  const steps = plan('fixed', [3, 7, 14]);
  const at = (value: string) => new Date(value);

  it('nothing before the first step; then the latest step that has come, once', () => {
    expect(dueStep(steps, new Set(), at('2026-11-09T08:59:00Z'))).toBeNull();
    expect(dueStep(steps, new Set(), at('2026-11-09T09:00:00Z'))?.index).toBe(0);
    expect(dueStep(steps, new Set([3]), at('2026-11-10T09:00:00Z'))).toBeNull();
    // Back after eleven days with nothing done: one email, the day-7 one, not two.
    expect(dueStep(steps, new Set(), at('2026-11-17T09:00:00Z'))?.index).toBe(1);
  });

  it('a step more than a week late has had its moment', () => {
    expect(dueStep(steps, new Set([3, 7]), at('2026-11-28T09:00:01Z'))).toBeNull();
    expect(nothingLeft(steps, new Set([3, 7]), at('2026-11-28T09:00:01Z'))).toBe(true);
    expect(nothingLeft(steps, new Set([3]), at('2026-11-20T09:00:00Z'))).toBe(false);
  });

  it('keys name the application, the applying and the step by its day, so changing the days repeats and skips nothing', () => {
    expect(stepKey(7, anchorAt, 14)).toBe('sequence:7:2026-11-06T16:00:00.000Z:d14');
    // Day 3 sent, then the days become 1, 3, 7, 14 on day 4: day 3 is not due again, nor is day 1 (earlier than one sent).
    const changed = plan('fixed', [1, 3, 7, 14]);
    expect(dueStep(changed, new Set([3]), at('2026-11-10T10:00:00Z'))).toBeNull();
    // Day 3 sent, then 7 and 14 only: day 7 still comes.
    expect(dueStep(plan('fixed', [7, 14]), new Set([3]), at('2026-11-13T09:00:00Z'))?.days).toBe(7);
  });

  it('the first step says "I applied", the last checks in, those between follow up', () => {
    expect([stepKind(0, 3, 3), stepKind(1, 3, 7), stepKind(2, 3, 14)]).toEqual(['applied-3', 'applied-7', 'applied-14']);
    expect([stepKind(0, 3, 2), stepKind(1, 3, 4), stepKind(2, 3, 5)]).toEqual(['applied-3', 'applied-7', 'applied-14']);
    expect(stepKind(0, 1, 10)).toBe('applied-7');
  });
});
