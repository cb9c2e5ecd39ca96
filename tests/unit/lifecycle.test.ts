import { describe, expect, it } from 'vitest';
import { assertMove, canMove, isOpen, STATES, TRANSITIONS } from '../../src/domain/ats/lifecycle.js';

describe('the application lifecycle table', () => {
  it('has the 14 states and a row for each', () => {
    expect(STATES).toHaveLength(14);
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATES].sort());
  });

  it('lets every open state end in rejected or withdrawn, and every non-archived state be archived', () => {
    for (const state of STATES.filter((candidate) => isOpen(candidate) && candidate !== 'saved' && candidate !== 'preparing')) {
      expect(canMove(state, 'rejected'), state).toBe(true);
      expect(canMove(state, 'withdrawn'), state).toBe(true);
    }
    for (const state of STATES.filter((candidate) => candidate !== 'archived')) expect(canMove(state, 'archived'), state).toBe(true);
  });

  it('keeps archived terminal and accepted only archivable', () => {
    expect(TRANSITIONS.archived).toEqual([]);
    expect(TRANSITIONS.accepted).toEqual(['archived']);
  });

  it('walks the happy path saved → accepted', () => {
    const path = ['saved', 'preparing', 'applied', 'screening', 'assessment', 'interviewing', 'final_round', 'offer', 'negotiating', 'accepted'] as const;
    for (let i = 1; i < path.length; i++) expect(canMove(path[i - 1]!, path[i]!), `${path[i - 1]} → ${path[i]}`).toBe(true);
  });

  it('refuses a skip and names the allowed moves', () => {
    expect(() => assertMove('saved', 'offer')).toThrow("Can't move from saved to offer. From saved it can move to: applied, preparing, withdrawn, archived.");
    expect(() => assertMove('archived', 'saved')).toThrow("Can't move from archived to saved. From archived it can move to: nothing (it is final).");
    expect(() => assertMove('applied', 'applied')).toThrow('It is already applied.');
  });
});
