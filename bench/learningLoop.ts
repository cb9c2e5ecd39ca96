/**
 * Does the learning loop learn? A simulated population whose answers follow a hidden true
 * weight vector: each person applies, outcomes arrive, and every 10 outcomes the loop re-fits
 * their weights exactly as Jobscout does (held-out check included). Prints the weight error
 * (mean absolute difference from the true weights, in points) and the F1 of "fit ≥ threshold ⇒
 * an answer" on fresh applications, after 10, 20, 50 and 100 outcomes, beside the static defaults.
 *
 *   npm run bench:learning   (LEARNING_PEOPLE, LEARNING_SEED)
 */
import { loadConfig } from '../src/config.js';
import { FIT_PARTS, predictionQuality, refit, type Example, type FitWeights } from '../src/domain/analytics/weightLearning.js';
import { random } from './population.js';

const PEOPLE = Number(process.env.LEARNING_PEOPLE ?? 200);
const CHECKPOINTS = [10, 20, 50, 100];
const TEST_APPLICATIONS = 1000;
// How sharply the truth separates good fits from poor ones (log-odds per unit of true fit).
const SHARPNESS = 10;

const config = loadConfig({ LOG_LEVEL: 'silent' });
const options = config.fit.learning;
const defaults: FitWeights = { ...config.fit.weights };
const rand = random(Number(process.env.LEARNING_SEED ?? 7));

/** A hidden truth unlike the defaults: what actually gets this person answers. */
function trueWeights(): FitWeights {
  const raw = FIT_PARTS.map(() => rand() ** 2);
  const total = raw.reduce((sum, value) => sum + value, 0);
  return Object.fromEntries(FIT_PARTS.map((part, index) => [part, (raw[index]! / total) * 100])) as FitWeights;
}

function application(truth: FitWeights, key: number): Example {
  const parts = Object.fromEntries(FIT_PARTS.map((part) => [part, rand()])) as FitWeights;
  const fit = FIT_PARTS.reduce((sum, part) => sum + (truth[part] / 100) * parts[part], 0);
  const answered = rand() < 1 / (1 + Math.exp(-SHARPNESS * (fit - options.threshold / 100)));
  return { key, parts, answered };
}

const error = (weights: FitWeights, truth: FitWeights) => FIT_PARTS.reduce((sum, part) => sum + Math.abs(weights[part] - truth[part]), 0) / FIT_PARTS.length;

const totals = new Map<number, { learnedError: number; staticError: number; learnedF1: number; staticF1: number; kept: number; tried: number }>();
for (const checkpoint of CHECKPOINTS) totals.set(checkpoint, { learnedError: 0, staticError: 0, learnedF1: 0, staticF1: 0, kept: 0, tried: 0 });

const started = performance.now();
for (let person = 0; person < PEOPLE; person++) {
  const truth = trueWeights();
  const test = Array.from({ length: TEST_APPLICATIONS }, (_, index) => application(truth, index));
  const outcomes: Example[] = [];
  let current = { ...defaults };
  let kept = 0;
  let tried = 0;
  for (let n = 1; n <= Math.max(...CHECKPOINTS); n++) {
    outcomes.push(application(truth, n));
    if (n % options.everyOutcomes === 0) {
      const candidate = refit(current, outcomes, options);
      tried++;
      if (candidate.keep) {
        current = candidate.weights;
        kept++;
      }
    }
    const at = totals.get(n);
    if (at) {
      at.learnedError += error(current, truth);
      at.staticError += error(defaults, truth);
      at.learnedF1 += predictionQuality(current, test, options.threshold).f1;
      at.staticF1 += predictionQuality(defaults, test, options.threshold).f1;
      at.kept += kept;
      at.tried += tried;
    }
  }
}

console.log(`${PEOPLE} simulated people, hidden weights drawn per person; F1 on ${TEST_APPLICATIONS} fresh applications each; threshold ${options.threshold}`);
console.log('outcomes  weight error (points): learned  static   F1: learned  static   versions kept/tried');
for (const checkpoint of CHECKPOINTS) {
  const at = totals.get(checkpoint)!;
  const mean = (value: number) => value / PEOPLE;
  console.log(
    `${String(checkpoint).padStart(8)}  ${mean(at.learnedError).toFixed(2).padStart(30)}  ${mean(at.staticError).toFixed(2).padStart(6)}  ${mean(at.learnedF1).toFixed(3).padStart(12)}  ${mean(at.staticF1).toFixed(3).padStart(6)}   ${at.kept}/${at.tried}`,
  );
}
console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
