import { describe, expect, it } from 'vitest';
import { digestDeliveryKey, digestSlot } from '../../src/domain/digest/digestSlot.js';
import { parseDigestSetting } from '../../src/domain/people/preferences.js';

const slot = (now: string, zone: string, time = '09:00', late = 6) => digestSlot(new Date(now), zone, time, late);

describe('digestSlot', () => {
  it('comes at the local time and names the local day', () => {
    expect(slot('2026-11-24T07:59:59Z', 'Europe/Berlin')).toBeNull();
    expect(slot('2026-11-24T08:00:00Z', 'Europe/Berlin')).toEqual({ localDate: '2026-11-24', at: new Date('2026-11-24T08:00:00Z') });
    expect(slot('2026-11-24T17:00:00Z', 'America/Los_Angeles')).toEqual({ localDate: '2026-11-24', at: new Date('2026-11-24T17:00:00Z') });
  });

  it('follows the clock change: 07:00 UTC in Berlin summer, 08:00 UTC in winter', () => {
    expect(slot('2026-10-24T07:00:00Z', 'Europe/Berlin')?.localDate).toBe('2026-10-24');
    expect(slot('2026-10-25T07:00:00Z', 'Europe/Berlin')).toBeNull();
    expect(slot('2026-10-25T08:00:00Z', 'Europe/Berlin')?.localDate).toBe('2026-10-25');
  });

  it('on the spring-forward night, a time that does not exist moves to the first valid minute', () => {
    // 29 March 2026: Berlin clocks jump from 02:00 to 03:00.
    expect(slot('2026-03-29T00:59:00Z', 'Europe/Berlin', '02:30')).toBeNull();
    expect(slot('2026-03-29T01:30:00Z', 'Europe/Berlin', '02:30')?.localDate).toBe('2026-03-29');
  });

  it('a slot missed by more than the allowed lateness waits for the next day', () => {
    expect(slot('2026-11-24T14:00:00Z', 'Europe/Berlin')).not.toBeNull();
    expect(slot('2026-11-24T14:00:01Z', 'Europe/Berlin')).toBeNull();
  });

  it('the local date, not the UTC one, keys the delivery', () => {
    // 23:30 in Los Angeles is already the next day in UTC.
    expect(slot('2026-11-25T07:30:00Z', 'America/Los_Angeles', '23:30')?.localDate).toBe('2026-11-24');
    expect(digestDeliveryKey(7, '2026-11-24')).toBe('digest:7:2026-11-24');
  });
});

describe('parseDigestSetting', () => {
  it.each([
    ['09:00', { enabled: true, time: '09:00', zone: null }],
    ['7am America/New_York', { enabled: true, time: '07:00', zone: 'America/New_York' }],
    ['12pm', { enabled: true, time: '12:00', zone: null }],
    ['8.30 europe/berlin', { enabled: true, time: '08:30', zone: 'Europe/Berlin' }],
    ['off', { enabled: false, time: null, zone: null }],
  ])('%s', (text, expected) => {
    expect(parseDigestSetting(text)).toEqual(expected);
  });

  it.each([
    ['25:00', 'Write a time of day such as 09:00'],
    ['13pm', 'Write a time of day such as 09:00'],
    ['soon', 'Write a time of day such as 09:00'],
    ['09:00 Mars/Olympus', '"Mars/Olympus" is not a time zone Jobscout knows'],
  ])('refuses %s', (text, message) => {
    expect(() => parseDigestSetting(text)).toThrow(message);
  });
});
