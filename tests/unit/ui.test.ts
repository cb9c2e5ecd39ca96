import { describe, expect, it } from 'vitest';
import { ui } from '../../src/bots/ui.js';

describe('the neutral reply model', () => {
  it('refuses a form that would not fit a Discord modal, saying how to fix it', () => {
    const field = (name: string) => ({ name, label: name, kind: 'text' as const, required: false });
    expect(() => ui.form({ id: 'big', context: '1', title: 'Big', submitLabel: 'Save', fields: ['a', 'b', 'c', 'd', 'e', 'f'].map(field) })).toThrow(
      'Form "big" has 6 fields; at most 5 fit a Discord modal. Split it into two forms.',
    );
    expect(ui.form({ id: 'ok', context: '1', title: 'Ok', submitLabel: 'Save', fields: ['a', 'b', 'c', 'd', 'e'].map(field) }).kind).toBe('form');
  });
});
