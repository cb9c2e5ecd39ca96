import { htmlToText } from '../../domain/intake/htmlText.js';
import type { JobFeed } from '../../domain/intake/jobFeed.js';
import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import { getJson } from '../ats/json.js';

interface RemotiveJob {
  id: number;
  url: string;
  title: string;
  company_name: string;
  candidate_required_location?: string;
  description?: string;
}

/** Remotive's public remote-jobs API. */
export function remotiveFeed(fetcher: PageFetcher, url: string): JobFeed {
  return {
    name: 'remotive',
    async read() {
      const { jobs = [] } = await getJson<{ jobs?: RemotiveJob[] }>(fetcher, url);
      return jobs.map((job) => ({
        url: job.url,
        posting: {
          title: job.title,
          company: job.company_name,
          location: job.candidate_required_location || 'Remote',
          workMode: 'remote' as const,
          salaryMin: null,
          salaryMax: null,
          salaryCurrency: null,
          description: job.description ? htmlToText(job.description) : null,
          source: 'remotive',
          externalId: String(job.id),
        },
      }));
    },
  };
}
