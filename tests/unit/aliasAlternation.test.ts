import { describe, expect, it } from 'vitest';
import { aliasAlternations } from '../../src/domain/analysis/aliasAlternation.js';

const matches = (alternations: string[], text: string) =>
  alternations.flatMap((alternation) => [...text.matchAll(new RegExp(`(?:${alternation})(?![a-z])`, 'giu'))].map((match) => match[0]));

describe('aliases as alternations', () => {
  it('writes shared beginnings once and tries the longer alias first', () => {
    const [alternation] = aliasAlternations(['sql', 'sql server', 'sqlite'], 1000);
    expect(alternation).toBe('sql(?:\\s+server|ite)?');
    expect(matches([alternation!], 'SQL  Server, SQLite and plain sql')).toEqual(['SQL  Server', 'SQLite', 'sql']);
  });

  it('falls back to the shorter alias when what follows rules the longer one out', () => {
    // "javascripts" is no word: the boundary after the alternation sends it back to nothing,
    // while "java script" falls back to "java" before a space.
    expect(matches(aliasAlternations(['java', 'javascript'], 1000), 'javascripts, java script')).toEqual(['java']);
  });

  it('escapes what a regular expression would read and keeps each alternation under its size', () => {
    const aliases = ['c++', 'c#', '.net', 'node.js', 'ci/cd', 'a (b)', ...Array.from({ length: 40 }, (_, i) => `skill${String.fromCharCode(97 + (i % 26))}${i}`)];
    const alternations = aliasAlternations(aliases, 60);
    expect(alternations.length).toBeGreaterThan(1);
    for (const alternation of alternations.slice(0, -1)) expect(alternation.length).toBeLessThanOrEqual(60 + 20);
    expect(matches(alternations, 'C++, c#, .NET, Node.js, CI/CD, a (b), skillq16').sort()).toEqual(['.NET', 'C++', 'CI/CD', 'Node.js', 'a (b)', 'c#', 'skillq16'].sort());
  });
});
