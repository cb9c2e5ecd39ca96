import { describe, expect, it } from 'vitest';
import { deadlineDistance, endOfDay, formatDeadline, isDateOnly, postingDeadline } from '../../src/domain/deadlines/deadlineInstant.js';
import { dueDeadlineOffset } from '../../src/domain/deadlines/deadlineReminderPlan.js';

const HOUR = 3_600_000;
const OFFSETS = [4320, 1440, 180];

describe('a deadline given as a date', () => {
  it('ends at 23:59 of that day in the person’s zone, east or west of Greenwich', () => {
    expect(endOfDay('2026-12-04', 'Europe/Berlin').toISOString()).toBe('2026-12-04T22:59:00.000Z');
    expect(endOfDay('2026-12-04', 'America/Los_Angeles').toISOString()).toBe('2026-12-05T07:59:00.000Z');
    expect(endOfDay('2026-07-04', 'Europe/Berlin').toISOString()).toBe('2026-07-04T21:59:00.000Z');
  });

  it("reads a posting's date-only closing date (midnight UTC) as that whole day, and keeps a real time", () => {
    expect(postingDeadline(new Date('2026-12-10T00:00:00Z'), 'America/New_York').toISOString()).toBe('2026-12-11T04:59:00.000Z');
    expect(postingDeadline(new Date('2026-12-10T17:00:00Z'), 'America/New_York').toISOString()).toBe('2026-12-10T17:00:00.000Z');
  });

  it('shows a date alone without a time, and a timed one with its zone', () => {
    const dateOnly = endOfDay('2026-12-04', 'Asia/Tokyo');
    expect(isDateOnly(dateOnly, 'Asia/Tokyo')).toBe(true);
    expect(formatDeadline(dateOnly, 'Asia/Tokyo')).toBe('Fri 4 Dec 2026');
    expect(formatDeadline(new Date('2026-12-04T08:00:00Z'), 'Asia/Tokyo')).toBe('Fri 4 Dec 2026, 17:00 Asia/Tokyo');
  });

  it('counts the distance in calendar days, and in hours on the day itself', () => {
    const at = endOfDay('2026-12-04', 'Europe/Berlin');
    expect(deadlineDistance(at, 'Europe/Berlin', new Date('2026-12-03T22:59:00Z'))).toBe('tomorrow');
    expect(deadlineDistance(at, 'Europe/Berlin', new Date('2026-12-01T22:59:00Z'))).toBe('in 3 days');
    expect(deadlineDistance(at, 'Europe/Berlin', new Date('2026-12-04T19:59:00Z'))).toBe('in 3 hours');
    expect(deadlineDistance(at, 'Europe/Berlin', new Date('2026-12-06T10:00:00Z'))).toBe('2 days ago');
  });
});

describe('which deadline reminder is due', () => {
  const deadline = new Date('2026-12-10T12:00:00Z');
  const longAgo = new Date('2026-11-01T00:00:00Z');
  const before = (hours: number) => new Date(deadline.getTime() - hours * HOUR);

  it('none before the first mark, the 3-day one from its moment, the closest once several have come', () => {
    expect(dueDeadlineOffset(deadline, longAgo, OFFSETS, before(72.1))).toBeNull();
    expect(dueDeadlineOffset(deadline, longAgo, OFFSETS, before(72))).toBe(4320);
    expect(dueDeadlineOffset(deadline, longAgo, OFFSETS, before(30))).toBe(4320);
    expect(dueDeadlineOffset(deadline, longAgo, OFFSETS, before(23))).toBe(1440);
    expect(dueDeadlineOffset(deadline, longAgo, OFFSETS, before(2))).toBe(180);
    expect(dueDeadlineOffset(deadline, longAgo, OFFSETS, deadline)).toBeNull();
  });

  it('not one whose moment passed before the deadline was known', () => {
    const setTwoDaysOut = before(48);
    expect(dueDeadlineOffset(deadline, setTwoDaysOut, OFFSETS, before(47))).toBeNull();
    expect(dueDeadlineOffset(deadline, setTwoDaysOut, OFFSETS, before(24))).toBe(1440);
  });
});
