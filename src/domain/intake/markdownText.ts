/** A pasted page's markdown links and bold as the words they show: "[CodeNotary](https://…)" → "CodeNotary". */
export function markdownAsWords(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '');
}
