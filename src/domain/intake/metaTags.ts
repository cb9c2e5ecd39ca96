import { load } from 'cheerio';
import { cleanCompanyName, cleanPageTitle, companyFromTitle } from './pageTitle.js';
import type { ParsedPosting } from './posting.js';

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
    description: meta('og:description', 'twitter:description', 'description'),
    source: 'meta',
    externalId: null,
  };
}
