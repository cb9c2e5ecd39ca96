/**
 * Escapes user text for Slack mrkdwn. Slack reads `<…>` as links, user and channel mentions
 * and `<!channel>`, and `&` starts an entity, so escaping these three is what stops a job title
 * from pinging a channel or hiding a link. We never send `link_names`, so a bare "@channel"
 * stays text.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Reverses Slack's own escaping of text it sends us (slash command text, message text), so
 * "R&D" is stored as typed and not as "R&amp;D". The renderer escapes it again on the way out.
 */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Cuts text to `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Cuts one over-long line of escaped text without splitting an entity such as `&amp;`. */
function splitLine(line: string, max: number): string[] {
  if (line.length <= max) return [line];
  const pieces: string[] = [];
  let current = '';
  for (const token of line.match(/&(?:amp|lt|gt);|[\s\S]/g) ?? []) {
    if (current.length + token.length > max) {
      pieces.push(current);
      current = '';
    }
    current += token;
  }
  pieces.push(current);
  return pieces;
}

/**
 * Splits escaped text into pieces of at most `max` characters, at line breaks where it can,
 * so a long list becomes several sections instead of one Slack would refuse.
 */
export function chunkLines(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (const piece of splitLine(line, max)) {
      if (current && current.length + 1 + piece.length > max) {
        chunks.push(current);
        current = piece;
      } else current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current || chunks.length === 0) chunks.push(current);
  return chunks;
}
