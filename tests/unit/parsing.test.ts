import { describe, expect, it } from 'vitest';
import { parseAddText } from '../../src/bots/commands/add.js';
import { parsePositional, tokenize } from '../../src/bots/commands/textArgs.js';
import { parseMoney } from '../../src/domain/ats/money.js';
import { parseDate, parseWhen } from '../../src/domain/ats/when.js';
import { parseInterviewRef } from '../../src/domain/ats/interviews.js';

describe('reading /job add', () => {
  it('splits on the last " at " and takes a trailing link', () => {
    expect(parseAddText('Senior Engineer at Acme https://acme.example/jobs/1')).toEqual({ title: 'Senior Engineer', company: 'Acme', url: 'https://acme.example/jobs/1' });
    expect(parseAddText('Head of Data at AT at T')).toEqual({ title: 'Head of Data at AT', company: 'T', url: undefined });
    expect(parseAddText('Engineer AT Initech')).toEqual({ title: 'Engineer', company: 'Initech', url: undefined });
    expect(() => parseAddText('Engineer')).toThrow('Write the title, "at", then the company');
  });
});

describe('positional arguments', () => {
  const options = [
    { name: 'id', description: '', type: 'application' as const, required: true },
    { name: 'state', description: '', type: 'state' as const, required: true },
    { name: 'reason', description: '', type: 'string' as const, required: false, rest: true },
  ];
  it('keeps quoted words together and gives the rest to the last option', () => {
    expect(tokenize('3 "final round" x')).toEqual(['3', 'final round', 'x']);
    expect(parsePositional('3 "final round" they  liked me', options, 'u')).toEqual({ id: '3', state: 'final round', reason: 'they  liked me' });
  });
  it('refuses extra words when no option takes the rest', () => {
    expect(() => parsePositional('3 4', options.slice(0, 1), '/job show <id>')).toThrow('Too many arguments. Usage: /job show <id>');
  });
});

describe('money', () => {
  it.each([
    ['120000', 120000, null],
    ['120,000', 120000, null],
    ['120k EUR', 120000, 'EUR'],
    ['$95,500', 95500, 'USD'],
    ['£70k', 70000, 'GBP'],
    ['95.5k chf', 95500, 'CHF'],
    ['USD 1.2m', 1200000, 'USD'],
  ])('%s', (input, amount, currency) => {
    expect(parseMoney(input, 'base')).toEqual({ amount, currency });
  });
  it.each(['lots', '12 apples', '-5', 'EUR 5 USD', '5kk'])('refuses %s', (input) => {
    expect(() => parseMoney(input, 'base')).toThrow(/Base: ".*" is not an amount/);
  });
});

describe('dates and times', () => {
  const now = new Date('2026-03-28T12:00:00Z'); // the day before Europe's clocks go forward

  it('places wall-clock times in the zone across a daylight-saving change', () => {
    expect(parseWhen('tomorrow 10:00', 'Europe/Berlin', now).at.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(parseWhen('2026-03-28 10:00', 'Europe/Berlin', now).at.toISOString()).toBe('2026-03-28T09:00:00.000Z');
  });
  it('takes a zone written at the end', () => {
    expect(parseWhen('2026-04-02 09:30 America/Los_Angeles', 'Europe/Berlin', now)).toEqual({ at: new Date('2026-04-02T16:30:00.000Z'), zone: 'America/Los_Angeles' });
  });
  it('asks for a time of day rather than guess one', () => {
    expect(() => parseWhen('tomorrow', 'UTC', now)).toThrow('When: "tomorrow" has no time of day. Add one, e.g. "tomorrow 14:00".');
  });
  it('refuses text that merely contains a date', () => {
    expect(() => parseWhen('tomorrow 10:00 or so', 'UTC', now)).toThrow('is not a date and time');
    expect(() => parseDate('2026-12-01 probably', 'UTC', now, 'deadline')).toThrow('Deadline: "2026-12-01 probably" is not a date.');
  });
  it('reads calendar dates', () => {
    expect(parseDate('2027-01-15', 'UTC', now, 'start date')).toBe('2027-01-15');
    expect(parseDate('next friday', 'UTC', now, 'deadline')).toBe('2026-04-03');
  });
});

describe('interview references', () => {
  it('reads 3.2, #3.2 and 3', () => {
    expect(parseInterviewRef('3.2')).toEqual({ seq: 3, interviewSeq: 2 });
    expect(parseInterviewRef('#3.2')).toEqual({ seq: 3, interviewSeq: 2 });
    expect(parseInterviewRef('3')).toEqual({ seq: 3, interviewSeq: null });
    expect(() => parseInterviewRef('3.x')).toThrow('"3.x" is not an interview.');
  });
});
