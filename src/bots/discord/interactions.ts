import { randomBytes } from 'node:crypto';
import { ApplicationCommandOptionType, MessageFlags, type Client, type ChatInputCommandInteraction, type CommandInteractionOption, type Interaction } from 'discord.js';
import type { CommandContext } from '../commands/types.js';
import type { Reply } from '../ui.js';
import { attachedTexts } from './attachedText.js';
import type { Logger } from 'pino';
import type { Services } from '../../domain/services.js';
import { opensForm, runAction, runCommand } from '../commands/dispatch.js';
import { trackHandling } from '../commands/inflight.js';
import { suggest } from './autocomplete.js';
import { COMMAND_NAME } from './commandDefinition.js';
import { discordContext } from './context.js';
import { parseComponentId } from './customId.js';
import { handleModalSubmit, reopenRefusedForm, RETRY_ACTION } from './forms.js';
import type { RefusedForms } from './refusedForms.js';
import type { InteractionWebhooks } from './interactionWebhooks.js';
import { answer, isAlreadyAnswered } from './respond.js';

export interface InteractionDeps {
  services: Services;
  logger: Logger;
  refused: RefusedForms;
  webhooks: InteractionWebhooks;
}

/** The typed options of the chosen subcommand, as the shared command layer takes them. */
function subcommandOptions(interaction: ChatInputCommandInteraction): { name: string; options: Record<string, unknown>; files: CommandInteractionOption[] } {
  const [first] = interaction.options.data;
  // In a group ("/job stats summary") the subcommand is one level down, named "stats summary".
  const grouped = first?.type === ApplicationCommandOptionType.SubcommandGroup ? first.options?.[0] : undefined;
  const sub = grouped ?? first;
  const name = grouped ? `${first!.name} ${grouped.name}` : (sub?.name ?? 'help');
  const given = sub?.options ?? [];
  const files = given.filter((option) => option.type === ApplicationCommandOptionType.Attachment);
  return { name, options: Object.fromEntries(given.filter((option) => !files.includes(option)).map((option) => [option.name, option.value])), files };
}

/** Runs a command once its attached files are read; a file it can't take is answered instead. */
async function withFiles(ctx: CommandContext, name: string, options: Record<string, unknown>, files: CommandInteractionOption[]): Promise<Reply> {
  if (!files.length) return runCommand(ctx, name, options);
  const read = await attachedTexts(files);
  return 'refusal' in read ? read.refusal : runCommand(ctx, name, { ...options, ...read.values });
}

async function route(deps: InteractionDeps, interaction: Interaction): Promise<void> {
  // Resolves once the command layer knows whether this delivery is the first of its id.
  let heard!: (first: boolean) => void;
  const delivery = new Promise<boolean>((resolve) => (heard = resolve));
  // Who is asking is looked up inside the timed work, so a slow database is deferred too.
  const context = () => discordContext(deps.services, interaction, heard);
  const answering = { webhooks: deps.webhooks, delivery };
  if (interaction.isAutocomplete()) {
    await interaction.respond(await suggest(await context(), interaction));
    return;
  }
  if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME) {
    const { name, options, files } = subcommandOptions(interaction);
    await answer(interaction, context().then((ctx) => withFiles(ctx, name, options, files)), { ...answering, mayOpenForm: opensForm({ command: name, options }) });
    return;
  }
  if (interaction.isButton() || interaction.isStringSelectMenu()) {
    const { action, value } = parseComponentId(interaction.customId);
    if (interaction.isButton() && action === RETRY_ACTION) return reopenRefusedForm(await context(), interaction, value, deps.refused);
    const chosen = interaction.isStringSelectMenu() ? (interaction.values[0] ?? '') : value;
    await answer(interaction, context().then((ctx) => runAction(ctx, action, chosen)), { ...answering, mayOpenForm: opensForm({ action }) });
    return;
  }
  if (interaction.isModalSubmit()) await handleModalSubmit(context(), interaction, answering, deps.refused);
}

/**
 * Routes every interaction to the shared command layer. User mistakes are answered there; what
 * lands in the catch is Discord refusing a response or a bug, logged with an id and apologised for.
 */
export function registerInteractions(client: Client, deps: InteractionDeps): void {
  client.on('interactionCreate', (interaction) => {
    trackHandling(deps.services, () => route(deps, interaction)).catch(async (error: unknown) => {
      // A second session answered this interaction first: nothing went wrong for the person.
      if (isAlreadyAnswered(error)) return;
      const errorId = randomBytes(4).toString('hex');
      deps.logger.error({ err: error, errorId, userId: interaction.user.id, type: interaction.type }, 'discord interaction failed');
      if (!interaction.isRepliable()) return;
      const content = `Sorry, something went wrong on our side. If it keeps happening, mention error id ${errorId}.`;
      const message = { content, flags: MessageFlags.Ephemeral as const, allowedMentions: { parse: [] as [] } };
      await (interaction.replied || interaction.deferred ? interaction.followUp(message) : interaction.reply(message)).catch(() => undefined);
    });
  });
}
