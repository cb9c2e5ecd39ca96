import { describe, expect, it } from 'vitest';
import { componentId, formId, parseComponentId, parseFormId } from '../../src/bots/discord/customId.js';
import { DISCORD_MAX_EMBED_DESCRIPTION, DISCORD_MAX_EMBED_TOTAL } from '../../src/bots/discord/limits.js';
import { escapeDiscord } from '../../src/bots/discord/markdown.js';
import { renderModal } from '../../src/bots/discord/modal.js';
import { renderMessage } from '../../src/bots/discord/render.js';
import { ui } from '../../src/bots/ui.js';

const buttons = (n: number) => Array.from({ length: n }, (_, i) => ui.button(`B${i}`, 'app.show', String(i)));

describe('Discord renderer', () => {
  it('refuses a sixth button in a row, saying how to fix it', () => {
    expect(() => renderMessage(ui.message([ui.actions(buttons(6))]))).toThrow('A Discord row holds at most 5 buttons; this one has 6. Split them over two actions blocks.');
  });

  it('refuses a sixth row of components', () => {
    expect(() => renderMessage(ui.message(Array.from({ length: 6 }, () => ui.actions(buttons(1)))))).toThrow(/at most 5 rows of components; this one has 6/);
  });

  it('refuses a select with more than 25 options', () => {
    const options = Array.from({ length: 26 }, (_, i) => ({ label: `S${i}`, value: String(i) }));
    expect(() => renderMessage(ui.message([ui.select('app.move', 'Move to…', options)]))).toThrow(/at most 25 options; "app.move" has 26/);
  });

  it('refuses a custom id over 100 characters', () => {
    expect(() => componentId('app.show', 'x'.repeat(100), 0)).toThrow(/at most 100 characters/);
  });

  it('keeps blocks in order: text after fields goes into the next embed', () => {
    const message = renderMessage(ui.message([ui.header('Title'), ui.section('intro'), ui.fields([{ label: 'A', value: '1' }]), ui.section('after')]));
    expect(message.embeds).toEqual([{ title: 'Title', description: 'intro', fields: [{ name: 'A', value: '1', inline: true }] }, { description: 'after' }]);
  });

  it('puts more than 25 fields into a second embed', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ label: `F${i}`, value: String(i) }));
    const message = renderMessage(ui.message([ui.header('Many'), ui.fields(fields)]));
    expect(message.embeds.map((embed) => embed.fields?.length)).toEqual([25, 5]);
  });

  it('keeps long user content within the description and total limits', () => {
    const items = Array.from({ length: 400 }, (_, i) => `#${i} · A rather long job title number ${i} at Some Company`);
    const message = renderMessage(ui.message([ui.header('Your applications'), ui.list(items)]));
    const total = message.embeds.reduce((sum, embed) => sum + (embed.title?.length ?? 0) + (embed.description?.length ?? 0), 0);
    expect(message.embeds[0]!.description!.length).toBeLessThanOrEqual(DISCORD_MAX_EMBED_DESCRIPTION);
    expect(total).toBeLessThanOrEqual(DISCORD_MAX_EMBED_TOTAL);
    expect(message.embeds[0]!.description!.endsWith('…')).toBe(true);
  });

  it('always sends an empty allowed-mentions list', () => {
    expect(renderMessage(ui.message([ui.section('hi')])).allowedMentions).toEqual({ parse: [] });
  });
});

describe('Discord escaping', () => {
  it.each([
    ['**bold** _it_ `code` ||spoiler||', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\|'],
    ['@everyone and @here', '@\u200beveryone and @\u200bhere'],
    ['<@123456789012345678> <@&123456789012345678> <#123456789012345678>', '<\u200b@123456789012345678> <\u200b@&123456789012345678> <\u200b#123456789012345678>'],
    ['# Heading', '\\# Heading'],
    ['see https://acme.example/jobs/a_b*c now', 'see https://acme.example/jobs/a_b*c now'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
  ])('%s', (input, expected) => {
    expect(escapeDiscord(input)).toBe(expected);
  });
});

describe('Discord ids and modals', () => {
  it('round-trips component and form ids', () => {
    expect(parseComponentId(componentId('app.move', '3:applied', 2))).toEqual({ action: 'app.move', value: '3:applied' });
    expect(parseFormId(formId('interview', '3'))).toEqual({ form: 'interview', context: '3' });
    expect(parseFormId(formId('add', ''))).toEqual({ form: 'add', context: '' });
    expect(parseFormId('something-else')).toBeNull();
  });

  it('fits the modal title in 45 characters and prefills refused answers', () => {
    const modal = renderModal(
      { id: 'note', context: '12', title: 'Note · #12 A company with an extremely long name indeed', submitLabel: 'Save', fields: [{ name: 'text', label: 'Note', kind: 'multiline', required: true }] },
      { text: 'my draft' },
    );
    expect(modal.title).toHaveLength(45);
    expect(modal.components[0]).toEqual({ type: 1, components: [{ type: 4, custom_id: 'text', label: 'Note', style: 2, required: true, max_length: 4000, value: 'my draft' }] });
  });
});
