import { htmlToText } from '../../domain/intake/htmlText.js';
import type { JobFeed } from '../../domain/intake/jobFeed.js';
import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import { getJson } from '../ats/json.js';

interface RemoteOkJob {
  id?: string | number;
  company?: string;
  position?: string;
  location?: string;
  description?: string;
  salary_min?: number;
  salary_max?: number;
  url?: string;
}

/** RemoteOK's public API: an array whose first entry is its terms of use, the rest postings. */
export function remoteOkFeed(fetcher: PageFetcher, url: string): JobFeed {
  return {
    name: 'remoteok',
    async read() {
      const entries = await getJson<RemoteOkJob[]>(fetcher, url);
      return (Array.isArray(entries) ? entries : [])
        .filter((job) => job.id !== undefined && job.position && job.company && job.url)
        .map((job) => ({
          url: job.url!,
          posting: {
            title: job.position!,
            company: job.company!,
            location: job.location || 'Remote',
            workMode: 'remote' as const,
            // RemoteOK states yearly USD; 0 means not given.
            salaryMin: job.salary_min || null,
            salaryMax: job.salary_max || null,
            salaryCurrency: job.salary_min || job.salary_max ? 'USD' : null,
            description: job.description ? htmlToText(job.description) : null,
            source: 'remoteok',
            externalId: String(job.id),
          },
        }));
    },
  };
}
