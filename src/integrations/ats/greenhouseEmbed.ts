import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import type { ParsedPosting } from '../../domain/intake/posting.js';
import type { PostingReader } from '../../domain/intake/postingReader.js';
import { htmlToText } from '../../domain/intake/htmlText.js';
import { boardName, toPosting, type GreenhouseJob } from './greenhouse.js';
import { apiUrl, optionalJson, unlessRefused } from './json.js';

const GREENHOUSE_HOST = /(?:^|\.)greenhouse\.io$/;
// The embed script or form names the board: boards.greenhouse.io/embed/job_board/js?for=acme.
const EMBED = /greenhouse\.io\/embed\/job_(?:board|app)(?:\/js)?\?(?:[^"'\s<>]*?&(?:amp;)?)?for=([\w-]+)/gi;
// A link to the board itself: job-boards.greenhouse.io/acme/jobs/123.
const BOARD_LINK = /(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/(?!embed\b)([\w-]+)/gi;
// Host names that say where a careers site is, not whose it is.
const NOT_COMPANY = new Set(['www', 'careers', 'jobs', 'career', 'job', 'about', 'corporate', 'company', 'en', 'us', 'uk']);

/** The board names a careers page points at, then the site's own name as a last guess. */
function candidateBoards(html: string, url: URL): string[] {
  const named = [...html.matchAll(EMBED), ...html.matchAll(BOARD_LINK)].map((match) => match[1]!.toLowerCase());
  const labels = url.hostname.toLowerCase().split('.').slice(0, -1).filter((label) => !NOT_COMPANY.has(label));
  return [...new Set([...named, ...labels.reverse()])].slice(0, 4);
}

/**
 * A company's own careers page showing a Greenhouse job (`?gh_jid=123`): the board is found in
 * the page's embed script or links, or guessed from the site's name, and the posting is read
 * through the Job Board API like any Greenhouse link. Null when no board answers, so the page is
 * read as a page.
 */
export function greenhouseEmbedReader(fetcher: PageFetcher, base: string): PostingReader {
  return {
    source: 'greenhouse',
    recognises: (url) => !GREENHOUSE_HOST.test(url.hostname) && /^\d+$/.test(url.searchParams.get('gh_jid') ?? ''),
    async read(url): Promise<ParsedPosting | null> {
      const id = url.searchParams.get('gh_jid')!;
      // A careers page that turns robots away (403) or has moved still names its board in its host.
      const page = await unlessRefused(fetcher.get(url.toString()));
      for (const board of candidateBoards(page?.body ?? '', url)) {
        const job = await optionalJson<GreenhouseJob>(fetcher, apiUrl(base, `/v1/boards/${board}/jobs/${id}`));
        if (job?.title) return toPosting(job, job.company_name ?? (await boardName(fetcher, base, board, job.content ? htmlToText(job.content) : null)));
      }
      return null;
    },
  };
}
