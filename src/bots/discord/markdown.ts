import { escapeMarkdown } from 'discord.js';

// Links stay as typed: a backslash inside a URL would become part of it.
const URL_PATTERN = /https?:\/\/[^\s<>]+/g;

/**
 * Escapes user text for Discord markdown and breaks mentions, so a job title can neither
 * format the message nor look like it pings @everyone or a user (allowedMentions is also empty
 * on every message, which is what actually stops pings).
 */
export function escapeDiscord(text: string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    result += escapePlain(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + escapePlain(text.slice(last));
}

function escapePlain(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true })
    // Brackets escaped one by one: links are split off before this, so a whole [text](url) never reaches it.
    .replace(/[[\]]/g, '\\$&')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
}

/** Cuts text to `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
