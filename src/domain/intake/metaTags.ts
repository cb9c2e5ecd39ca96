import { load, type CheerioAPI } from 'cheerio';
import { pageText } from './pageText.js';
import { cleanCompanyName, cleanPageTitle, companyFromTitle } from './pageTitle.js';
import type { ParsedPosting } from './posting.js';

// Where career pages without structured data put the place: JazzHR's <div title="Location">,
// microdata, or an element classed or named for it.
const PLACE_ELEMENTS = '[itemprop="jobLocation"], [title="Location" i], [class~="location"], [class~="job-location"], [class~="posting-location"], [data-qa~="location"], [data-testid~="location"]';

/** The place a page shows beside the posting: a short line, not a paragraph or a filter list. */
function pagePlace($: CheerioAPI): string | null {
  for (const element of $(PLACE_ELEMENTS).toArray()) {
    const text = $(element).text().replace(/\s+/g, ' ').trim().replace(/^location\s*:?\s*/i, '');
    if (text.length >= 2 && text.length <= 80 && text.split(' ').length <= 8 && !/[.!?]$/.test(text)) return text;
  }
  return null;
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
  // Read before pageText, which takes the page's header and navigation out.
  const location = pagePlace($);
  return {
    title,
    company,
    location,
    workMode: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    description: pageText($) ?? meta('og:description', 'twitter:description', 'description'),
    source: 'meta',
    externalId: null,
  };
}
