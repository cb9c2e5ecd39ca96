import { describe, expect, it } from 'vitest';
import { applyEvent, rebuildProjection } from '../../src/domain/ats/projection.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));

describe('rebuilding an application from its events', () => {
  it('takes state from state-changing events and times from every event', () => {
    expect(
      rebuildProjection([
        { type: 'created', toState: 'saved', occurredAt: at(0) },
        { type: 'state_changed', toState: 'applied', occurredAt: at(5) },
        { type: 'note_added', toState: null, occurredAt: at(9) },
        { type: 'interview_logged', toState: 'interviewing', occurredAt: at(12) },
        { type: 'interview_logged', toState: null, occurredAt: at(20) },
      ]),
    ).toEqual({ state: 'interviewing', stateChangedAt: at(12), createdAt: at(0), updatedAt: at(20), eventCount: 5 });
  });

  it('requires the history to start with "created"', () => {
    expect(() => rebuildProjection([])).toThrow('an application has at least its "created" event');
    expect(() => applyEvent(null, { type: 'state_changed', toState: 'applied', occurredAt: at(0) })).toThrow('first event must be "created"');
  });
});
