import { escapeRegExp } from '../escapeRegExp.js';

/** A letter of an alias and the aliases that go on from it. */
interface Node {
  next: Map<string, Node>;
  /** An alias ends here. */
  ends: boolean;
}

/**
 * Aliases as regular-expression alternations whose shared beginnings are written once:
 * "sql", "sql server" and "sqlite" become `sql(?:\s+server|ite)?`. V8 tries every branch of a
 * flat alternation at every place a word starts; here one wrong letter skips all the aliases that
 * go on from it, which makes scanning a posting several times faster.
 *
 * A longer alias is tried before a shorter one it starts with, so where several match at one place
 * the longest wins, as it did in a flat alternation sorted longest first; what follows the
 * alternation (an ending, a word boundary) can still send it back to the shorter one. A space in an
 * alias stands for any run of white space. Alternations are cut between first letters to stay under
 * `maxSize` characters, since V8 stops optimising a pattern whose source passes about 20 KB; one
 * letter's aliases are never cut (the largest, "c", is about 6 KB).
 */
export function aliasAlternations(aliases: Iterable<string>, maxSize: number): string[] {
  const root: Node = { next: new Map(), ends: false };
  for (const alias of aliases) {
    let node = root;
    for (const letter of alias) {
      let next = node.next.get(letter);
      if (!next) node.next.set(letter, (next = { next: new Map(), ends: false }));
      node = next;
    }
    node.ends = true;
  }
  const branches = [...root.next].map(([letter, node]) => written(letter, node));
  const chunks: string[][] = [[]];
  let size = 0;
  for (const branch of branches) {
    if (size + branch.length > maxSize && chunks.at(-1)!.length) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1)!.push(branch);
    size += branch.length + 1;
  }
  return chunks.filter((chunk) => chunk.length).map((chunk) => chunk.join('|'));
}

/** A letter and everything that may follow it, as a pattern. */
function written(letter: string, node: Node): string {
  const head = letter === ' ' ? '\\s+' : escapeRegExp(letter);
  if (!node.next.size) return head;
  const branches = [...node.next].map(([next, child]) => written(next, child));
  if (!node.ends) return branches.length === 1 ? head + branches[0]! : `${head}(?:${branches.join('|')})`;
  // Greedy, so the longer alias is tried first and the alias ending here only when that fails.
  return branches.length === 1 && isOneUnit(branches[0]!) ? `${head}${branches[0]!}?` : `${head}(?:${branches.join('|')})?`;
}

/** A pattern a `?` after it applies to as a whole: one escaped or plain character. */
const isOneUnit = (pattern: string) => [...pattern].length === 1 || /^\\.$/u.test(pattern);
