import { UserError } from '../errors.js';

/** The 14 states of an application, in funnel order. */
export const STATES = [
  'saved',
  'preparing',
  'applied',
  'screening',
  'assessment',
  'interviewing',
  'final_round',
  'offer',
  'negotiating',
  'accepted',
  'rejected',
  'withdrawn',
  'ghosted',
  'archived',
] as const;

export type State = (typeof STATES)[number];

const CLOSED = ['rejected', 'withdrawn', 'ghosted', 'archived'] as const;

/**
 * The one transition table. Each list is ordered by how likely the move is, so the first
 * entries double as the suggested next steps on an application card.
 */
export const TRANSITIONS: Readonly<Record<State, readonly State[]>> = {
  saved: ['applied', 'preparing', 'withdrawn', 'archived'],
  preparing: ['applied', 'saved', 'withdrawn', 'archived'],
  applied: ['screening', 'interviewing', 'rejected', 'assessment', 'ghosted', 'withdrawn', 'archived'],
  screening: ['interviewing', 'assessment', 'rejected', 'ghosted', 'withdrawn', 'archived'],
  assessment: ['interviewing', 'rejected', 'final_round', 'ghosted', 'withdrawn', 'archived'],
  interviewing: ['final_round', 'offer', 'rejected', 'ghosted', 'withdrawn', 'archived'],
  final_round: ['offer', 'rejected', 'ghosted', 'withdrawn', 'archived'],
  offer: ['accepted', 'negotiating', 'rejected', 'withdrawn', 'archived'],
  negotiating: ['accepted', 'rejected', 'withdrawn', 'archived'],
  accepted: ['archived'],
  rejected: ['archived'],
  withdrawn: ['archived'],
  // A company that went quiet sometimes comes back.
  ghosted: ['screening', 'interviewing', 'rejected', 'archived'],
  archived: [],
};

/** Whether the transition table allows `from → to`. */
export function canMove(from: State, to: State): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Open states are those still going somewhere: not closed and not accepted. */
export function isOpen(state: State): boolean {
  return state !== 'accepted' && !(CLOSED as readonly string[]).includes(state);
}

/** Position in the funnel, used to decide whether evidence (an interview, an offer) moves it on. */
export function funnelRank(state: State): number {
  return STATES.indexOf(state);
}

/** "final_round" → "Final round", for replies. */
export function stateLabel(state: State): string {
  const text = state.replace('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Throws a UserError listing the allowed moves when `from → to` is not in the table. */
export function assertMove(from: State, to: State): void {
  if (from === to) throw new UserError('same_state', `It is already ${stateLabel(from).toLowerCase()}.`);
  if (canMove(from, to)) return;
  const allowed = TRANSITIONS[from];
  const options = allowed.length ? allowed.join(', ') : 'nothing (it is final)';
  throw new UserError('invalid_transition', `Can't move from ${from} to ${to}. From ${from} it can move to: ${options}.`);
}
