import { load } from 'cheerio';
import type { ParsedPosting } from './posting.js';

// "Senior Engineer at Acme", "Senior Engineer - Acme", "Senior Engineer | Acme Careers".
const TITLE_AT_COMPANY = /^(.+?)\s+(?:at|@)\s+(.+)$/i;
const TITLE_SEPARATOR_COMPANY = /^(.+?)\s+[-–—|·]\s+(.+)$/;

function cleanCompany(name: string): string {
  return name.replace(/\s+(careers?|jobs?|hiring)$/i, '').trim();
}

/**
 * A posting from OpenGraph, Twitter and plain meta tags: the title, and the company from the
 * site name or from a "Title at Company" title. Null when either can't be told.
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
  let title = rawTitle;
  let company = meta('og:site_name', 'application-name');
  const split = TITLE_AT_COMPANY.exec(rawTitle) ?? TITLE_SEPARATOR_COMPANY.exec(rawTitle);
  if (split) {
    title = split[1]!.trim();
    company ??= split[2]!.trim();
  }
  if (!company) return null;
  const description = meta('og:description', 'twitter:description', 'description');
  return {
    title,
    company: cleanCompany(company),
    location: null,
    workMode: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    description,
    source: 'meta',
    externalId: null,
  };
}
