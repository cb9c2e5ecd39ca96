import { describe, expect, it } from 'vitest';
import { isReminderStillUseful, planReminders, reminderDeliveryKey } from '../../src/domain/reminders/interviewReminderPlan.js';

const starts = new Date('2026-11-26T15:00:00Z');
const offsets = [1440, 60, 15];

describe('planning interview reminders', () => {
  it('plans each offset before the start, earliest first', () => {
    expect(planReminders(starts, offsets, new Date('2026-11-24T10:00:00Z')).map((r) => [r.offsetMinutes, r.dueAt.toISOString()])).toEqual([
      [1440, '2026-11-25T15:00:00.000Z'],
      [60, '2026-11-26T14:00:00.000Z'],
      [15, '2026-11-26T14:45:00.000Z'],
    ]);
  });

  it('drops reminders already due (boundary: due exactly now is dropped)', () => {
    expect(planReminders(starts, offsets, new Date('2026-11-26T14:00:00Z')).map((r) => r.offsetMinutes)).toEqual([15]);
    expect(planReminders(starts, offsets, new Date('2026-11-26T13:59:59Z')).map((r) => r.offsetMinutes)).toEqual([60, 15]);
    expect(planReminders(starts, offsets, new Date('2026-11-26T15:00:00Z'))).toEqual([]);
  });

  it('ignores duplicate offsets', () => {
    expect(planReminders(starts, [60, 60, 15], new Date('2026-11-24T10:00:00Z'))).toHaveLength(2);
  });
});

describe('whether a due reminder is still worth sending', () => {
  it('sends on time', () => {
    expect(isReminderStillUseful(starts, 1440, offsets, new Date('2026-11-25T15:00:00Z'))).toBe(true);
  });
  it('skips once the interview has started', () => {
    expect(isReminderStillUseful(starts, 15, offsets, new Date('2026-11-26T15:00:00Z'))).toBe(false);
    expect(isReminderStillUseful(starts, 15, offsets, new Date('2026-11-26T14:59:59Z'))).toBe(true);
  });
  it('skips a late "1 day" reminder when the "1 hour" one is already due (after downtime)', () => {
    expect(isReminderStillUseful(starts, 1440, offsets, new Date('2026-11-26T14:00:00Z'))).toBe(false);
    expect(isReminderStillUseful(starts, 1440, offsets, new Date('2026-11-26T13:59:00Z'))).toBe(true);
    expect(isReminderStillUseful(starts, 60, offsets, new Date('2026-11-26T14:50:00Z'))).toBe(false);
  });
  it('keys a delivery by interview, offset and start, so a moved interview is reminded again', () => {
    expect(reminderDeliveryKey(7, 60, starts)).toBe('interview:7:reminder:60:2026-11-26T15:00:00.000Z');
    expect(reminderDeliveryKey(7, 60, new Date('2026-11-27T15:00:00Z'))).not.toBe(reminderDeliveryKey(7, 60, starts));
  });
});
