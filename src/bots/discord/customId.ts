import { DISCORD_MAX_CUSTOM_ID } from './limits.js';

/**
 * Components carry their route in the custom id: "<action>|<value>|<n>". The position keeps ids
 * unique within a message, as Discord requires; routing reads the action and the value.
 */
export function componentId(action: string, value: string, index: number): string {
  const id = `${action}|${value}|${index}`;
  if (id.length > DISCORD_MAX_CUSTOM_ID) {
    throw new Error(`Discord custom ids are at most ${DISCORD_MAX_CUSTOM_ID} characters; "${action}" with value "${value.slice(0, 20)}…" needs ${id.length}. Pack a short id, not the data.`);
  }
  return id;
}

export function parseComponentId(customId: string): { action: string; value: string } {
  const first = customId.indexOf('|');
  const last = customId.lastIndexOf('|');
  if (first < 0 || last === first) return { action: customId, value: '' };
  return { action: customId.slice(0, first), value: customId.slice(first + 1, last) };
}

/** Modals carry the neutral form id and its context: "form:<id>:<context>". */
const FORM_PREFIX = 'form:';

export function formId(form: string, context: string): string {
  const id = `${FORM_PREFIX}${form}:${context}`;
  if (id.length > DISCORD_MAX_CUSTOM_ID) throw new Error(`Form "${form}" context is too long for a Discord custom id (${id.length} > ${DISCORD_MAX_CUSTOM_ID}).`);
  return id;
}

export function parseFormId(customId: string): { form: string; context: string } | null {
  if (!customId.startsWith(FORM_PREFIX)) return null;
  const rest = customId.slice(FORM_PREFIX.length);
  const colon = rest.indexOf(':');
  return colon < 0 ? { form: rest, context: '' } : { form: rest.slice(0, colon), context: rest.slice(colon + 1) };
}
