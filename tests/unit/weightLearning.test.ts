import { describe, expect, it } from 'vitest';
import { bounded, FIT_PARTS, learnWeights, predictionQuality, refit, type Example, type FitWeights } from '../../src/domain/analytics/weightLearning.js';

const DEFAULTS: FitWeights = { skills: 30, experience: 25, culture: 20, growth: 15, compensation: 10 };
const OPTIONS = { shrinkOutcomes: 30, threshold: 50, minWeight: 5, maxWeight: 50 };
const sum = (weights: FitWeights) => FIT_PARTS.reduce((total, part) => total + weights[part], 0);

// A fixed pseudo-random sequence, so every run learns the same thing.
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Outcomes where only `driver` decides whether an answer comes. */
function drivenBy(driver: keyof FitWeights, count: number, seed: number, keys = (index: number) => index + 1): Example[] {
  const next = sequence(seed);
  return Array.from({ length: count }, (_, index) => {
    const parts = Object.fromEntries(FIT_PARTS.map((part) => [part, next()])) as FitWeights;
    return { key: keys(index), parts, answered: parts[driver] > 0.5 };
  });
}

describe('weight bounds', () => {
  it('keeps every weight between 5% and 50%, adding up to 100', () => {
    const weights = bounded({ skills: 100, experience: 0, culture: 0, growth: 0, compensation: 0 }, 5, 50);
    expect(weights.skills).toBe(50);
    for (const part of FIT_PARTS) expect(weights[part]).toBeGreaterThanOrEqual(5);
    expect(sum(weights)).toBeCloseTo(100, 9);
  });

  it('learned weights are whole percents within the bounds that add up to 100, however lopsided the outcomes', () => {
    const weights = learnWeights(DEFAULTS, drivenBy('compensation', 400, 1), { ...OPTIONS, shrinkOutcomes: 0 });
    expect(sum(weights)).toBe(100);
    for (const part of FIT_PARTS) {
      expect(Number.isInteger(weights[part])).toBe(true);
      expect(weights[part]).toBeGreaterThanOrEqual(5);
      expect(weights[part]).toBeLessThanOrEqual(50);
    }
    expect(weights.compensation).toBe(50);
  });
});

describe('learning from outcomes', () => {
  it('moves weight toward the part that decides answers, less so from few outcomes', () => {
    const few = learnWeights(DEFAULTS, drivenBy('compensation', 10, 2), OPTIONS);
    const many = learnWeights(DEFAULTS, drivenBy('compensation', 300, 2), OPTIONS);
    expect(few.compensation).toBeGreaterThan(DEFAULTS.compensation);
    expect(many.compensation).toBeGreaterThan(few.compensation);
  });

  it('changes nothing without outcomes', () => {
    expect(learnWeights(DEFAULTS, [], OPTIONS)).toEqual(DEFAULTS);
  });
});

describe('keep a new version only if F1 does not drop', () => {
  it('keeps weights that predict held-out outcomes better', () => {
    const result = refit(DEFAULTS, drivenBy('compensation', 200, 3), OPTIONS);
    expect(result.after.f1).toBeGreaterThanOrEqual(result.before.f1);
    expect(result.keep).toBe(true);
  });

  it('refuses weights that predict held-out outcomes worse', () => {
    // Learned on outcomes driven by compensation; the held-out quarter (keys divisible by 4) is driven by skills instead.
    const training = drivenBy('compensation', 150, 4, (index) => 4 * index + 1);
    const heldOut = drivenBy('skills', 50, 5, (index) => 4 * (index + 1));
    const result = refit(DEFAULTS, [...training, ...heldOut], OPTIONS);
    expect(result.after.heldOut).toBe(50);
    expect(result.after.f1).toBeLessThan(result.before.f1);
    expect(result.keep).toBe(false);
  });

  it('measures precision, recall and F1 of "fit at or above the threshold means an answer"', () => {
    const all = (value: number) => Object.fromEntries(FIT_PARTS.map((part) => [part, value])) as FitWeights;
    const examples: Example[] = [
      { key: 1, parts: all(0.9), answered: true },
      { key: 2, parts: all(0.8), answered: false },
      { key: 3, parts: all(0.2), answered: true },
      { key: 4, parts: all(0.1), answered: false },
    ];
    expect(predictionQuality(DEFAULTS, examples, 50)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, heldOut: 4 });
  });
});

describe('a version that cannot be judged is not kept', () => {
  it('refuses when the held-out outcomes are too few or all of one kind, even on a tie', () => {
    // Ten outcomes: keys 4 and 8 are held out, too few to judge.
    const ten = refit(DEFAULTS, drivenBy('compensation', 10, 6), OPTIONS);
    expect(ten.after.heldOut).toBe(2);
    expect(ten.keep).toBe(false);
    // Plenty held out, but none answered: F1 is 0 before and after, which says nothing.
    const silent = drivenBy('compensation', 80, 7).map((example) => ({ ...example, answered: example.key % 4 === 0 ? false : example.answered }));
    expect(refit(DEFAULTS, silent, OPTIONS).keep).toBe(false);
  });
});
