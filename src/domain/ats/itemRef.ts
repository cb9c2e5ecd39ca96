import type { UserError } from '../errors.js';

/**
 * Reads "3.2": application 3, and item 2 numbered within it (a note, a contact). Both numbers
 * start at 1; anything else is refused with the caller's own words.
 */
export function parseItemRef(input: string, refused: () => UserError): { seq: number; itemSeq: number } {
  const match = /^#?(\d{1,9})\.(\d{1,9})$/.exec(input.trim());
  if (!match || Number(match[1]) === 0 || Number(match[2]) === 0) throw refused();
  return { seq: Number(match[1]), itemSeq: Number(match[2]) };
}
