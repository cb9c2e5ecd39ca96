import type { APIModalInteractionResponseCallbackData } from 'discord.js';
import type { Form, FormField } from '../ui.js';
import { formId } from './customId.js';
import { DISCORD_MAX_INPUT_LABEL, DISCORD_MAX_INPUT_PLACEHOLDER, DISCORD_MAX_INPUT_VALUE, DISCORD_MAX_MODAL_INPUTS, DISCORD_MAX_MODAL_TITLE } from './limits.js';
import { truncate } from './markdown.js';

const SHORT = 1;
const PARAGRAPH = 2;

/** A select has no place in a classic modal, so its choices become the text input's placeholder. */
function placeholderOf(field: FormField): string | undefined {
  const text = field.options ? `One of: ${field.options.map((option) => option.value).join(', ')}` : field.placeholder;
  return text ? truncate(text, DISCORD_MAX_INPUT_PLACEHOLDER) : undefined;
}

/** A neutral form as a Discord modal; `values` (from a refused submit) fill the inputs again. */
export function renderModal(form: Form, values: Record<string, string> = {}): APIModalInteractionResponseCallbackData {
  if (form.fields.length > DISCORD_MAX_MODAL_INPUTS) {
    throw new Error(`A Discord modal holds at most ${DISCORD_MAX_MODAL_INPUTS} inputs; form "${form.id}" has ${form.fields.length}. Split the form.`);
  }
  return {
    custom_id: formId(form.id, form.context),
    title: truncate(form.title, DISCORD_MAX_MODAL_TITLE),
    components: form.fields.map((field) => {
      const value = values[field.name] ?? field.initial;
      const placeholder = placeholderOf(field);
      return {
        type: 1,
        components: [
          {
            type: 4,
            custom_id: field.name,
            label: truncate(field.label, DISCORD_MAX_INPUT_LABEL),
            style: field.kind === 'multiline' ? PARAGRAPH : SHORT,
            required: field.required,
            max_length: DISCORD_MAX_INPUT_VALUE,
            ...(placeholder ? { placeholder } : {}),
            ...(value ? { value: value.slice(0, DISCORD_MAX_INPUT_VALUE) } : {}),
          },
        ],
      };
    }),
  };
}
