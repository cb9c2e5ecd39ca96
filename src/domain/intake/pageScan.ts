import { Parser } from 'htmlparser2';

export interface PageScan {
  /** The text of each `<script type="application/ld+json">`, in page order. */
  jsonLd: string[];
  /** `<meta property|name=… content=…>`, first value of each name, names in lower case. */
  meta: Map<string, string>;
}

/**
 * One streaming pass over a page for what structured intake needs: its JSON-LD blocks and its
 * meta tags. A career page is mostly navigation and scripts (50 KiB is common); building a DOM
 * of all of it with cheerio took most of the time of reading a posting.
 */
export function scanPage(html: string): PageScan {
  const scan: PageScan = { jsonLd: [], meta: new Map() };
  let block: string[] | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && attributes.type?.trim().toLowerCase() === 'application/ld+json') block = [];
        if (name === 'meta' && attributes.content !== undefined) {
          const key = (attributes.property ?? attributes.name)?.trim().toLowerCase();
          if (key && !scan.meta.has(key)) scan.meta.set(key, attributes.content.trim());
        }
      },
      ontext(text) {
        block?.push(text);
      },
      onclosetag(name) {
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
