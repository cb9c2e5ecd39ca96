import {
  DiscordAPIError,
  InteractionContextType,
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { ui, type Reply } from '../ui.js';
import type { InteractionWebhooks } from './interactionWebhooks.js';
import { DISCORD_RESPONSE_DEADLINE_MS } from './limits.js';
import { renderModal } from './modal.js';
import { renderMessage } from './render.js';

export type Answerable = ChatInputCommandInteraction | ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction;

/**
 * How long work may take before we tell Discord we're on it ("thinking…") and finish with an
 * edit, which Discord then allows for 15 minutes. Most answers are ready well within the short
 * budget; when the database is busy, the person sees the response at once and the content a
 * moment later, instead of a slow response or "did not respond".
 */
export const DEFER_AFTER_MS = 15;
/** A modal can only be the first response, so work that may open one gets most of Discord's 3 seconds. */
export const FORM_DEFER_AFTER_MS = DISCORD_RESPONSE_DEADLINE_MS - 1000;

/** Replies about a person's search are private everywhere but their own DM with the bot. */
export function isPrivatePlace(interaction: Answerable): boolean {
  const context = interaction.context ?? (interaction.inGuild() ? InteractionContextType.Guild : InteractionContextType.BotDM);
  return context !== InteractionContextType.BotDM;
}

function flagsFor(interaction: Answerable, reply: Reply): { flags?: MessageFlags.Ephemeral } {
  return reply.kind === 'message' && reply.ephemeral && isPrivatePlace(interaction) ? { flags: MessageFlags.Ephemeral } : {};
}

const FORM_TOO_SLOW = ui.message([ui.section('That took too long to open the form. Please try again.')]);
const FORM_FROM_FORM = ui.message([ui.section('Finish this step first, then run the command again for the next form.')]);

async function settleWithin<T>(work: Promise<T>, ms: number): Promise<{ value: T } | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work.then((value) => ({ value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function sendNow(interaction: Answerable, reply: Reply): Promise<void> {
  if (reply.kind === 'form') {
    // Discord can't open a modal in answer to a modal.
    if (interaction.isModalSubmit()) return sendNow(interaction, FORM_FROM_FORM);
    await interaction.showModal(renderModal(reply.form));
    return;
  }
  const message = renderMessage(reply);
  if (interaction.isMessageComponent() && reply.replacesSource) {
    await interaction.update(message);
    return;
  }
  await interaction.reply({ ...message, ...flagsFor(interaction, reply) });
}

async function sendLate(interaction: Answerable, reply: Reply, webhooks: InteractionWebhooks): Promise<void> {
  const final = reply.kind === 'form' ? FORM_TOO_SLOW : reply;
  const message = renderMessage(final);
  if (interaction.isMessageComponent() && !final.replacesSource) {
    // The deferral kept the card as it was; anything else than its new state is a new message.
    await webhooks.followUp(interaction.applicationId, interaction.token, message, 'flags' in flagsFor(interaction, final));
    return;
  }
  await webhooks.editOriginal(interaction.applicationId, interaction.token, message);
}

// Discord's answer when an interaction already has its response.
const ALREADY_ACKNOWLEDGED = 40060;

/** Whether Discord refused a response because another (a second session, a replay) came first. */
export function isAlreadyAnswered(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === ALREADY_ACKNOWLEDGED;
}

/**
 * Answers an interaction with the reply `work` produces. Quick work is answered directly (a
 * card's new state replaces the card); work still running after its budget is deferred first
 * and finished with an edit, so Discord never shows "did not respond".
 *
 * The same interaction can arrive twice (a replay, two sessions on one token). Only the delivery
 * that claimed it (`delivery` resolves true; see oncePerDelivery) answers; a repeat that learns
 * so within the budget sends nothing. A repeat that had to defer before learning it leaves the
 * answer to the first delivery, which finds the interaction acknowledged and finishes through
 * the interaction's token instead.
 */
export async function answer(interaction: Answerable, work: Promise<Reply>, options: { mayOpenForm: boolean; webhooks: InteractionWebhooks; delivery?: Promise<boolean> }): Promise<void> {
  const budget = options.mayOpenForm ? FORM_DEFER_AFTER_MS : DEFER_AFTER_MS;
  // Settles only for a repeat. Made afresh for each interaction: a promise that never settles and
  // is shared would keep every reply raced against it in memory for good.
  const toldRepeat = new Promise<{ repeat: true }>((resolve) => void options.delivery?.then((first) => first || resolve({ repeat: true })));
  const early = await settleWithin(Promise.race([work.then((reply) => ({ reply })), toldRepeat]), budget);
  if (early && 'repeat' in early.value) {
    await work.catch(() => undefined);
    return;
  }
  if (early && 'reply' in early.value) {
    const { reply } = early.value;
    if (reply.replayed) return;
    try {
      await sendNow(interaction, reply);
    } catch (error) {
      if (!isAlreadyAnswered(error)) throw error;
      await sendLate(interaction, reply, options.webhooks);
    }
    return;
  }
  try {
    if (interaction.isMessageComponent()) await interaction.deferUpdate();
    else await interaction.deferReply(isPrivatePlace(interaction) ? { flags: MessageFlags.Ephemeral } : {});
  } catch (error) {
    // A repeat of this interaction deferred first; the token works for us all the same.
    if (!isAlreadyAnswered(error)) throw error;
  }
  const reply = await work;
  if (reply.replayed) return;
  await sendLate(interaction, reply, options.webhooks);
}
