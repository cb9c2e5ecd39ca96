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
 * Whether this process should answer: true once the delivery is known to be the first, false
 * for a repeat, true when the work ends first (a failure before the claim is still answered,
 * with an apology) or when finding out takes longer than Discord's window allows.
 */
async function firstDelivery(work: Promise<Reply>, delivery: Promise<boolean> | undefined, ms: number): Promise<boolean> {
  if (!delivery) return true;
  const known = await settleWithin(Promise.race([delivery, work.then((reply) => !reply.replayed, () => true)]), ms);
  return known?.value ?? true;
}

/**
 * Answers an interaction with the reply `work` produces. Quick work is answered directly (a
 * card's new state replaces the card); work still running after its budget is deferred first
 * and finished with an edit, so Discord never shows "did not respond". A repeated delivery
 * (`delivery` resolves false) is not answered at all: the first one's answer is what the person
 * sees, and Discord would refuse a second.
 */
export async function answer(interaction: Answerable, work: Promise<Reply>, options: { mayOpenForm: boolean; webhooks: InteractionWebhooks; delivery?: Promise<boolean> }): Promise<void> {
  const started = performance.now();
  if (!(await firstDelivery(work, options.delivery, FORM_DEFER_AFTER_MS))) {
    await work.catch(() => undefined);
    return;
  }
  const budget = (options.mayOpenForm ? FORM_DEFER_AFTER_MS : DEFER_AFTER_MS) - (performance.now() - started);
  const early = await settleWithin(work, Math.max(0, budget));
  try {
    if (early) {
      if (early.value.replayed) return;
      return await sendNow(interaction, early.value);
    }
    if (interaction.isMessageComponent()) await interaction.deferUpdate();
    else await interaction.deferReply(isPrivatePlace(interaction) ? { flags: MessageFlags.Ephemeral } : {});
  } catch (error) {
    // Another session answered first; its answer stands.
    if (isAlreadyAnswered(error)) return;
    throw error;
  }
  await sendLate(interaction, await work, options.webhooks);
}
