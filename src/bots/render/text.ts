import { withoutControlCharacters } from '../../domain/controlCharacters.js';
import type { Block, Button, Form, FormField, Reply } from '../ui.js';

/**
 * Escapes user text for a terminal: escape sequences in a job title could move the cursor,
 * retitle the window or clear the screen. Newlines and tabs stay.
 */
export function escapeText(text: string): string {
  return withoutControlCharacters(text);
}

export interface RenderedText {
  text: string;
  /** The buttons in the order they were numbered, [1] first. */
  buttons: Button[];
}

function renderBlock(block: Block, nextNumber: () => number, buttons: Button[]): string {
  switch (block.type) {
    case 'header': {
      const text = escapeText(block.text);
      return `${text}\n${'─'.repeat(Math.min(Math.max(text.length, 20), 72))}`;
    }
    case 'section':
      return escapeText(block.text);
    case 'fields':
      return block.fields.map((field) => `${escapeText(field.label)}: ${escapeText(field.value)}`).join('\n');
    case 'list':
      return block.items.map((item) => `  • ${escapeText(item)}`).join('\n');
    case 'actions':
      return block.buttons
        .map((button) => {
          buttons.push(button);
          return `[${nextNumber()}] ${escapeText(button.label)}`;
        })
        .join('  ');
    case 'select':
      // A terminal has no menus: each option becomes a numbered choice like a button.
      return `${escapeText(block.placeholder)} ${block.options
        .map((option) => {
          buttons.push({ type: 'button', label: option.label, action: block.action, value: option.value });
          return `[${nextNumber()}] ${escapeText(option.label)}`;
        })
        .join('  ')}`;
    case 'context':
      // Every line of a small-print block is indented, so it reads as one aside.
      return escapeText(block.text)
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n');
    case 'divider':
      return '─'.repeat(20);
  }
}

/** Plain text for the console and for logs: buttons become numbered choices. */
export function renderText(reply: Reply): RenderedText {
  if (reply.kind === 'form') return { text: renderFormTitle(reply.form), buttons: [] };
  const buttons: Button[] = [];
  let counter = 0;
  const text = reply.blocks.map((block) => renderBlock(block, () => ++counter, buttons)).join('\n');
  return { text, buttons };
}

export function renderFormTitle(form: Form): string {
  return `${escapeText(form.title)} — answer each field; leave empty to skip an optional one, "cancel" to stop.`;
}

/** The line that ends a many-line answer in the console: a terminal can't tell Enter from "next line". */
export const END_OF_TEXT = '.';

/** A default shown in brackets: the first line of a long one, so a pasted posting isn't echoed whole. */
function shownDefault(initial: string): string {
  const first = initial.split('\n', 1)[0]!;
  return first.length > 60 || first.length < initial.length ? `${first.slice(0, 60).trimEnd()}…` : first;
}

/** The prompt for one form field, with its choices and default. */
export function renderFieldPrompt(field: FormField): string {
  const choices = field.options ? ` (${field.options.map((option) => option.value).join(', ')})` : '';
  const fallback = field.initial ? ` [${escapeText(shownDefault(field.initial))}]` : field.required ? '' : ' (optional)';
  const hints = [field.hint, field.manyLines ? `Several lines welcome; end with a line holding only "${END_OF_TEXT}".` : undefined].filter(Boolean);
  const hint = hints.map((text) => `\n  ${escapeText(text!)}`).join('');
  return `${escapeText(field.label)}${choices}${fallback}${hint}\n> `;
}
