import { describe, expect, it } from 'vitest';
import { isCommandLine, pastedAddCommand } from '../../src/bots/console/pastedLines.js';

describe('a paste in the console', () => {
  it('"/job add" with a posting under it is one command, without the end mark', () => {
    expect(pastedAddCommand(['/job add', 'Data Engineer at Globex', '', 'Requirements', '- SQL', '.'])).toBe('/job add\nData Engineer at Globex\n\nRequirements\n- SQL');
    expect(pastedAddCommand(['add', 'Data Engineer at Globex'])).toBe('add\nData Engineer at Globex');
  });

  it('several commands pasted at once stay several commands', () => {
    expect(pastedAddCommand(['/job add Analyst at Acme', '/job list'])).toBeNull();
    expect(pastedAddCommand(['/job list', 'Data Engineer at Globex'])).toBeNull();
    expect(pastedAddCommand(['/job add', ''])).toBeNull();
  });

  it('tells a command line from a line of a posting', () => {
    expect(['/job list', 'list', 'move 1 applied', '3', 'quit'].map(isCommandLine)).toEqual([true, true, true, true, true]);
    expect(['We are hiring a Data Engineer', 'Senior Engineer at Acme', ''].map(isCommandLine)).toEqual([false, false, false]);
  });
});
