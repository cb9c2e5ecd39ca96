import { findCommand } from '../commands/registry.js';
import { splitCommandLine } from '../commands/textArgs.js';

// "/job add" or "add" with nothing after it: what opens the add form.
const BARE_ADD = /^\s*(?:\/?job\s+)?add\s*$/i;

/**
 * The posting pasted under a bare "/job add", or null when the lines are something else (several
 * commands pasted at once, "/job add Engineer at Acme" and then "/job list").
 */
export function postingAfterAdd(lines: string[]): string[] | null {
  const start = lines.findIndex((line) => line.trim());
  if (start < 0 || !BARE_ADD.test(lines[start]!)) return null;
  const posting = lines.slice(start + 1);
  return posting.some((line) => line.trim()) ? posting : null;
}

/** A line the console would run: a command, with or without "/job", a button number, or quit. */
export function isCommandLine(line: string): boolean {
  const { name, args } = splitCommandLine(line);
  return /^\/job\b/i.test(line.trim()) || (!args && /^(\d+|quit|exit)$/i.test(name)) || (name !== '' && findCommand(name) !== undefined);
}
