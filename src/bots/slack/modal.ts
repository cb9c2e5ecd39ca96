import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { Form, FormField } from '../ui.js';
import {
  SLACK_MAX_HINT,
  SLACK_MAX_INPUT_LABEL,
  SLACK_MAX_INPUT_LENGTH,
  SLACK_MAX_MODAL_BUTTON,
  SLACK_MAX_MODAL_TITLE,
  SLACK_MAX_OPTION_TEXT,
  SLACK_MAX_PLACEHOLDER,
  SLACK_MAX_PRIVATE_METADATA,
  SLACK_MAX_SELECT_OPTIONS,
} from './limits.js';
import { truncate } from './mrkdwn.js';

/** Every modal's callback id starts with this, then the neutral form id. */
export const FORM_CALLBACK_PREFIX = 'form:';
/** Each input's element id; the block id is the field name, which is what errors are keyed by. */
const VALUE_ACTION_ID = 'value';

/**
 * What a modal carries to its submission: the form's context, and where the person was, so
 * the result can be answered there (a view_submission has no response_url of its own).
 */
export interface ModalMetadata {
  context: string;
  responseUrl?: string;
  channelId?: string;
}

const metadataSchema = z.object({ c: z.string(), r: z.string().optional(), ch: z.string().optional() });

export function encodeMetadata(metadata: ModalMetadata): string {
  const encoded = JSON.stringify({ c: metadata.context, r: metadata.responseUrl, ch: metadata.channelId });
  if (encoded.length > SLACK_MAX_PRIVATE_METADATA) {
    // The context is ours (an id), so only the reply address can be dropped; the reply then goes to the DM.
    return JSON.stringify({ c: metadata.context });
  }
  return encoded;
}

export function decodeMetadata(raw: string | undefined): ModalMetadata {
  try {
    const parsed = metadataSchema.parse(JSON.parse(raw ?? ''));
    return { context: parsed.c, responseUrl: parsed.r, channelId: parsed.ch };
  } catch {
    return { context: '' };
  }
}

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: truncate(text, max), emoji: true });

function inputElement(field: FormField) {
  if (field.kind === 'select') {
    const options = (field.options ?? []).map((option) => ({ text: plain(option.label, SLACK_MAX_OPTION_TEXT), value: option.value }));
    if (options.length > SLACK_MAX_SELECT_OPTIONS) {
      throw new Error(`A Slack select holds at most ${SLACK_MAX_SELECT_OPTIONS} options; field "${field.name}" has ${options.length}. Use a text field instead.`);
    }
    const initial = options.find((option) => option.value === field.initial);
    return { type: 'static_select' as const, action_id: VALUE_ACTION_ID, options, ...(initial ? { initial_option: initial } : {}) };
  }
  return {
    type: 'plain_text_input' as const,
    action_id: VALUE_ACTION_ID,
    multiline: field.kind === 'multiline',
    max_length: SLACK_MAX_INPUT_LENGTH,
    ...(field.initial ? { initial_value: field.initial.slice(0, SLACK_MAX_INPUT_LENGTH) } : {}),
    ...(field.placeholder ? { placeholder: plain(field.placeholder, SLACK_MAX_PLACEHOLDER) } : {}),
  };
}

/** A neutral form as a Slack modal; field names become block ids so errors land on their field. */
export function renderModal(form: Form, metadata: ModalMetadata): types.ModalView {
  return {
    type: 'modal',
    callback_id: `${FORM_CALLBACK_PREFIX}${form.id}`,
    private_metadata: encodeMetadata(metadata),
    title: plain(form.title, SLACK_MAX_MODAL_TITLE),
    submit: plain(form.submitLabel, SLACK_MAX_MODAL_BUTTON),
    close: plain('Cancel', SLACK_MAX_MODAL_BUTTON),
    blocks: form.fields.map((field) => ({
      type: 'input' as const,
      block_id: field.name,
      optional: !field.required,
      label: plain(field.label, SLACK_MAX_INPUT_LABEL),
      ...(field.hint ? { hint: plain(field.hint, SLACK_MAX_HINT) } : {}),
      element: inputElement(field),
    })),
  };
}

/** The shape of `view.state.values` for the inputs we render. */
type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

/** Reads a submitted modal back into the neutral `{ field: text }` form values. */
export function readModalValues(values: StateValues): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, elements] of Object.entries(values)) {
    const element = elements[VALUE_ACTION_ID];
    if (!element) continue;
    result[field] = element.selected_option?.value ?? element.value ?? '';
  }
  return result;
}
