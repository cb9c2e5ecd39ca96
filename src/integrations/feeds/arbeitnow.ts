import { htmlToText } from '../../domain/intake/htmlText.js';
import type { JobFeed } from '../../domain/intake/jobFeed.js';
import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import { getJson } from '../ats/json.js';

interface ArbeitnowJob {
  slug: string;
  company_name: string;
  title: string;
  description?: string;
  remote?: boolean;
  url: string;
  location?: string;
}

/** Arbeitnow's public job-board API (Europe, many in Germany). */
export function arbeitnowFeed(fetcher: PageFetcher, url: string): JobFeed {
  return {
    name: 'arbeitnow',
    async read() {
      const { data = [] } = await getJson<{ data?: ArbeitnowJob[] }>(fetcher, url);
      return data.map((job) => ({
        url: job.url,
        posting: {
          title: job.title,
          company: job.company_name,
          location: job.location || null,
          workMode: job.remote ? ('remote' as const) : null,
          salaryMin: null,
          salaryMax: null,
          salaryCurrency: null,
          description: job.description ? htmlToText(job.description) : null,
          source: 'arbeitnow',
          externalId: job.slug,
        },
      }));
    },
  };
}
