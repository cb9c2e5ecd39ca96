import type { CheerioAPI } from 'cheerio';
import { htmlToText } from './htmlText.js';

// Shorter than this, a page's text is a cookie notice or an "apply" button, not a posting.
const MIN_POSTING_TEXT = 200;

/**
 * The posting's own words on a page without structured data, or whose data leaves them out: its
 * main content without the site's navigation, header, footer and scripts. A meta description is a
 * teaser, often cut off mid-word, and would leave most of the posting's skills unread.
 */
export function pageText($: CheerioAPI, { wholeBody = true } = {}): string | null {
  const scope = mainRegion($, { wholeBody });
  return scope ? regionText(scope) : null;
}

/** A region's words without the site's navigation, header, footer and scripts; null for too few to be a posting. */
export function regionText(scope: ReturnType<CheerioAPI>): string | null {
  scope.find('script, style, noscript, nav, header, footer, form, svg, iframe, aside, dialog, [aria-hidden="true"], [role="navigation"], [role="dialog"]').remove();
  const text = htmlToText(scope.html() ?? '');
  return text.length >= MIN_POSTING_TEXT ? text : null;
}

/** The page's main region, else its longest article (a teaser article may come first), else the body. */
export function mainRegion($: CheerioAPI, { wholeBody = true } = {}): ReturnType<CheerioAPI> | null {
  const longestArticle = $('article')
    .toArray()
    .sort((a, b) => $(b).text().length - $(a).text().length)[0];
  const candidates = [$('main').first(), $('[role="main"]').first(), ...(longestArticle ? [$(longestArticle)] : []), ...(wholeBody ? [$('body')] : [])];
  return candidates.find((candidate) => candidate.length > 0) ?? null;
}
