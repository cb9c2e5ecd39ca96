import { htmlToText } from '../../domain/intake/htmlText.js';
import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import type { ParsedPosting } from '../../domain/intake/posting.js';
import type { PostingReader } from '../../domain/intake/postingReader.js';
import type { BoardSource } from '../../domain/intake/boardSource.js';
import { FetchRefused } from '../../domain/intake/pageFetcher.js';
import { payPeriod, toYearly } from '../../domain/intake/salary.js';
import { apiUrl, getJson, nameFromSlug } from './json.js';
import { workModeFrom } from './workMode.js';

// jobs.lever.co/acme/<uuid>[/apply], jobs.eu.lever.co/…
const JOB_PATH = /^\/([^/]+)\/([0-9a-f-]{36})/i;
const HOSTS = /^jobs(\.eu)?\.lever\.co$/;

interface LeverPosting {
  id: string;
  text: string;
  categories?: { location?: string; allLocations?: string[]; commitment?: string; team?: string; department?: string };
  workplaceType?: string;
  description?: string;
  descriptionPlain?: string;
  lists?: { text: string; content: string }[];
  additionalPlain?: string;
  salaryRange?: { currency?: string; interval?: string; min?: number; max?: number };
}

/** The posting's own text, then its lists ("Requirements", "Nice to have") with their headings. */
function descriptionOf(posting: LeverPosting): string | null {
  const parts = [posting.descriptionPlain ?? (posting.description ? htmlToText(posting.description) : '')];
  for (const list of posting.lists ?? []) parts.push(`${list.text}\n\n${htmlToText(`<ul>${list.content}</ul>`)}`);
  if (posting.additionalPlain) parts.push(posting.additionalPlain);
  const text = parts.filter((part) => part.trim()).join('\n\n').trim();
  return text || null;
}

/** Lever job sites, through the public Postings API (it has no company name: the site's slug stands in). */
export function leverReader(fetcher: PageFetcher, base: string): PostingReader {
  return {
    source: 'lever',
    recognises: (url) => HOSTS.test(url.hostname) && JOB_PATH.test(url.pathname),
    async read(url): Promise<ParsedPosting> {
      const [, site, id] = JOB_PATH.exec(url.pathname)!;
      return toPosting(await getJson<LeverPosting>(fetcher, apiUrl(base, `/v0/postings/${site}/${id}`)), site!);
    },
  };
}

/** A whole Lever site, for watching it. */
export function leverBoard(fetcher: PageFetcher, base: string): BoardSource {
  return {
    source: 'lever',
    async list(site) {
      const postings = await getJson<(LeverPosting & { hostedUrl?: string })[]>(fetcher, apiUrl(base, `/v0/postings/${site}?mode=json`));
      if (!Array.isArray(postings)) throw new FetchRefused('status', `Lever has no job site named ${site}.`);
      return { name: nameFromSlug(site), postings: postings.map((posting) => ({ posting: toPosting(posting, site), url: posting.hostedUrl ?? `https://jobs.lever.co/${site}/${posting.id}` })) };
    },
  };
}

function toPosting(posting: LeverPosting, site: string): ParsedPosting {
  const locations = posting.categories?.allLocations?.length ? posting.categories.allLocations : [posting.categories?.location].filter(Boolean);
  const salary = posting.salaryRange;
  const description = descriptionOf(posting);
  return {
    title: posting.text,
    company: nameFromSlug(site, description),
    location: locations.length ? locations.join(' · ') : null,
    workMode: workModeFrom(posting.workplaceType) ?? workModeFrom(locations.join(' ')),
    salaryMin: salary?.min !== undefined ? toYearly(salary.min, salary.interval) : null,
    salaryMax: salary?.max !== undefined ? toYearly(salary.max, salary.interval) : null,
    salaryCurrency: salary?.currency?.toUpperCase() ?? null,
    salaryPeriod: salary ? payPeriod(salary.interval) : null,
    description,
    source: 'lever',
    externalId: posting.id,
    industry: posting.categories?.department?.trim() || posting.categories?.team?.trim() || null,
  };
}
