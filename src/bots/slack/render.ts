import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
import type { Block, Button, MessageReply, Select } from '../ui.js';
import {
  SLACK_MAX_ACTION_ELEMENTS,
  SLACK_MAX_ACTION_ID,
  SLACK_MAX_BUTTON_TEXT,
  SLACK_MAX_BUTTON_VALUE,
  SLACK_MAX_CONTEXT_TEXT,
  SLACK_MAX_FALLBACK_TEXT,
  SLACK_MAX_FIELD_TEXT,
  SLACK_MAX_HEADER_TEXT,
  SLACK_MAX_MESSAGE_BLOCKS,
  SLACK_MAX_OPTION_TEXT,
  SLACK_MAX_PLACEHOLDER,
  SLACK_MAX_SECTION_FIELDS,
  SLACK_MAX_SECTION_TEXT,
  SLACK_MAX_SELECT_OPTIONS,
} from './limits.js';
import { chunkLines, escapeMrkdwn, truncate } from './mrkdwn.js';

/** What chat.postMessage, chat.update and response_url take. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/**
 * Slack wants action ids unique within a block, and a card has several "app.move" buttons,
 * so the id carries the button's position after a `#`; routing reads the part before it.
 */
export function actionIdFor(action: string, index: number): string {
  return `${action}#${index}`;
}

export function actionFromId(actionId: string): string {
  const hash = actionId.lastIndexOf('#');
  return hash < 0 ? actionId : actionId.slice(0, hash);
}

function mrkdwnSections(escaped: string): KnownBlock[] {
  return chunkLines(escaped, SLACK_MAX_SECTION_TEXT).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

function renderButton(button: Button, index: number) {
  const actionId = actionIdFor(button.action, index);
  if (actionId.length > SLACK_MAX_ACTION_ID) {
    throw new Error(`Slack action ids are at most ${SLACK_MAX_ACTION_ID} characters; "${button.action}" is too long. Use a shorter action name.`);
  }
  if (button.value.length > SLACK_MAX_BUTTON_VALUE) {
    throw new Error(`Slack button values are at most ${SLACK_MAX_BUTTON_VALUE} characters; "${button.action}" packs ${button.value.length}. Pack an id, not the data.`);
  }
  return {
    type: 'button' as const,
    text: { type: 'plain_text' as const, text: truncate(button.label, SLACK_MAX_BUTTON_TEXT), emoji: true },
    action_id: actionId,
    // Slack refuses an empty value string; a button without arguments simply has none.
    ...(button.value ? { value: button.value } : {}),
    ...(button.style && button.style !== 'default' ? { style: button.style } : {}),
  };
}

function renderSelect(select: Select, index: number) {
  if (select.options.length > SLACK_MAX_SELECT_OPTIONS) {
    throw new Error(`A Slack select holds at most ${SLACK_MAX_SELECT_OPTIONS} options; "${select.action}" has ${select.options.length}. Narrow the choices first.`);
  }
  return {
    type: 'static_select' as const,
    action_id: actionIdFor(select.action, index),
    placeholder: { type: 'plain_text' as const, text: truncate(select.placeholder, SLACK_MAX_PLACEHOLDER), emoji: true },
    options: select.options.map((option) => ({ text: { type: 'plain_text' as const, text: truncate(option.label, SLACK_MAX_OPTION_TEXT), emoji: true }, value: option.value })),
  };
}

function renderBlock(block: Block, nextButton: () => number): KnownBlock[] {
  switch (block.type) {
    case 'header':
      // Header text is plain_text: Slack shows it literally, so there is nothing to escape.
      return [{ type: 'header', text: { type: 'plain_text', text: truncate(block.text, SLACK_MAX_HEADER_TEXT), emoji: true } }];
    case 'section':
      return mrkdwnSections(escapeMrkdwn(block.text));
    case 'fields': {
      const sections: KnownBlock[] = [];
      for (let start = 0; start < block.fields.length; start += SLACK_MAX_SECTION_FIELDS) {
        sections.push({
          type: 'section',
          fields: block.fields.slice(start, start + SLACK_MAX_SECTION_FIELDS).map((field) => ({
            type: 'mrkdwn' as const,
            text: truncate(`*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`, SLACK_MAX_FIELD_TEXT),
          })),
        });
      }
      return sections;
    }
    case 'list':
      return mrkdwnSections(block.items.map((item) => `• ${escapeMrkdwn(item)}`).join('\n'));
    case 'actions':
      if (block.buttons.length > SLACK_MAX_ACTION_ELEMENTS) {
        throw new Error(`A Slack actions block holds at most ${SLACK_MAX_ACTION_ELEMENTS} buttons; this one has ${block.buttons.length}. Split them over several actions blocks.`);
      }
      return [{ type: 'actions', elements: block.buttons.map((button) => renderButton(button, nextButton())) }];
    case 'select':
      return [{ type: 'actions', elements: [renderSelect(block, nextButton())] }];
    case 'context':
      return [{ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(escapeMrkdwn(block.text), SLACK_MAX_CONTEXT_TEXT) }] }];
    case 'divider':
      return [{ type: 'divider' }];
  }
}

/** Renders neutral blocks as Block Kit, keeping within `maxBlocks` by saying what was left out. */
export function renderBlocks(blocks: Block[], maxBlocks: number): KnownBlock[] {
  let counter = 0;
  const rendered = blocks.flatMap((block) => renderBlock(block, () => counter++));
  if (rendered.length <= maxBlocks) return rendered;
  const kept = rendered.slice(0, maxBlocks - 1);
  kept.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…${rendered.length - kept.length} more parts did not fit in one Slack message. Narrow it down, e.g. /job list applied.` }] });
  return kept;
}

/** The plain notification text Slack shows in previews and screen readers. */
function fallbackText(blocks: Block[]): string {
  const first = blocks.find((block) => block.type === 'section' || block.type === 'header');
  const text = first && 'text' in first ? first.text : 'Jobscout';
  return truncate(escapeMrkdwn(text), SLACK_MAX_FALLBACK_TEXT);
}

/** A neutral message as Slack's message payload. */
export function renderMessage(reply: MessageReply, maxBlocks = SLACK_MAX_MESSAGE_BLOCKS): SlackMessage {
  return { text: fallbackText(reply.blocks), blocks: renderBlocks(reply.blocks, maxBlocks) };
}
