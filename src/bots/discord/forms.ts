import { MessageFlags, type ButtonInteraction, type ModalSubmitInteraction } from 'discord.js';
import { errorReply, submitForm } from '../commands/dispatch.js';
import { FORMS } from '../commands/registry.js';
import type { CommandContext } from '../commands/types.js';
import { ui } from '../ui.js';
import { parseFormId } from './customId.js';
import { renderModal } from './modal.js';
import { renderMessage } from './render.js';
import type { InteractionWebhooks } from './interactionWebhooks.js';
import type { RefusedForms } from './refusedForms.js';
import { answer, isAlreadyAnswered } from './respond.js';

/** The button under a refused form; its value is the key of the answers kept for it. */
export const RETRY_ACTION = 'form.retry';

function readValues(interaction: ModalSubmitInteraction): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, field] of interaction.fields.fields) if ('value' in field && typeof field.value === 'string') values[name] = field.value;
  return values;
}

/** A submitted modal: saved and answered, or refused with each bad field named and nothing saved. */
export async function handleModalSubmit(
  context: Promise<CommandContext>,
  interaction: ModalSubmitInteraction,
  answering: { webhooks: InteractionWebhooks; delivery?: Promise<boolean> },
  refused: RefusedForms,
): Promise<void> {
  const target = parseFormId(interaction.customId);
  if (!target) return;
  const values = readValues(interaction);
  const work = context.then(async (ctx) => {
    const outcome = await submitForm(ctx, target.form, target.context, values);
    // A repeated delivery says so, so that it is left unanswered (see answer()), and keeps nothing.
    if (outcome.replayed) return { ...(outcome.ok ? outcome.reply : ui.message([])), replayed: true };
    if (outcome.ok) return outcome.reply;
    const secret = new Set(FORMS.find((form) => form.id === target.form)?.secretFields ?? []);
    const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !secret.has(name)));
    const key = await refused.keep(ctx.person.id, { form: target.form, context: target.context, values: kept });
    return ui.message([
      ui.section('Nothing was saved. Please fix:'),
      ui.list(Object.values(outcome.errors)),
      ui.actions([ui.button('Fix it', RETRY_ACTION, key, 'primary')]),
    ]);
  });
  await answer(interaction, work, { ...answering, mayOpenForm: false });
}

/**
 * "Fix it": reopens the refused form with the person's answers. A press delivered to two
 * sessions finds the same answers in both; the one whose modal Discord refuses stays quiet.
 */
export async function reopenRefusedForm(ctx: CommandContext, interaction: ButtonInteraction, key: string, refused: RefusedForms): Promise<void> {
  try {
    await reopen(ctx, interaction, key, refused);
  } catch (error) {
    if (!isAlreadyAnswered(error)) throw error;
  }
}

async function reopen(ctx: CommandContext, interaction: ButtonInteraction, key: string, refused: RefusedForms): Promise<void> {
  const kept = await refused.take(key, ctx.person.id);
  const definition = kept && FORMS.find((form) => form.id === kept.form);
  if (!kept || !definition) {
    await interaction.reply({ ...renderMessage(ui.message([ui.section('Those answers have expired. Run the command again.')])), flags: MessageFlags.Ephemeral });
    return;
  }
  try {
    const reply = await definition.open(ctx, kept.context);
    if (reply.kind !== 'form') {
      await interaction.reply({ ...renderMessage(reply), flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.showModal(renderModal(reply.form, kept.values));
  } catch (error) {
    // Another session showed the form first: not a failure (see reopenRefusedForm).
    if (isAlreadyAnswered(error)) throw error;
    const reply = errorReply(ctx, { retry: kept.form }, error);
    if (reply.kind === 'message') await interaction.reply({ ...renderMessage(reply), flags: MessageFlags.Ephemeral });
  }
}
