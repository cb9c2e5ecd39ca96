import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { addDays } from '../../src/domain/followups/calendarDays.js';
import { appliedPrompt, thankYouPrompt } from '../../src/domain/followups/followupPlan.js';

const settings = loadConfig({}).followups;
const business = { ...settings, businessDays: true };
// Friday 6 November 2026, 16:00 UTC.
const application = { id: 3, state: 'applied', stateChangedAt: new Date('2026-11-06T16:00:00Z') };
const prompt = (now: string, answers: Parameters<typeof appliedPrompt>[1] = null, config = settings) => appliedPrompt(application, answers, config, 'UTC', new Date(now));

describe('addDays', () => {
  it('counts calendar days, or skips weekends when asked', () => {
    expect(addDays(application.stateChangedAt, 7, 'UTC', false).toISOString()).toBe('2026-11-13T16:00:00.000Z');
    expect(addDays(application.stateChangedAt, 7, 'UTC', true).toISOString()).toBe('2026-11-17T16:00:00.000Z');
    expect(addDays(new Date('2026-11-07T10:00:00Z'), 1, 'UTC', true).toISOString()).toBe('2026-11-09T10:00:00.000Z');
  });

  it('keeps the local time across a clock change', () => {
    expect(addDays(new Date('2026-10-20T07:00:00Z'), 7, 'Europe/Berlin', false).toISOString()).toBe('2026-10-27T08:00:00.000Z');
  });
});

describe('appliedPrompt', () => {
  it('nothing before day 7, the day-7 prompt, then the day-14 one, under different keys', () => {
    expect(prompt('2026-11-13T15:59:59Z')).toBeNull();
    const seven = prompt('2026-11-13T16:00:00Z')!;
    expect(seven).toMatchObject({ days: 7, dueAt: new Date('2026-11-13T16:00:00Z') });
    const fourteen = prompt('2026-11-20T16:00:00Z')!;
    expect(fourteen.days).toBe(14);
    expect(fourteen.key).not.toBe(seven.key);
  });

  it('someone back after a while gets one prompt, the latest; a week after the last stage, none', () => {
    expect(prompt('2026-11-25T00:00:00Z')?.days).toBe(14);
    expect(prompt('2026-11-27T15:59:59Z')?.days).toBe(14);
    expect(prompt('2026-11-27T16:00:01Z')).toBeNull();
    expect(prompt('2027-01-10T00:00:00Z')).toBeNull();
  });

  it('business days put day 7 on the second Tuesday', () => {
    expect(prompt('2026-11-16T16:00:00Z', null, business)).toBeNull();
    expect(prompt('2026-11-17T16:00:00Z', null, business)?.days).toBe(7);
  });

  it('a snooze holds it, then brings it back under a key of its own; a stop ends it', () => {
    const snoozedUntil = new Date('2026-11-16T16:00:00Z');
    expect(prompt('2026-11-15T00:00:00Z', { snoozedUntil, stoppedAt: null })).toBeNull();
    const back = prompt('2026-11-16T16:00:00Z', { snoozedUntil, stoppedAt: null })!;
    expect(back.dueAt).toEqual(snoozedUntil);
    expect(back.key).not.toBe(prompt('2026-11-16T16:00:00Z')!.key);
    expect(prompt('2026-11-20T16:00:00Z', { snoozedUntil: null, stoppedAt: new Date('2026-11-14T00:00:00Z') })).toBeNull();
  });

  it('an application that moved on is not prompted', () => {
    expect(appliedPrompt({ ...application, state: 'screening' }, null, settings, 'UTC', new Date('2026-11-20T16:00:00Z'))).toBeNull();
  });
});

describe('thankYouPrompt', () => {
  const interview = { id: 9, startsAt: new Date('2026-11-24T15:00:00Z'), durationMinutes: 60, outcome: 'pending' };
  it('comes the next morning at the given time, for a few days at most', () => {
    expect(thankYouPrompt(interview, null, settings, 'Europe/Berlin', '09:00', new Date('2026-11-25T07:59:00Z'))).toBeNull();
    expect(thankYouPrompt(interview, null, settings, 'Europe/Berlin', '09:00', new Date('2026-11-25T08:00:00Z'))?.dueAt).toEqual(new Date('2026-11-25T08:00:00Z'));
    expect(thankYouPrompt(interview, null, settings, 'Europe/Berlin', '09:00', new Date('2026-12-05T08:00:00Z'))).toBeNull();
  });

  it('not for a cancelled interview, nor when switched off', () => {
    const now = new Date('2026-11-25T09:00:00Z');
    expect(thankYouPrompt({ ...interview, outcome: 'cancelled' }, null, settings, 'UTC', '09:00', now)).toBeNull();
    expect(thankYouPrompt(interview, null, { ...settings, thankYou: false }, 'UTC', '09:00', now)).toBeNull();
  });
});
