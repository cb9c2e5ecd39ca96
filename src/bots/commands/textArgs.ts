import { UserError } from '../../domain/errors.js';
import type { OptionSpec } from './types.js';

/** Splits on whitespace, keeping "quoted phrases" together. */
/** "/job move 3 applied" or "move 3 applied" as the command's name and the rest of the line. */
export function splitCommandLine(line: string): { name: string; args: string } {
  const text = line.trim().replace(/^\/?job\b\s*/i, '');
  const [name = ''] = text.split(/\s+/, 1);
  return { name, args: text.slice(name.length).trim() };
}

export function tokenize(input: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of input.matchAll(pattern)) tokens.push(match[1] ?? match[2] ?? match[3]!);
  return tokens;
}

/** Assigns words to options in declaration order; an option marked `rest` takes the remainder verbatim. */
export function parsePositional(args: string, options: OptionSpec[], usage: string): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  let remaining = args.trim();
  for (const option of options) {
    if (!remaining) break;
    if (option.rest) {
      result[option.name] = remaining;
      remaining = '';
      break;
    }
    const [token] = tokenize(remaining);
    const match = /^("[^"]*"|'[^']*'|\S+)\s*/.exec(remaining)!;
    result[option.name] = token;
    remaining = remaining.slice(match[0].length);
  }
  if (remaining) throw new UserError('too_many_arguments', `Too many arguments. Usage: ${usage}`);
  return result;
}
