import { load, type CheerioAPI } from 'cheerio';
import { htmlToText } from './htmlText.js';
import { cleanCompanyName, cleanPageTitle, companyFromTitle } from './pageTitle.js';
import type { ParsedPosting } from './posting.js';

// Shorter than this, a page's text is a cookie notice or an "apply" button, not a posting.
const MIN_POSTING_TEXT = 200;

/**
 * The posting's own words on a page without structured data: its main content without the
 * site's navigation, header, footer and scripts. A meta description is a teaser, often cut off
 * mid-word, and would leave most of the posting's skills unread.
 */
function pageText($: CheerioAPI): string | null {
  // The page's main region, else its longest article (a teaser article may come first), else the body.
  const longestArticle = $('article')
    .toArray()
    .sort((a, b) => $(b).text().length - $(a).text().length)[0];
  const candidates = [$('main').first(), $('[role="main"]').first(), ...(longestArticle ? [$(longestArticle)] : []), $('body')];
  const scope = candidates.find((candidate) => candidate.length > 0)!;
  scope.find('script, style, noscript, nav, header, footer, form, svg, iframe, aside, dialog, [aria-hidden="true"], [role="navigation"], [role="dialog"]').remove();
  const text = htmlToText(scope.html() ?? '');
  return text.length >= MIN_POSTING_TEXT ? text : null;
}

/**
 * A posting from OpenGraph, Twitter and plain meta tags: the title without the site's suffix, and
 * the company from the site name or from a "Title at Company" title. Null when either can't be told.
 */
export function readMetaTags(html: string): ParsedPosting | null {
  const $ = load(html);
  const meta = (...names: string[]) => {
    for (const name of names) {
      const value = $(`meta[property="${name}"], meta[name="${name}"]`).attr('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const rawTitle = meta('og:title', 'twitter:title') ?? ($('title').first().text().trim() || null);
  if (!rawTitle) return null;
  const siteName = meta('og:site_name', 'application-name');
  const company = siteName ? cleanCompanyName(siteName) : companyFromTitle(rawTitle);
  if (!company) return null;
  const title = cleanPageTitle(rawTitle, company);
  if (!title) return null;
  return {
    title,
    company,
    location: null,
    workMode: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    description: pageText($) ?? meta('og:description', 'twitter:description', 'description'),
    source: 'meta',
    externalId: null,
  };
}
