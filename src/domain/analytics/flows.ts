import { STAGES, type Outcome, type Stage } from './outcomes.js';

/** Where an application's road ended, when it did not reach an acceptance. */
export type Ending = 'rejected' | 'ghosted' | 'withdrawn' | 'open';
export type FlowNode = Stage | Ending;

/** How many applications went from one stage to the next, or ended there. */
export interface Flow {
  from: Stage;
  to: FlowNode;
  count: number;
}

function endingOf(outcome: Outcome): Ending | null {
  if (outcome.reached.accepted) return null;
  if (outcome.rejected) return 'rejected';
  if (outcome.ghosted) return 'ghosted';
  if (outcome.lastState === 'withdrawn' || outcome.lastState === 'archived') return 'withdrawn';
  return 'open';
}

/**
 * The Sankey of a search: each application flows through the stages it reached, then into how it
 * ended (rejected, no answer, withdrawn, still open) unless it was accepted. Largest flows first.
 */
export function flowsOf(outcomes: readonly Outcome[]): Flow[] {
  const counts = new Map<string, Flow>();
  const add = (from: Stage, to: FlowNode) => {
    const key = `${from}>${to}`;
    const flow = counts.get(key);
    if (flow) flow.count++;
    else counts.set(key, { from, to, count: 1 });
  };
  for (const outcome of outcomes) {
    const reached = STAGES.filter((stage) => outcome.reached[stage]);
    if (reached.length === 0) continue;
    for (let index = 1; index < reached.length; index++) add(reached[index - 1]!, reached[index]!);
    const ending = endingOf(outcome);
    if (ending) add(reached.at(-1)!, ending);
  }
  return [...counts.values()].sort((a, b) => STAGES.indexOf(a.from) - STAGES.indexOf(b.from) || b.count - a.count);
}
