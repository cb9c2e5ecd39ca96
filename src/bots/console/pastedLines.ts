import { findCommand } from '../commands/registry.js';

const ADD = /^\s*(?:\/?job\s+)?add\b/i;
const COMMAND = /^\s*\/job\b/i;

/**
 * A paste of "/job add" and the posting under it, as one command with the posting as its
 * text; null when the lines are something else, such as several commands pasted at once.
 */
export function pastedAddCommand(lines: string[]): string | null {
  const [first, ...rest] = lines;
  if (!first || !ADD.test(first) || rest.some((line) => COMMAND.test(line))) return null;
  // The end mark the form asks for may come along with the paste; it is not part of the posting.
  const posting = rest.join('\n').replace(/\n\s*\.\s*$/, '').trim();
  return posting ? `${first.trim()}\n${posting}` : null;
}

/** A line the console would run: a command, with or without "/job", a button number, or quit. */
export function isCommandLine(line: string): boolean {
  const text = line.trim().replace(/^\/?job\b\s*/i, '');
  const word = text.split(/\s+/, 1)[0] ?? '';
  return /^\/job\b/i.test(line.trim()) || /^(\d+|quit|exit)$/i.test(text) || (word !== '' && findCommand(word) !== undefined);
}
