import type { z } from 'zod';
import type { Services } from '../../domain/services.js';
import type { PersonRow } from '../../models/people.js';
import type { Reply } from '../ui.js';

/** Who is asking and with what: built by the adapter for every event. */
export interface CommandContext {
  services: Services;
  person: PersonRow;
  /**
   * The community this happens in (see domain/people/communities.ts): a job added by hand here
   * is seen only here.
   */
  community: string;
  /** The platform's delivery id when it has one, so a redelivered event changes nothing twice. */
  idempotencyKey?: string;
  /**
   * Told as soon as the delivery is known to be new (true) or one already handled or being
   * handled (false), before any work: an adapter that must answer within seconds (Discord) can
   * then leave a repeat unanswered instead of racing the first delivery's answer.
   */
  onDelivery?: (first: boolean) => void;
}

/**
 * `attachment` is a file the person attaches where the platform lets a command carry one
 * (Discord); the adapter hands the command its text. Typed commands have no files.
 */
export type OptionType = 'string' | 'integer' | 'application' | 'state' | 'interview' | 'attachment';

/** A typed option, declared once: text adapters parse it positionally, Discord shows it as a slash option. */
export interface OptionSpec {
  name: string;
  description: string;
  type: OptionType;
  required: boolean;
  /** Takes the rest of the line (only the last option may). */
  rest?: boolean;
  /** The only values accepted, offered as a pick list where the platform has one. */
  choices?: readonly string[];
}

export interface CommandDefinition<Options = Record<string, unknown>> {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec[];
  schema: z.ZodType<Options>;
  /** A syntax of its own for text input, e.g. "<title> at <company> [url]". */
  parseText?: (args: string) => Record<string, string | undefined>;
  /**
   * Whether the answer to these (raw) options is a form. Platforms that can only open a form as
   * the very first response (Discord) wait for such commands instead of deferring them early.
   */
  opensForm?: boolean | ((raw: Record<string, unknown>) => boolean);
  run(ctx: CommandContext, options: Options): Promise<Reply>;
  /**
   * In a group, typed only after the group's word: "/job delete 3" must not delete an interview
   * for someone who meant the application.
   */
  groupWordRequired?: boolean;
  /** Words typed for this command before it moved into a group ("offers" for "offer compare"). */
  aliases?: readonly string[];
}

/**
 * Commands of one area under one word: `/job stats`, `/job stats model`. Discord shows them as a
 * subcommand group (it allows 25 subcommands and groups under `/job`); Slack and the console take
 * the same words, and the bare group name runs its first command.
 */
export interface CommandGroup {
  name: string;
  summary: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  commands: CommandDefinition<any>[];
}

/** A button press, routed by `action`, with the packed `value` the button carried. */
export interface ActionDefinition {
  action: string;
  /** The press answers with a form (see CommandDefinition.opensForm). */
  opensForm?: boolean;
  run(ctx: CommandContext, value: string): Promise<Reply>;
}

/** The result of submitting a form: a reply, or per-field problems to show on the fields. */
export type FormOutcome = { ok: true; reply: Reply } | { ok: false; errors: Record<string, string> };

export interface FormDefinition {
  id: string;
  /** Fields never kept anywhere, even for a moment (a password): a refused form asks them again. */
  secretFields?: readonly string[];
  open(ctx: CommandContext, context: string): Promise<Reply>;
  submit(ctx: CommandContext, context: string, values: Record<string, string>): Promise<FormOutcome>;
}

/** Keeps a command's option type while storing many in one list. */
export function defineCommand<Options>(definition: CommandDefinition<Options>): CommandDefinition<Options> {
  return definition;
}
