/**
 * A pasted page's markdown links, bold and italics as the words they show: "[CodeNotary](https://…)"
 * → "CodeNotary", "_Remote, or San Francisco_" → "Remote, or San Francisco". Not a snake_case name
 * nor a list's "* " bullet: the marks must hug words.
 */
export function markdownAsWords(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])[_*](\S(?:[^_*\n]*?\S)?)[_*](?=[\s).,;:!?]|$)/gm, '$1$2');
}
