import { FetchRefused, type PageFetcher } from '../../domain/intake/pageFetcher.js';
import { htmlToText } from '../../domain/intake/htmlText.js';
import type { ParsedPosting } from '../../domain/intake/posting.js';
import type { PostingReader } from '../../domain/intake/postingReader.js';
import type { BoardSource } from '../../domain/intake/boardSource.js';
import { payPeriod, toYearly } from '../../domain/intake/salary.js';
import { apiUrl, getJson, nameFromSlug } from './json.js';
import { workModeFrom } from './workMode.js';

// jobs.ashbyhq.com/acme/<uuid>[/application]
const JOB_PATH = /^\/([^/]+)\/([0-9a-f-]{36})/i;

interface AshbyJob {
  id: string;
  title: string;
  department?: string;
  location?: string;
  secondaryLocations?: { location?: string }[];
  isRemote?: boolean;
  workplaceType?: string;
  address?: { postalAddress?: { addressLocality?: string; addressRegion?: string; addressCountry?: string } };
  descriptionHtml?: string;
  descriptionPlain?: string;
  compensation?: { summaryComponents?: { compensationType?: string; interval?: string; currencyCode?: string; minValue?: number; maxValue?: number }[] };
}

/** Ashby job boards, through the public Job Postings API (one call returns the whole board). */
export function ashbyReader(fetcher: PageFetcher, base: string): PostingReader {
  return {
    source: 'ashby',
    recognises: (url) => url.hostname === 'jobs.ashbyhq.com' && JOB_PATH.test(url.pathname),
    async read(url): Promise<ParsedPosting> {
      const [, board, id] = JOB_PATH.exec(url.pathname)!;
      const answer = await getJson<{ jobs?: AshbyJob[] }>(fetcher, apiUrl(base, `/posting-api/job-board/${board}?includeCompensation=true`));
      const job = answer.jobs?.find((candidate) => candidate.id.toLowerCase() === id!.toLowerCase());
      if (!job) throw new FetchRefused('status', 'The posting is no longer on the company\'s Ashby board (it may be closed).');
      return toPosting(job, board!);
    },
  };
}

/** A whole Ashby board, for watching it. */
export function ashbyBoard(fetcher: PageFetcher, base: string): BoardSource {
  return {
    source: 'ashby',
    async list(board) {
      const { jobs = [] } = await getJson<{ jobs?: (AshbyJob & { jobUrl?: string })[] }>(fetcher, apiUrl(base, `/posting-api/job-board/${board}?includeCompensation=true`));
      return { name: nameFromSlug(board), postings: jobs.map((job) => ({ posting: toPosting(job, board), url: job.jobUrl ?? `https://jobs.ashbyhq.com/${board}/${job.id}` })) };
    },
  };
}

function toPosting(job: AshbyJob, board: string): ParsedPosting {
  const locations = [job.location, ...(job.secondaryLocations ?? []).map((place) => place.location)].filter((place): place is string => Boolean(place));
  // A bare "Remote" says where from in the posting's address: "Remote (United Kingdom)".
  const address = job.address?.postalAddress;
  const where = [address?.addressLocality, address?.addressRegion, address?.addressCountry].filter(Boolean).join(', ');
  if (where && /^remote$/i.test(locations[0] ?? '')) locations[0] = `Remote (${where})`;
  const salary = job.compensation?.summaryComponents?.find((part) => part.compensationType === 'Salary');
  const description = job.descriptionPlain?.trim() || (job.descriptionHtml ? htmlToText(job.descriptionHtml) : null);
  return {
    title: job.title,
    company: nameFromSlug(board, description),
    location: locations.length ? locations.join(' · ') : null,
    workMode: workModeFrom(job.workplaceType) ?? (job.isRemote ? 'remote' : null),
    // A board that says the job is not remote and gives a town's address: on-site, presumed.
    presumedWorkMode: job.isRemote === false && address?.addressLocality ? 'onsite' : null,
    salaryMin: salary?.minValue !== undefined ? toYearly(salary.minValue, salary.interval) : null,
    salaryMax: salary?.maxValue !== undefined ? toYearly(salary.maxValue, salary.interval) : null,
    salaryCurrency: salary?.currencyCode?.toUpperCase() ?? null,
    salaryPeriod: salary ? payPeriod(salary.interval) : null,
    description,
    source: 'ashby',
    externalId: job.id,
    industry: job.department?.trim() || null,
  };
}
