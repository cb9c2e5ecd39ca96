import { describe, expect, it } from 'vitest';
import { funnelOf } from '../../src/domain/analytics/funnel.js';
import { outcomeOf, type OutcomeEvent } from '../../src/domain/analytics/outcomes.js';
import { clearlyDifferent, wilson } from '../../src/domain/analytics/wilson.js';

const at = (day: number) => new Date(Date.UTC(2026, 9, 1 + day, 10));
const events = (...moves: [string | null, number][]): OutcomeEvent[] => moves.map(([toState, day]) => ({ toState, occurredAt: at(day) }));

describe('outcomes from an application\'s events', () => {
  it('counts each stage from the first move that reaches it, earlier stages included', () => {
    const outcome = outcomeOf(events(['saved', 0], ['applied', 1], [null, 2], ['interviewing', 5], ['offer', 12], ['accepted', 14]), at(20), 30);
    expect(outcome.reached).toEqual({ applied: at(1), response: at(5), interview: at(5), offer: at(12), accepted: at(14) });
    expect([outcome.rejected, outcome.ghosted]).toEqual([null, false]);
  });

  it('calls an unanswered application ghosted after the configured quiet days, or when moved there by hand', () => {
    const sent = events(['saved', 0], ['applied', 1]);
    expect(outcomeOf(sent, at(30), 30).ghosted).toBe(false);
    expect(outcomeOf(sent, at(31), 30).ghosted).toBe(true);
    expect(outcomeOf(events(['saved', 0], ['applied', 1], ['ghosted', 9]), at(10), 30).ghosted).toBe(true);
    // An answer, even a no, is not silence.
    expect(outcomeOf(events(['saved', 0], ['applied', 1], ['rejected', 4]), at(60), 30)).toMatchObject({ rejected: at(4), ghosted: false });
    // A company that came back after going quiet answered.
    expect(outcomeOf(events(['saved', 0], ['applied', 1], ['ghosted', 40], ['screening', 45]), at(60), 30)).toMatchObject({ ghosted: false, reached: { response: at(45) } });
  });

  it('leaves an application never sent out of the funnel', () => {
    expect(outcomeOf(events(['saved', 0], ['preparing', 2]), at(90), 30).reached).toEqual({});
  });
});

describe('the funnel', () => {
  it('gives counts, the share of the step before and the median days between steps', () => {
    const outcomes = [
      outcomeOf(events(['saved', 0], ['applied', 0], ['screening', 2], ['interviewing', 6]), at(40), 30),
      outcomeOf(events(['saved', 0], ['applied', 0], ['screening', 4]), at(40), 30),
      outcomeOf(events(['saved', 0], ['applied', 0], ['screening', 9], ['rejected', 12]), at(40), 30),
      outcomeOf(events(['saved', 0], ['applied', 0]), at(40), 30),
    ];
    expect(funnelOf(outcomes).map(({ stage, count, conversion, medianDays }) => [stage, count, conversion, medianDays])).toEqual([
      ['applied', 4, null, null],
      ['response', 3, 0.75, 4],
      ['interview', 1, 1 / 3, 4],
      ['offer', 0, 0, null],
      ['accepted', 0, null, null],
    ]);
  });
});

describe('Wilson intervals', () => {
  it('matches the textbook interval and stays inside 0..1', () => {
    const rate = wilson(4, 10);
    expect(rate.share).toBe(0.4);
    expect(rate.low).toBeCloseTo(0.1682, 3);
    expect(rate.high).toBeCloseTo(0.6873, 3);
    expect(wilson(0, 12).low).toBe(0);
    expect(wilson(12, 12).high).toBe(1);
  });

  it('names a difference only when the intervals do not overlap', () => {
    expect(clearlyDifferent(wilson(8, 10), wilson(1, 12))).toBe(true);
    expect(clearlyDifferent(wilson(4, 10), wilson(1, 12))).toBe(false);
    // Three against three says nothing, however lopsided.
    expect(clearlyDifferent(wilson(3, 3), wilson(0, 3))).toBe(false);
  });
});
