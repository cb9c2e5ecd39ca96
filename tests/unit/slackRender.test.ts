import { describe, expect, it } from 'vitest';
import { SLACK_MAX_MESSAGE_BLOCKS, SLACK_MAX_MODAL_TITLE, SLACK_MAX_SECTION_TEXT } from '../../src/bots/slack/limits.js';
import { decodeMetadata, readModalValues, renderModal } from '../../src/bots/slack/modal.js';
import { chunkLines, escapeMrkdwn } from '../../src/bots/slack/mrkdwn.js';
import { actionFromId, renderBlocks, renderMessage } from '../../src/bots/slack/render.js';
import { firstLink } from '../../src/bots/slack/shortcuts.js';
import { ui } from '../../src/bots/ui.js';

describe('Slack renderer', () => {
  it('escapes &, < and > in mrkdwn, and nothing else', () => {
    expect(escapeMrkdwn('R&D <!channel> <@U1> *bold* @here')).toBe('R&amp;D &lt;!channel&gt; &lt;@U1&gt; *bold* @here');
  });

  it('splits a long list into sections Slack accepts, never cutting an entity in half', () => {
    const items = Array.from({ length: 200 }, (_, i) => `#${i + 1} · Engineer at A&B Corp — Applied`);
    const blocks = renderBlocks([ui.list(items)], SLACK_MAX_MESSAGE_BLOCKS) as { type: string; text: { text: string } }[];
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) expect(block.text.text.length).toBeLessThanOrEqual(SLACK_MAX_SECTION_TEXT);
    expect(blocks.map((block) => block.text.text).join('\n').split('\n')).toHaveLength(200);
    const long = chunkLines('&amp;'.repeat(1000), SLACK_MAX_SECTION_TEXT);
    expect(long.every((chunk) => /^(&amp;)+$/.test(chunk))).toBe(true);
  });

  it('keeps a message within 50 blocks and says what was left out', () => {
    const blocks = renderBlocks(Array.from({ length: 80 }, (_, i) => ui.section(`part ${i}`)), SLACK_MAX_MESSAGE_BLOCKS);
    expect(blocks).toHaveLength(SLACK_MAX_MESSAGE_BLOCKS);
    expect(JSON.stringify(blocks.at(-1))).toContain('31 more parts did not fit in one Slack message');
  });

  it('groups more than 10 fields into several sections', () => {
    const fields = Array.from({ length: 14 }, (_, i) => ({ label: `F${i}`, value: String(i) }));
    const blocks = renderBlocks([ui.fields(fields)], SLACK_MAX_MESSAGE_BLOCKS) as { fields: unknown[] }[];
    expect(blocks.map((block) => block.fields.length)).toEqual([10, 4]);
  });

  it('refuses too many buttons in one actions block, saying how to fix it', () => {
    const buttons = Array.from({ length: 26 }, (_, i) => ui.button(`B${i}`, 'app.show', String(i)));
    expect(() => renderMessage(ui.message([ui.actions(buttons)]) as never)).toThrow('A Slack actions block holds at most 25 buttons; this one has 26. Split them over several actions blocks.');
  });

  it('refuses an action id longer than Slack allows', () => {
    expect(() => renderBlocks([ui.actions([ui.button('x', 'a'.repeat(300), '1')])], 50)).toThrow(/at most 255 characters/);
  });

  it('gives every button a unique action id that routes back to its action', () => {
    const blocks = renderBlocks([ui.actions([ui.button('A', 'app.move', '1:applied'), ui.button('B', 'app.move', '1:screening')])], 50) as { elements: { action_id: string }[] }[];
    const ids = blocks[0]!.elements.map((element) => element.action_id);
    expect(new Set(ids).size).toBe(2);
    expect(ids.map(actionFromId)).toEqual(['app.move', 'app.move']);
  });
});

describe('Slack modals', () => {
  const form = {
    id: 'interview',
    context: '3',
    title: 'Interview · #3 Very Long Company Name Inc',
    submitLabel: 'Log interview',
    fields: [
      { name: 'kind', label: 'Type', kind: 'select' as const, required: true, initial: 'video', options: [{ value: 'phone', label: 'phone' }, { value: 'video', label: 'video' }] },
      { name: 'when', label: 'When', kind: 'text' as const, required: true, placeholder: 'tomorrow 14:00' },
    ],
  };

  it('fits the title in 24 characters and keys inputs by field name', () => {
    const view = renderModal(form, { context: '3', responseUrl: 'https://hooks.slack.com/x', channelId: 'C1' });
    expect((view.title as { text: string }).text).toHaveLength(SLACK_MAX_MODAL_TITLE);
    expect(view.blocks.map((block) => (block as { block_id: string }).block_id)).toEqual(['kind', 'when']);
    expect(decodeMetadata(view.private_metadata)).toEqual({ context: '3', responseUrl: 'https://hooks.slack.com/x', channelId: 'C1' });
    expect((view.blocks[0] as { element: { initial_option: { value: string } } }).element.initial_option.value).toBe('video');
  });

  it('reads submitted values back, selects and text alike', () => {
    expect(
      readModalValues({ kind: { value: { selected_option: { value: 'phone' } } }, when: { value: { value: 'tomorrow 9:00' } }, notes: { value: { value: null } } }),
    ).toEqual({ kind: 'phone', when: 'tomorrow 9:00', notes: '' });
  });

  it('treats unreadable metadata as no context rather than failing', () => {
    expect(decodeMetadata('not json')).toEqual({ context: '' });
  });
});

describe('links in Slack messages', () => {
  it.each([
    ['see <https://jobs.example/1|Engineer> and <https://b.example>', 'https://jobs.example/1'],
    ['<https://jobs.example/1?a=1&amp;b=2>', 'https://jobs.example/1?a=1&b=2'],
    ['pasted https://jobs.example/2 raw', 'https://jobs.example/2'],
    ['<mailto:x@example.com|mail> only', null],
    ['nothing', null],
  ])('%s', (text, expected) => {
    expect(firstLink(text)).toBe(expected);
  });
});
