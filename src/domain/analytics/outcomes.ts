import type { State } from '../ats/lifecycle.js';

/** The stages an application can reach after it was sent, in the order they come. */
export const STAGES = ['applied', 'response', 'interview', 'offer', 'accepted'] as const;
export type Stage = (typeof STAGES)[number];

/** Where an application got, and when it first got to each stage. */
export interface Outcome {
  /** When it first reached each stage; absent for stages it never reached. */
  reached: Partial<Record<Stage, Date>>;
  rejected: Date | null;
  /** Applied, never answered, and quiet for the configured days (or moved to ghosted by hand). */
  ghosted: boolean;
  /** The state it is in now (the last one moved to). */
  lastState: State | null;
}

/** An event as outcomes read it: the state it moved the application to, and when. */
export interface OutcomeEvent {
  toState: string | null;
  occurredAt: Date;
}

// Which stage each state is evidence of; an application that skipped a stage still passed it.
const STAGE_OF: Partial<Record<State, Stage>> = {
  applied: 'applied',
  screening: 'response',
  assessment: 'response',
  interviewing: 'interview',
  final_round: 'interview',
  offer: 'offer',
  negotiating: 'offer',
  accepted: 'accepted',
};

/** A day in milliseconds: analytics counts whole elapsed days, not calendar days in a zone. */
export const DAY_MS = 86_400_000;

/**
 * An application's outcome from its events, oldest first. Reaching a stage means reaching every
 * stage before it too (an interview is an answer), at the same moment when none was recorded.
 */
export function outcomeOf(events: readonly OutcomeEvent[], now: Date, ghostedDays: number): Outcome {
  const reached: Partial<Record<Stage, Date>> = {};
  let rejected: Date | null = null;
  let movedToGhosted = false;
  let lastChange: Date | null = null;
  let lastState: State | null = null;
  for (const event of events) {
    const state = event.toState as State | null;
    if (!state) continue;
    lastChange = event.occurredAt;
    lastState = state;
    if (state === 'rejected') rejected ??= event.occurredAt;
    if (state === 'ghosted') movedToGhosted = true;
    const stage = STAGE_OF[state];
    if (!stage) continue;
    for (const earlier of STAGES.slice(0, STAGES.indexOf(stage) + 1)) reached[earlier] ??= event.occurredAt;
  }
  const unanswered = reached.applied !== undefined && reached.response === undefined && rejected === null;
  const quiet = lastChange !== null && now.getTime() - lastChange.getTime() >= ghostedDays * DAY_MS;
  return { reached, rejected, ghosted: unanswered && (movedToGhosted || quiet), lastState };
}
