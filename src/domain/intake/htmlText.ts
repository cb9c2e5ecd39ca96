import { convert } from 'html-to-text';
import { withoutControlCharacters } from '../controlCharacters.js';

/**
 * Posting descriptions come as HTML (sometimes HTML-escaped HTML): plain text with headings,
 * paragraphs and bullet lists kept as lines, links as their text, no images.
 */
export function htmlToText(html: string): string {
  const unescaped = /&lt;\/?[a-z]/i.test(html) && !/<\/?[a-z]/i.test(html) ? decodeEntities(html) : html;
  const text = convert(unescaped, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'ul', options: { itemPrefix: '• ' } },
    ],
  }).replace(/\n{3,}/g, '\n\n');
  // Invisible joiners an editor left inside words ("H\uFEFFíbrida") go with the other control characters.
  return withoutControlCharacters(text).trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
