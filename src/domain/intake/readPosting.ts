import { UserError } from '../errors.js';
import type { Services } from '../services.js';
import { htmlToText } from './htmlText.js';
import { readJsonLd } from './jsonLd.js';
import { readMetaTags } from './metaTags.js';
import { FetchRefused } from './pageFetcher.js';
import type { ParsedPosting } from './posting.js';

/** A posting read from a link, with the address it finally came from. */
export interface ReadPosting {
  posting: ParsedPosting;
  url: string;
}

/** A page with no structure is read by the analyst (Claude) when there is one; its failure is logged, not shown. */
async function askAnalyst(services: Pick<Services, 'analyst' | 'logger'>, html: string, url: string): Promise<ParsedPosting | null> {
  if (!services.analyst) return null;
  try {
    return await services.analyst.extract(htmlToText(html), url);
  } catch (error) {
    services.logger.warn({ err: error, url }, 'the analyst could not read the page');
    return null;
  }
}

/**
 * Reads the posting behind a link: through the API of the applicant-tracking system it belongs
 * to, else from the page's structured data, else its meta tags, else the analyst. A refused
 * fetch or an unreadable page is a UserError saying what to do.
 */
export async function readPosting(services: Pick<Services, 'fetcher' | 'postingReaders' | 'analyst' | 'logger'>, link: string): Promise<ReadPosting> {
  const { fetcher, postingReaders: readers } = services;
  const url = new URL(link);
  const reader = readers.find((candidate) => candidate.recognises(url));
  let page;
  try {
    // A known applicant-tracking system is read through its API, which says more than its page.
    const read = reader ? await reader.read(url) : null;
    if (read) return { posting: read, url: link };
    page = await fetcher.get(link);
  } catch (error) {
    if (error instanceof FetchRefused) throw new UserError(`fetch_${error.code}`, `Couldn't read that link: ${error.message} Nothing was saved.`, 'url');
    throw error;
  }
  const posting = readJsonLd(page.body) ?? readMetaTags(page.body) ?? (await askAnalyst(services, page.body, page.url));
  if (!posting) {
    throw new UserError('unreadable_page', "Couldn't find a job posting on that page — paste the posting's text instead, or use /job add <title> at <company> <link>.", 'url');
  }
  return { posting, url: page.url };
}
