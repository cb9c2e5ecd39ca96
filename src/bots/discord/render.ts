import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed, APIEmbedField } from 'discord.js';
import type { Button, MessageReply, Select } from '../ui.js';
import { componentId } from './customId.js';
import {
  DISCORD_MAX_BUTTON_LABEL,
  DISCORD_MAX_BUTTONS_PER_ROW,
  DISCORD_MAX_CONTENT,
  DISCORD_MAX_EMBED_DESCRIPTION,
  DISCORD_MAX_EMBED_FIELDS,
  DISCORD_MAX_EMBED_TITLE,
  DISCORD_MAX_EMBED_TOTAL,
  DISCORD_MAX_FIELD_NAME,
  DISCORD_MAX_FIELD_VALUE,
  DISCORD_MAX_OPTION_LABEL,
  DISCORD_MAX_OPTION_VALUE,
  DISCORD_MAX_ROWS,
  DISCORD_MAX_SELECT_OPTIONS,
  DISCORD_MAX_SELECT_PLACEHOLDER,
} from './limits.js';
import { escapeDiscord, truncate } from './markdown.js';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A message as discord.js takes it; `allowedMentions` is always empty so nothing pings. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: Row[];
  allowedMentions: { parse: [] };
  /** Attached files as discord.js takes them; Discord shows images inline, with the description as alt text. */
  files?: { attachment: Buffer; name: string; description?: string }[];
}

// Discord takes an attachment description (its alt text) of up to 1,024 characters.
const DISCORD_MAX_DESCRIPTION = 1024;

const BUTTON_STYLE = { primary: 1, default: 2, danger: 4 } as const;

function renderButtons(buttons: Button[], next: () => number): Row {
  if (buttons.length > DISCORD_MAX_BUTTONS_PER_ROW) {
    throw new Error(`A Discord row holds at most ${DISCORD_MAX_BUTTONS_PER_ROW} buttons; this one has ${buttons.length}. Split them over two actions blocks.`);
  }
  return {
    type: 1,
    components: buttons.map((button) => ({
      type: 2,
      style: BUTTON_STYLE[button.style ?? 'default'],
      label: truncate(button.label, DISCORD_MAX_BUTTON_LABEL),
      custom_id: componentId(button.action, button.value, next()),
    })),
  };
}

function renderSelect(select: Select, next: () => number): Row {
  if (select.options.length > DISCORD_MAX_SELECT_OPTIONS) {
    throw new Error(`A Discord select holds at most ${DISCORD_MAX_SELECT_OPTIONS} options; "${select.action}" has ${select.options.length}. Narrow the choices first.`);
  }
  return {
    type: 1,
    components: [
      {
        type: 3,
        custom_id: componentId(select.action, '', next()),
        placeholder: truncate(select.placeholder, DISCORD_MAX_SELECT_PLACEHOLDER),
        min_values: 1,
        max_values: 1,
        options: select.options.map((option) => {
          if (option.value.length > DISCORD_MAX_OPTION_VALUE) throw new Error(`Discord option values are at most ${DISCORD_MAX_OPTION_VALUE} characters; pack an id.`);
          return { label: truncate(option.label, DISCORD_MAX_OPTION_LABEL), value: option.value };
        }),
      },
    ],
  };
}

/** Builds embeds in order: text after fields starts a new embed, so nothing appears out of place. */
class EmbedWriter {
  readonly embeds: APIEmbed[] = [];
  private current: { title?: string; lines: string[]; fields: APIEmbedField[] } | null = null;

  title(text: string): void {
    this.flush();
    this.current = { title: truncate(text, DISCORD_MAX_EMBED_TITLE), lines: [], fields: [] };
  }

  line(text: string): void {
    if (!this.current || this.current.fields.length) {
      this.flush();
      this.current = { lines: [], fields: [] };
    }
    this.current.lines.push(text);
  }

  fields(fields: APIEmbedField[]): void {
    this.current ??= { lines: [], fields: [] };
    for (const field of fields) {
      if (this.current.fields.length === DISCORD_MAX_EMBED_FIELDS) {
        this.flush();
        this.current = { lines: [], fields: [] };
      }
      this.current.fields.push(field);
    }
  }

  flush(): void {
    if (!this.current) return;
    const { title, lines, fields } = this.current;
    const description = lines.join('\n').trim();
    this.embeds.push({
      ...(title ? { title } : {}),
      ...(description ? { description: truncate(description, DISCORD_MAX_EMBED_DESCRIPTION) } : {}),
      ...(fields.length ? { fields } : {}),
    });
    this.current = null;
  }
}

/** Keeps all embeds of a message within Discord's 6,000-character total, cutting the last ones short. */
function withinTotal(embeds: APIEmbed[]): APIEmbed[] {
  let budget = DISCORD_MAX_EMBED_TOTAL;
  const kept: APIEmbed[] = [];
  for (const embed of embeds) {
    const size = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    if (size <= budget) {
      kept.push(embed);
      budget -= size;
      continue;
    }
    if (embed.description && budget > 100) kept.push({ ...embed, fields: undefined, description: truncate(embed.description, budget - (embed.title?.length ?? 0)) });
    break;
  }
  return kept;
}

/**
 * A neutral message as Discord content, embeds and components. Text before the first header is
 * the message content (a short answer needs no embed); the rest is embeds.
 */
export function renderMessage(reply: MessageReply): DiscordMessage {
  const lead: string[] = [];
  const writer = new EmbedWriter();
  const rows: Row[] = [];
  let counter = 0;
  const next = () => counter++;
  let inEmbed = false;
  const text = (line: string) => (inEmbed ? writer.line(line) : lead.push(line));
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'header':
        inEmbed = true;
        // Embed titles render markdown too: a job title must not bold, link or hide itself.
        writer.title(escapeDiscord(block.text));
        break;
      case 'section':
        text(escapeDiscord(block.text));
        break;
      case 'list':
        for (const item of block.items) text(`• ${escapeDiscord(item)}`);
        break;
      case 'context':
        text(`-# ${escapeDiscord(block.text)}`);
        break;
      case 'divider':
        text('');
        break;
      case 'fields':
        inEmbed = true;
        writer.fields(block.fields.map((field) => ({ name: truncate(escapeDiscord(field.label), DISCORD_MAX_FIELD_NAME), value: truncate(escapeDiscord(field.value), DISCORD_MAX_FIELD_VALUE) || '—', inline: true })));
        break;
      case 'actions':
        // Rows come after all the text here, so a row about one item says which on its first button.
        rows.push(renderButtons(block.about ? block.buttons.map((button, i) => (i === 0 ? { ...button, label: `${block.about} · ${button.label}` } : button)) : block.buttons, next));
        break;
      case 'select':
        rows.push(renderSelect(block, next));
        break;
    }
  }
  writer.flush();
  if (rows.length > DISCORD_MAX_ROWS) {
    throw new Error(`A Discord message holds at most ${DISCORD_MAX_ROWS} rows of components; this one has ${rows.length}. Offer fewer buttons or move some into a select.`);
  }
  const content = lead.join('\n').trim();
  const files = (reply.files ?? []).map((file) => ({ attachment: file.data, name: file.name, ...(file.altText ? { description: truncate(file.altText, DISCORD_MAX_DESCRIPTION) } : {}) }));
  return {
    ...(content ? { content: truncate(content, DISCORD_MAX_CONTENT) } : {}),
    embeds: withinTotal(writer.embeds),
    components: rows,
    allowedMentions: { parse: [] },
    ...(files.length ? { files } : {}),
  };
}

/**
 * The same message as a raw REST body (snake_case), for messages sent outside an interaction.
 * Files travel beside the body (see restFiles); the body lists them as attachments by index.
 */
export function toRestBody(message: DiscordMessage): Record<string, unknown> {
  const { allowedMentions, files, ...rest } = message;
  const attachments = files?.map((file, id) => ({ id, filename: file.name, ...(file.description ? { description: file.description } : {}) }));
  return { ...rest, allowed_mentions: allowedMentions, ...(attachments ? { attachments } : {}) };
}

/** The files of a message as @discordjs/rest uploads them (multipart, `files[n]`). */
export function restFiles(message: DiscordMessage): { name: string; data: Buffer }[] | undefined {
  return message.files?.map((file) => ({ name: file.name, data: file.attachment }));
}
