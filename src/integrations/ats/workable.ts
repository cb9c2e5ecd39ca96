import { htmlToText } from '../../domain/intake/htmlText.js';
import { FetchRefused, type PageFetcher } from '../../domain/intake/pageFetcher.js';
import type { ParsedPosting } from '../../domain/intake/posting.js';
import type { PostingReader } from '../../domain/intake/postingReader.js';
import { payPeriod, toYearly } from '../../domain/intake/salary.js';
import { apiUrl, getJson, nameFromSlug, optionalJson } from './json.js';
import { workModeFrom } from './workMode.js';

// apply.workable.com/acme/j/ABC123DEF/
const JOB_PATH = /^\/([^/]+)\/j\/([A-Z0-9]+)/i;
// apply.workable.com/j/ABC123DEF: the short link Workable's own job lists give, which names no
// account; it redirects to the account's page of the job.
const SHORT_LINK = /^\/j\/([A-Z0-9]+)\/?$/i;

interface WorkableJob {
  shortcode: string;
  title: string;
  department?: string;
  remote?: boolean;
  /** The older widget API's name for `remote`. */
  telecommuting?: boolean;
  workplace?: string;
  location?: { city?: string; region?: string; country?: string };
  /** The older widget API gives the place as fields of the job. */
  city?: string;
  state?: string;
  country?: string;
  locations?: { city?: string; region?: string; country?: string }[];
  description?: string;
  requirements?: string;
  benefits?: string;
  salary?: { salary_from?: number; salary_to?: number; salary_currency?: string; salary_period?: string };
}

function placeOf(place: { city?: string; region?: string; country?: string }): string {
  return [place.city, place.region, place.country].filter(Boolean).join(', ');
}

/** The job's path with its account: as pasted, or where a short link redirects through the configured host. */
async function accountPath(fetcher: PageFetcher, base: string, url: URL): Promise<string> {
  const short = SHORT_LINK.exec(url.pathname);
  if (!short) return url.pathname;
  // Under the configured host's own path, as the API's paths are (a test server's "/workable").
  const prefix = new URL(base).pathname.replace(/\/+$/, '');
  const landed = new URL((await fetcher.get(apiUrl(base, `/j/${short[1]}`))).url).pathname.slice(prefix.length);
  if (!JOB_PATH.test(landed) || SHORT_LINK.test(landed)) throw new FetchRefused('status', "Workable's short link didn't lead to the company's page for the job.");
  return landed;
}

/** Workable career pages, through the public apply API. */
export function workableReader(fetcher: PageFetcher, base: string): PostingReader {
  return {
    source: 'workable',
    recognises: (url) => url.hostname === 'apply.workable.com' && (SHORT_LINK.test(url.pathname) || JOB_PATH.test(url.pathname)),
    async read(url): Promise<ParsedPosting> {
      const [, account, shortcode] = JOB_PATH.exec(await accountPath(fetcher, base, url))!;
      const job = await getJson<WorkableJob>(fetcher, apiUrl(base, `/api/v2/accounts/${account}/jobs/${shortcode}`));
      const company = (await optionalJson<{ name?: string }>(fetcher, apiUrl(base, `/api/v1/accounts/${account}`)))?.name ?? nameFromSlug(account!, job.description);
      const widgetPlace = job.city || job.state || job.country ? { city: job.city, region: job.state, country: job.country } : null;
      const places = (job.locations?.length ? job.locations : job.location ? [job.location] : widgetPlace ? [widgetPlace] : []).map(placeOf).filter(Boolean);
      const sections = [
        job.description ? htmlToText(job.description) : '',
        job.requirements ? `Requirements\n\n${htmlToText(job.requirements)}` : '',
        job.benefits ? `Benefits\n\n${htmlToText(job.benefits)}` : '',
      ].filter(Boolean);
      const salary = job.salary;
      return {
        title: job.title,
        company,
        location: places.length ? places.join(' · ') : null,
        workMode: workModeFrom(job.workplace) ?? (job.remote || job.telecommuting ? 'remote' : null),
        // Said not to be remote, with an office named: on-site unless the words say hybrid.
        presumedWorkMode: (job.remote === false || job.telecommuting === false) && places.length ? 'onsite' : null,
        salaryMin: salary?.salary_from !== undefined ? toYearly(salary.salary_from, salary.salary_period) : null,
        salaryMax: salary?.salary_to !== undefined ? toYearly(salary.salary_to, salary.salary_period) : null,
        salaryCurrency: salary?.salary_currency?.toUpperCase() ?? null,
        salaryPeriod: salary ? payPeriod(salary.salary_period) : null,
        description: sections.join('\n\n') || null,
        source: 'workable',
        externalId: job.shortcode,
        industry: job.department?.trim() || null,
      };
    },
  };
}
