import { describe, expect, it } from 'vitest';
import { isCommandLine, postingAfterAdd } from '../../src/bots/console/pastedLines.js';

describe('a paste in the console', () => {
  it('a bare "/job add" with a posting under it gives the posting', () => {
    expect(postingAfterAdd(['', '/job add', 'Data Engineer at Globex', '', '- SQL', '.'])).toEqual(['Data Engineer at Globex', '', '- SQL', '.']);
    expect(postingAfterAdd(['add', 'Data Engineer at Globex'])).toEqual(['Data Engineer at Globex']);
  });

  it('several commands pasted at once stay several commands', () => {
    expect(postingAfterAdd(['add Data Engineer at Globex https://globex.example/jobs/1', 'list'])).toBeNull();
    expect(postingAfterAdd(['/job list', 'Data Engineer at Globex'])).toBeNull();
    expect(postingAfterAdd(['/job add', ''])).toBeNull();
  });

  it('tells a command line from a line of a posting', () => {
    expect(['/job list', 'list', 'move 1 applied', '3', 'quit'].map(isCommandLine)).toEqual([true, true, true, true, true]);
    expect(['We are hiring a Data Engineer', 'Senior Engineer at Acme', ''].map(isCommandLine)).toEqual([false, false, false]);
  });
});
