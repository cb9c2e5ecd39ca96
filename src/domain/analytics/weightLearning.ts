import type { PredictionQuality, StoredFitWeights } from '../../models/fitWeightVersions.js';

export type FitWeights = StoredFitWeights;
export const FIT_PARTS = ['skills', 'experience', 'culture', 'growth', 'compensation'] as const satisfies readonly (keyof FitWeights)[];

/** One outcome to learn from: the five part scores (0–1) snapshotted at applying, and whether an answer came. */
export interface Example {
  /** Stable per application, so the held-out share is the same at every re-fit. */
  key: number;
  parts: FitWeights;
  answered: boolean;
}

export interface LearningOptions {
  /** How many outcomes weigh as much as the defaults: fewer outcomes, weights closer to the defaults. */
  shrinkOutcomes: number;
  /** Fit at or above this (0–100) predicts an answer. */
  threshold: number;
  minWeight: number;
  maxWeight: number;
}

// Logistic regression on 0–1 part scores: the defaults correspond to coefficients of this size
// (a job perfect on every part is this many log-odds above one that scores zero).
const PRIOR_SCALE = 4;
// Pull toward the defaults' coefficients: keeps ten outcomes from swinging a weight to its bound.
const RIDGE = 1;
const STEPS = 400;
const LEARNING_RATE = 0.5;

/** Fewer held-out outcomes than this, or all of one kind, and a new version is not kept: it can't be judged yet. */
export const MIN_HELD_OUT = 4;

/** Every example whose key falls in the held-out quarter: measured on, never learned from. */
export const isHeldOut = (example: Example) => example.key % 4 === 0;

export function fitTotal(weights: FitWeights, parts: FitWeights): number {
  return FIT_PARTS.reduce((sum, part) => sum + weights[part] * parts[part], 0);
}

/** Precision, recall and F1 of "fit ≥ threshold ⇒ gets an answer". */
export function predictionQuality(weights: FitWeights, examples: readonly Example[], threshold: number): PredictionQuality {
  let truePositive = 0;
  let predicted = 0;
  let actual = 0;
  for (const example of examples) {
    const says = fitTotal(weights, example.parts) >= threshold;
    if (says) predicted++;
    if (example.answered) actual++;
    if (says && example.answered) truePositive++;
  }
  const precision = predicted ? truePositive / predicted : 0;
  const recall = actual ? truePositive / actual : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, heldOut: examples.length };
}

/**
 * Weights that sum to 100 with each between the bounds: raw shares are scaled to 100, then those
 * above the ceiling (else those below the floor) are pinned to it and the rest shared out again,
 * until none is outside.
 */
export function bounded(raw: FitWeights, min: number, max: number): FitWeights {
  const result = { ...raw };
  const pinned = new Set<keyof FitWeights>();
  for (let round = 0; round <= FIT_PARTS.length; round++) {
    const free = FIT_PARTS.filter((part) => !pinned.has(part));
    const left = 100 - [...pinned].reduce((sum, part) => sum + result[part], 0);
    const freeRaw = free.reduce((sum, part) => sum + Math.max(raw[part], 0), 0);
    for (const part of free) result[part] = freeRaw > 0 ? (Math.max(raw[part], 0) / freeRaw) * left : left / free.length;
    // One side at a time: pinning the too-large ones frees share for the rest, which may lift
    // the too-small ones above the floor; pinning both at once can leave the sum short of 100.
    const over = free.filter((part) => result[part] > max);
    const outside = over.length ? over : free.filter((part) => result[part] < min);
    if (outside.length === 0) break;
    for (const part of outside) {
      result[part] = over.length ? max : min;
      pinned.add(part);
    }
  }
  return result;
}

/** Whole percents that still add up to 100 (largest remainders get the spare points). */
function rounded(weights: FitWeights): FitWeights {
  const floors = FIT_PARTS.map((part) => [part, Math.floor(weights[part]), weights[part] - Math.floor(weights[part])] as const);
  let spare = 100 - floors.reduce((sum, [, floor]) => sum + floor, 0);
  const result = Object.fromEntries(floors.map(([part, floor]) => [part, floor])) as FitWeights;
  for (const [part] of [...floors].sort((a, b) => b[2] - a[2])) {
    if (spare-- <= 0) break;
    result[part]++;
  }
  return result;
}

/**
 * Re-fits the five weights on outcomes: a logistic regression of "got an answer" on the five part
 * scores, pulled toward the current weights (ridge), then shrunk toward them by how few outcomes
 * there are, and kept within the bounds, summing to 100.
 */
export function learnWeights(current: FitWeights, examples: readonly Example[], options: LearningOptions): FitWeights {
  if (examples.length === 0) return { ...current };
  const prior = FIT_PARTS.map((part) => (current[part] / 100) * PRIOR_SCALE);
  const beta = [...prior];
  let bias = -PRIOR_SCALE / 2;
  const n = examples.length;
  for (let step = 0; step < STEPS; step++) {
    const gradient = FIT_PARTS.map(() => 0);
    let biasGradient = 0;
    for (const example of examples) {
      const z = bias + FIT_PARTS.reduce((sum, part, index) => sum + beta[index]! * example.parts[part], 0);
      const error = 1 / (1 + Math.exp(-z)) - (example.answered ? 1 : 0);
      biasGradient += error;
      FIT_PARTS.forEach((part, index) => (gradient[index]! += error * example.parts[part]));
    }
    bias -= (LEARNING_RATE * biasGradient) / n;
    FIT_PARTS.forEach((_, index) => {
      beta[index]! -= LEARNING_RATE * (gradient[index]! / n + (RIDGE / n) * (beta[index]! - prior[index]!));
    });
  }
  const learned = Object.fromEntries(FIT_PARTS.map((part, index) => [part, Math.max(beta[index]!, 0)])) as FitWeights;
  const learnedShares = bounded(learned, 0, 100);
  const trust = n / (n + options.shrinkOutcomes);
  const blended = Object.fromEntries(FIT_PARTS.map((part) => [part, trust * learnedShares[part] + (1 - trust) * current[part]])) as FitWeights;
  return rounded(bounded(blended, options.minWeight, options.maxWeight));
}

/** A candidate version: the learned weights, and the prediction quality before and after on held-out outcomes. */
export function refit(current: FitWeights, examples: readonly Example[], options: LearningOptions): { weights: FitWeights; before: PredictionQuality; after: PredictionQuality; keep: boolean } {
  const heldOut = examples.filter(isHeldOut);
  const training = examples.filter((example) => !isHeldOut(example));
  const weights = learnWeights(current, training, options);
  const before = predictionQuality(current, heldOut, options.threshold);
  const after = predictionQuality(weights, heldOut, options.threshold);
  // Kept only if F1 on outcomes it never saw does not drop, and only when there are enough of
  // them, answered and not, to tell: on two held-out outcomes both F1s are often 0, a tie that
  // says nothing.
  const judged = heldOut.length >= MIN_HELD_OUT && heldOut.some((example) => example.answered) && heldOut.some((example) => !example.answered);
  return { weights, before, after, keep: judged && after.f1 >= before.f1 };
}
