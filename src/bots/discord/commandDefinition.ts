import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { STATES } from '../../domain/ats/lifecycle.js';
import { COMMANDS, GROUPS } from '../commands/registry.js';
import type { CommandDefinition, OptionSpec } from '../commands/types.js';
import { DISCORD_MAX_COMMAND_DESCRIPTION, DISCORD_MAX_SUBCOMMANDS } from './limits.js';
import { truncate } from './markdown.js';

export const COMMAND_NAME = 'job';

/** Options whose values a person picks from their own data as they type. */
export const AUTOCOMPLETED: ReadonlySet<OptionSpec['type']> = new Set(['application', 'interview']);

function option(spec: OptionSpec): APIApplicationCommandBasicOption {
  const choices = spec.type === 'state' ? STATES : spec.choices;
  // Discord's option types are a union keyed by `type`; ours are built from data, hence the assertion.
  return {
    type: spec.type === 'integer' ? ApplicationCommandOptionType.Integer : spec.type === 'attachment' ? ApplicationCommandOptionType.Attachment : ApplicationCommandOptionType.String,
    name: spec.name,
    description: truncate(spec.description, DISCORD_MAX_COMMAND_DESCRIPTION),
    required: spec.required,
    ...(AUTOCOMPLETED.has(spec.type) ? { autocomplete: true } : {}),
    ...(choices ? { choices: choices.map((value) => ({ name: value.replace(/_/g, ' '), value })) } : {}),
  } as APIApplicationCommandBasicOption;
}

/**
 * `/job` with one subcommand per shared command and typed options, usable in servers, in the
 * bot's DMs and in any DM or group DM once a person installs the app to their account.
 */
export function jobCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const count = COMMANDS.length + GROUPS.length;
  if (count > DISCORD_MAX_SUBCOMMANDS) {
    throw new Error(`Discord allows ${DISCORD_MAX_SUBCOMMANDS} subcommands and groups per command; there are ${count}. Group some under a subcommand group.`);
  }
  return {
    name: COMMAND_NAME,
    type: ApplicationCommandType.ChatInput,
    description: 'Track your job search',
    integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
    options: [
      ...COMMANDS.map(subcommand),
      ...GROUPS.map((group) => ({
        type: ApplicationCommandOptionType.SubcommandGroup as const,
        name: group.name,
        description: truncate(group.summary, DISCORD_MAX_COMMAND_DESCRIPTION),
        options: group.commands.map(subcommand),
      })),
    ],
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function subcommand(command: CommandDefinition<any>) {
  return {
    type: ApplicationCommandOptionType.Subcommand as const,
    name: command.name,
    description: truncate(command.summary, DISCORD_MAX_COMMAND_DESCRIPTION),
    // Discord wants required options first; each command already lists them first.
    options: command.options.map(option),
  };
}
