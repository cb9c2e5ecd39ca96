import { renderText } from '../../src/bots/render/text.js';
import type { Reply } from '../../src/bots/ui.js';

/** What a person would read: the plain-text rendering of a reply. */
export function textOf(reply: Reply): string {
  return renderText(reply).text;
}
