import { DAY_MS, STAGES, type Outcome, type Stage } from './outcomes.js';

/** One step of the funnel: how many got this far, the share of the step before, the median days it took. */
export interface FunnelStep {
  stage: Stage;
  count: number;
  /** Of those at the step before; null for the first step or when none were there. */
  conversion: number | null;
  /** Median days from the step before to this one, over those who made it. */
  medianDays: number | null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** applied → response → interview → offer → accepted over applications that were sent. */
export function funnelOf(outcomes: readonly Outcome[]): FunnelStep[] {
  return STAGES.map((stage, index) => {
    const here = outcomes.filter((outcome) => outcome.reached[stage]);
    const before = index > 0 ? STAGES[index - 1]! : null;
    const previous = before ? outcomes.filter((outcome) => outcome.reached[before]).length : null;
    const days = before ? here.map((outcome) => (outcome.reached[stage]!.getTime() - outcome.reached[before]!.getTime()) / DAY_MS) : [];
    return {
      stage,
      count: here.length,
      conversion: previous ? here.length / previous : null,
      medianDays: before ? median(days) : null,
    };
  });
}
