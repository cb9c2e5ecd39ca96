import { randomBytes } from 'node:crypto';
import { MessageFlags, type ButtonInteraction, type ModalSubmitInteraction } from 'discord.js';
import NodeCache from 'node-cache';
import { errorReply, submitForm } from '../commands/dispatch.js';
import { FORMS } from '../commands/registry.js';
import type { CommandContext } from '../commands/types.js';
import { ui } from '../ui.js';
import { parseFormId } from './customId.js';
import { renderModal } from './modal.js';
import { renderMessage } from './render.js';
import type { InteractionWebhooks } from './interactionWebhooks.js';
import { answer } from './respond.js';

/** The button under a refused form; its value is the key of the answers kept for it. */
export const RETRY_ACTION = 'form.retry';

interface RefusedForm {
  userId: string;
  form: string;
  context: string;
  values: Record<string, string>;
}

/**
 * A Discord modal closes on submit, so a refused one can't show errors on its fields. The
 * person gets the problems named by field and a "Fix it" button that reopens the form with
 * their answers still in it; the answers wait here for a quarter of an hour.
 */
export class RefusedForms {
  private readonly kept = new NodeCache({ stdTTL: 15 * 60, checkperiod: 60, useClones: false });

  keep(refused: RefusedForm): string {
    const key = randomBytes(6).toString('hex');
    this.kept.set(key, refused);
    return key;
  }

  take(key: string, userId: string): RefusedForm | undefined {
    const refused = this.kept.get<RefusedForm>(key);
    // Only the person who typed the answers may see them again.
    return refused?.userId === userId ? refused : undefined;
  }

  close(): void {
    this.kept.close();
  }
}

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
  const work = context.then((ctx) => submitForm(ctx, target.form, target.context, values)).then((outcome) => {
    if (outcome.ok) return outcome.reply;
    const key = refused.keep({ userId: interaction.user.id, form: target.form, context: target.context, values });
    return ui.message([
      ui.section('Nothing was saved. Please fix:'),
      ui.list(Object.values(outcome.errors)),
      ui.actions([ui.button('Fix it', RETRY_ACTION, key, 'primary')]),
    ]);
  });
  await answer(interaction, work, { ...answering, mayOpenForm: false });
}

/** "Fix it": reopens the refused form with the person's answers. */
export async function reopenRefusedForm(ctx: CommandContext, interaction: ButtonInteraction, key: string, refused: RefusedForms): Promise<void> {
  const kept = refused.take(key, interaction.user.id);
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
    const reply = errorReply(ctx, { retry: kept.form }, error);
    if (reply.kind === 'message') await interaction.reply({ ...renderMessage(reply), flags: MessageFlags.Ephemeral });
  }
}
