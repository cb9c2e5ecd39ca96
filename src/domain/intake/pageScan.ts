import { Parser } from 'htmlparser2';

export interface PageScan {
  /** The text of each `<script type="application/ld+json">`, in page order. */
  jsonLd: string[];
  /** `<meta property|name=… content=…>`, first value of each name, names in lower case. */
  meta: Map<string, string>;
  /**
   * How many letters and digits the page shows inside the regions it marks as its main content
   * (`<main>`, `role="main"`, `<article>`): enough to tell, without building a DOM, whether the
   * page says more than a short structured description does.
   */
  mainTextLength: number;
}

/** How many letters and digits a text holds: its length without spaces, punctuation or markup. */
export const lettersIn = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').length;

const isMainRegion = (name: string, attributes: Record<string, string>) => name === 'main' || name === 'article' || attributes.role?.trim().toLowerCase() === 'main';

/**
 * One streaming pass over a page for what structured intake needs: its JSON-LD blocks and its
 * meta tags. A career page is mostly navigation and scripts (50 KiB is common); building a DOM
 * of all of it with cheerio took most of the time of reading a posting.
 */
export function scanPage(html: string): PageScan {
  const scan: PageScan = { jsonLd: [], meta: new Map(), mainTextLength: 0 };
  let block: string[] | null = null;
  // Per open element, whether it opens a main region; and how many are open, and scripts or styles.
  const opened: ('main' | 'code' | null)[] = [];
  let inMain = 0;
  let inCode = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const kind = name === 'script' || name === 'style' ? 'code' : isMainRegion(name, attributes) ? 'main' : null;
        opened.push(kind);
        if (kind === 'main') inMain++;
        if (kind === 'code') inCode++;
        if (name === 'script' && attributes.type?.trim().toLowerCase() === 'application/ld+json') block = [];
        if (name === 'meta' && attributes.content !== undefined) {
          const key = (attributes.property ?? attributes.name)?.trim().toLowerCase();
          if (key && !scan.meta.has(key)) scan.meta.set(key, attributes.content.trim());
        }
      },
      ontext(text) {
        block?.push(text);
        if (inMain && !inCode) scan.mainTextLength += lettersIn(text);
      },
      onclosetag(name) {
        const kind = opened.pop();
        if (kind === 'main') inMain--;
        if (kind === 'code') inCode--;
        if (name === 'script' && block) {
          scan.jsonLd.push(block.join(''));
          block = null;
        }
      },
    },
    // Attributes are decoded ("AT&amp;T" is AT&T); a script's text is raw either way, as in a browser.
    { decodeEntities: true },
  );
  parser.end(html);
  return scan;
}
