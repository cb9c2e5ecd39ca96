import { renderText } from '../../src/bots/render/text.js';
import type { Reply } from '../../src/bots/ui.js';

/** What a person would read: the plain-text rendering of a reply. */
export function textOf(reply: Reply): string {
  return renderText(reply).text;
}

/** The buttons of a reply, in order, as label, action and the value they carry. */
export function buttonsOf(reply: Reply): { label: string; action: string; value: string }[] {
  if (reply.kind !== 'message') return [];
  return reply.blocks.flatMap((block) => (block.type === 'actions' ? block.buttons.map((button) => ({ label: button.label, action: button.action, value: button.value })) : []));
}
