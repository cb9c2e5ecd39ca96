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
    ).toEqual({ state: 'interviewing', stateChangedAt: at(12), createdAt: at(0), updatedAt: at(20), eventCount: 5, deadlineAt: null, deadlineSetAt: null });
  });

  it('keeps the last deadline the person set, and remembers that they cleared it', () => {
    const set = rebuildProjection([
      { type: 'created', toState: 'saved', occurredAt: at(0) },
      { type: 'deadline_set', toState: null, occurredAt: at(3), payload: { deadlineAt: '2026-12-04T22:59:00.000Z' } },
      { type: 'note_added', toState: null, occurredAt: at(4) },
    ]);
    expect([set.deadlineAt, set.deadlineSetAt]).toEqual([new Date('2026-12-04T22:59:00.000Z'), at(3)]);
    const cleared = applyEvent(set, { type: 'deadline_set', toState: null, occurredAt: at(7), payload: { deadlineAt: null } });
    expect([cleared.deadlineAt, cleared.deadlineSetAt]).toEqual([null, at(7)]);
  });

  it('requires the history to start with "created"', () => {
    expect(() => rebuildProjection([])).toThrow('an application has at least its "created" event');
    expect(() => applyEvent(null, { type: 'state_changed', toState: 'applied', occurredAt: at(0) })).toThrow('first event must be "created"');
  });
});
