import { featureKeys, type FeatureKind, type JobFeatures } from './features.js';

/** Learned weights by feature key; positive is liked. */
export type Taste = Record<string, number>;

// Weights are kept within ±3 so that one enthusiastic week can't drown out everything else.
const LIMIT = 3;

/** A learned weight as an affinity between −1 and 1. */
export const affinity = (weight: number | undefined) => (weight ? Math.tanh(weight) : 0);

/**
 * Moves every feature of the job by `delta` (apply +0.7 … dismiss −0.2). With `kinds`, only
 * those features move: "too senior" should not count against the job's skills.
 */
export function learn(taste: Taste, job: JobFeatures, delta: number, kinds?: readonly FeatureKind[]): Taste {
  const next = { ...taste };
  for (const key of featureKeys(job, kinds)) {
    const value = Math.max(-LIMIT, Math.min(LIMIT, (next[key] ?? 0) + delta));
    if (Math.abs(value) < 1e-6) delete next[key];
    else next[key] = Math.round(value * 1000) / 1000;
  }
  return next;
}

const REASON_KINDS: [RegExp, FeatureKind][] = [
  [/\b(senior|junior|seniority|level|lead|too (?:much|little) experience|overqualified|underqualified)\b/i, 'seniority'],
  [/\b(location|relocat\w*|on-?site|office|commute|remote|hybrid|city|country|place)\b/i, 'location'],
  [/\b(company|employer|industry|culture|brand)\b/i, 'company'],
  [/\b(stack|skills?|tech\w*|language|framework|tools?)\b/i, 'skill'],
  [/\b(title|role|position|type of job)\b/i, 'title'],
];

/** Which features a "not for me" reason is about ("too senior" → seniority); empty means all of them. */
export function reasonKinds(reason: string | null | undefined): FeatureKind[] {
  if (!reason) return [];
  return REASON_KINDS.filter(([pattern]) => pattern.test(reason)).map(([, kind]) => kind);
}
