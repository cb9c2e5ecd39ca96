import { UserError } from '../errors.js';
import { readJsonLd } from './jsonLd.js';
import { readMetaTags } from './metaTags.js';
import { FetchRefused, type PageFetcher } from './pageFetcher.js';
import type { ParsedPosting } from './posting.js';

/** A posting read from a link, with the address it finally came from. */
export interface ReadPosting {
  posting: ParsedPosting;
  url: string;
}

/**
 * Fetches a link and reads the posting on it, trying the page's structured data first and its
 * meta tags next. A refused fetch or an unreadable page is a UserError saying what to do.
 */
export async function readPosting(fetcher: PageFetcher, link: string): Promise<ReadPosting> {
  let page;
  try {
    page = await fetcher.get(link);
  } catch (error) {
    if (error instanceof FetchRefused) throw new UserError(`fetch_${error.code}`, `Couldn't read that link: ${error.message} Nothing was saved.`, 'url');
    throw error;
  }
  const posting = readJsonLd(page.body) ?? readMetaTags(page.body);
  if (!posting) {
    throw new UserError('unreadable_page', "Couldn't find a job posting on that page — paste the posting's text instead, or use /job add <title> at <company> <link>.", 'url');
  }
  return { posting, url: page.url };
}
