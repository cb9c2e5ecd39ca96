import { randomBytes } from 'node:crypto';
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { withoutControlCharacters, withoutControlCharactersIn } from '../../domain/controlCharacters.js';
import { isUserError, UserError } from '../../domain/errors.js';
import { ui, type Reply } from '../ui.js';
import { ACTIONS, COMMANDS, findCommand, findGroup, FORMS, GROUPS, type AnyCommand } from './registry.js';
import { trackHandling } from './inflight.js';
import { oncePerDelivery } from './once.js';
import { parsePositional, splitCommandLine } from './textArgs.js';
import type { CommandContext, FormOutcome } from './types.js';

/**
 * The one entry point adapters call. User mistakes come back as short ephemeral replies that
 * say what to do instead; anything else is logged with an error id and answered with an apology.
 */
function respond(ctx: CommandContext, what: Record<string, unknown>, work: () => Promise<Reply>): Promise<Reply> {
  return trackHandling(ctx.services, () => respondNow(ctx, what, work));
}

async function respondNow(ctx: CommandContext, what: Record<string, unknown>, work: () => Promise<Reply>): Promise<Reply> {
  try {
    return await oncePerDelivery(ctx, STILL_RUNNING, async () => {
      try {
        return await work();
      } catch (error) {
        if (isUserError(error)) return errorReply(ctx, what, error);
        throw error;
      }
    });
  } catch (error) {
    return errorReply(ctx, what, error);
  }
}

const DATABASE_AWAY = ui.message([ui.section("Jobscout can't reach its database right now. Try again in a moment.")], { ephemeral: true });

const STILL_RUNNING = ui.message([ui.section('Already on it: that request is still being handled.')], { ephemeral: true });

export function errorReply(ctx: CommandContext, what: Record<string, unknown>, error: unknown): Reply {
  if (isUserError(error)) return ui.message([ui.section(error.message)], { ephemeral: true });
  if (ctx.services.health.failed(error, 'command')) return DATABASE_AWAY;
  const errorId = randomBytes(4).toString('hex');
  ctx.services.logger.error({ err: error, errorId, personId: ctx.person.id, ...what }, 'command failed');
  return ui.message([ui.section(`Sorry, something went wrong on our side. If it keeps happening, mention error id ${errorId}.`)], { ephemeral: true });
}

/** Runs a line of text such as "/job move 3 applied" or "move 3 applied". */
export function runText(ctx: CommandContext, line: string): Promise<Reply> {
  return respond(ctx, { line }, async () => {
    const { name, args: rest } = splitCommandLine(withoutControlCharacters(line));
    if (!name) return findCommand('help')!.run(ctx, {});
    const { command, args } = commandOfText(name, rest);
    const raw = command.parseText ? command.parseText(args) : parsePositional(args, command.options, command.usage);
    return runValidated(ctx, command, raw);
  });
}

/**
 * The command a typed line names: "move 3 applied", or in a group "stats model" — where the bare
 * group name ("stats 30d") runs the group's first command with the words that follow.
 */
function commandOfText(name: string, rest: string): { command: AnyCommand; args: string } {
  const group = findGroup(name);
  if (!group) {
    // "/job export" is "/job data export": typed words may leave out a group when the name is its own.
    const command = findCommand(name);
    if (!command) throw unknownCommand(name);
    return { command, args: rest };
  }
  const [sub = ''] = rest.split(/\s+/, 1);
  const args = rest.slice(sub.length).trim();
  const named = group.commands.find((command) => command.name === sub.toLowerCase());
  return named ? { command: named, args } : { command: group.commands[0]!, args: rest };
}

/** Runs a command from typed options, as Slack and Discord deliver them. */
export function runCommand(ctx: CommandContext, name: string, raw: Record<string, unknown>): Promise<Reply> {
  return respond(ctx, { command: name }, async () => {
    const command = findCommand(name);
    if (!command) throw unknownCommand(name);
    return runValidated(ctx, command, withoutControlCharactersIn(raw));
  });
}

async function runValidated(ctx: CommandContext, command: AnyCommand, raw: Record<string, unknown>): Promise<Reply> {
  const parsed = command.schema.safeParse(raw);
  if (!parsed.success) throw optionError(command, parsed.error, raw);
  return command.run(ctx, parsed.data);
}

function optionError(command: AnyCommand, error: z.ZodError, raw: Record<string, unknown>): UserError {
  const [issue] = error.issues;
  const option = String(issue?.path[0] ?? '');
  const missing = raw[option] === undefined || raw[option] === '';
  const spec = command.options.find((o) => o.name === option);
  const label = spec ? `<${option}>` : option;
  const message = missing && spec?.required ? `Missing ${label}.` : `${label} ${issue?.message ?? 'is not valid'}.`;
  return new UserError('bad_option', `${message} Usage: ${command.usage}`, option);
}

// Two edits catch most typos ("lsit", "tmeline") without suggesting unrelated commands.
const MAX_TYPO_DISTANCE = 2;

function unknownCommand(name: string): UserError {
  const names = [...COMMANDS.map((command) => command.name), ...GROUPS.map((group) => group.name)];
  const nearest = closest(name.toLowerCase(), names);
  if (distance(name.toLowerCase(), nearest) <= MAX_TYPO_DISTANCE) {
    return new UserError('unknown_command', `There is no /job ${name}. Did you mean /job ${nearest}?`);
  }
  return new UserError('unknown_command', `There is no /job ${name}. Try one of: ${names.join(', ')} — or /job help.`);
}

/** Whether a command with these raw options, or a button, answers with a form. */
export function opensForm(target: { command: string; options: Record<string, unknown> } | { action: string }): boolean {
  if ('action' in target) return ACTIONS.find((candidate) => candidate.action === target.action)?.opensForm ?? false;
  const flag = findCommand(target.command)?.opensForm;
  return typeof flag === 'function' ? flag(target.options) : (flag ?? false);
}

/** Runs a button press. */
export function runAction(ctx: CommandContext, action: string, value: string): Promise<Reply> {
  return respond(ctx, { action, value }, async () => {
    const handler = ACTIONS.find((candidate) => candidate.action === action);
    if (!handler) throw new UserError('unknown_action', 'That button no longer does anything. Use /job help to see what you can do.');
    return handler.run(ctx, withoutControlCharacters(value));
  });
}

/**
 * Submits a form. Field problems come back as `errors` keyed by field, so a modal can stay
 * open with the message on that field; nothing is saved in that case.
 */
export function submitForm(ctx: CommandContext, formId: string, context: string, values: Record<string, string>): Promise<FormOutcome & { replayed?: boolean }> {
  return trackHandling(ctx.services, () => submitNow(ctx, formId, context, values));
}

async function submitNow(ctx: CommandContext, formId: string, context: string, values: Record<string, string>): Promise<FormOutcome & { replayed?: boolean }> {
  const form = FORMS.find((candidate) => candidate.id === formId);
  try {
    return await oncePerDelivery<FormOutcome>(ctx, { ok: true, reply: STILL_RUNNING }, async () => {
      try {
        if (!form) throw new UserError('unknown_form', 'That form is out of date. Run the command again.');
        return await form.submit(ctx, withoutControlCharacters(context), withoutControlCharactersIn(values));
      } catch (error) {
        if (!isUserError(error)) throw error;
        if (error.field && error.field in values) return { ok: false, errors: { [error.field]: error.message } };
        return { ok: true, reply: errorReply(ctx, { formId, context }, error) };
      }
    });
  } catch (error) {
    return { ok: true, reply: errorReply(ctx, { formId, context }, error) };
  }
}
