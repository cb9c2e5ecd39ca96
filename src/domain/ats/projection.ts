import type { State } from './lifecycle.js';

/** What the applications row holds beyond its identity; always derivable from the events. */
export interface ApplicationProjection {
  state: State;
  stateChangedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  eventCount: number;
  /** Set by `deadline_set` events: the person's own deadline, or null when they cleared it. */
  deadlineAt: Date | null;
  /** When the person last set or cleared the deadline; null while the posting's closing date stands. */
  deadlineSetAt: Date | null;
}

export interface ProjectableEvent {
  type: string;
  toState: string | null;
  occurredAt: Date;
  payload?: Record<string, unknown> | null;
}

/** Folds one event into the projection. The only place that decides what an event does to the row. */
export function applyEvent(current: ApplicationProjection | null, event: ProjectableEvent): ApplicationProjection {
  if (current === null) {
    if (event.type !== 'created' || !event.toState) throw new Error(`first event must be "created", got "${event.type}"`);
    return {
      state: event.toState as State,
      stateChangedAt: event.occurredAt,
      createdAt: event.occurredAt,
      updatedAt: event.occurredAt,
      eventCount: 1,
      deadlineAt: null,
      deadlineSetAt: null,
    };
  }
  const deadline =
    event.type === 'deadline_set'
      ? { deadlineAt: typeof event.payload?.deadlineAt === 'string' ? new Date(event.payload.deadlineAt) : null, deadlineSetAt: event.occurredAt }
      : { deadlineAt: current.deadlineAt, deadlineSetAt: current.deadlineSetAt };
  const changesState = event.toState !== null && event.toState !== current.state;
  return {
    ...current,
    state: changesState ? (event.toState as State) : current.state,
    stateChangedAt: changesState ? event.occurredAt : current.stateChangedAt,
    updatedAt: event.occurredAt,
    eventCount: current.eventCount + 1,
    ...deadline,
  };
}

/** Rebuilds an application's projection from its events, oldest first. */
export function rebuildProjection(events: readonly ProjectableEvent[]): ApplicationProjection {
  const result = events.reduce<ApplicationProjection | null>(applyEvent, null);
  if (!result) throw new Error('an application has at least its "created" event');
  return result;
}
