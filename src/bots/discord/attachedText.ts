import type { Attachment, CommandInteractionOption } from 'discord.js';
import { ui, type Reply } from '../ui.js';

// A file a command reads (an import) is text: a megabyte holds thousands of applications.
export const MAX_ATTACHED_BYTES = 1_000_000;
const FETCH_TIMEOUT_MS = 10_000;
const TEXT_TYPES = /^(text\/|application\/(csv|json|vnd\.ms-excel|octet-stream)\b)/;

/**
 * The text of each file option, read from Discord's CDN (the address comes in the interaction
 * Discord signed), or the reply to give instead when the file can't be a text file we take.
 */
export async function attachedTexts(options: readonly CommandInteractionOption[]): Promise<{ values: Record<string, string> } | { refusal: Reply }> {
  const values: Record<string, string> = {};
  for (const option of options) {
    const file: Attachment | undefined = option.attachment ?? undefined;
    if (!file) continue;
    if (file.size > MAX_ATTACHED_BYTES) return { refusal: ui.message([ui.section(`${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB; attach a CSV of at most 1 MB, or split it in two.`)]) };
    if (!/\.(csv|txt|json)$/i.test(file.name) && !TEXT_TYPES.test(file.contentType ?? '')) return { refusal: ui.message([ui.section(`${file.name} is not a CSV. Attach a .csv file (spreadsheets can save one), or run the command without a file to paste it.`)]) };
    const response = await fetch(file.url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`Discord's CDN answered ${response.status} for an attachment`);
    values[option.name] = await response.text();
  }
  return { values };
}
