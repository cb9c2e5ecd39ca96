import { htmlToText } from '../../domain/intake/htmlText.js';
import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import type { ParsedPosting } from '../../domain/intake/posting.js';
import type { PostingReader } from '../../domain/intake/postingReader.js';
import { apiUrl, getJson, nameFromSlug } from './json.js';

// jobs.smartrecruiters.com/AcmeInc/744000012345678-senior-engineer
const JOB_PATH = /^\/([^/]+)\/(\d+)(?:-[^/]*)?/;

interface SmartRecruitersPosting {
  id: string;
  name: string;
  company?: { name?: string };
  industry?: { label?: string };
  department?: { label?: string };
  location?: { city?: string; region?: string; country?: string; remote?: boolean; hybrid?: boolean; fullLocation?: string };
  jobAd?: { sections?: Record<string, { title?: string; text?: string } | undefined> };
}

const SECTION_ORDER = ['jobDescription', 'qualifications', 'additionalInformation', 'companyDescription'];

/** SmartRecruiters career pages, through the public Posting API. */
export function smartRecruitersReader(fetcher: PageFetcher, base: string): PostingReader {
  return {
    source: 'smartrecruiters',
    recognises: (url) => url.hostname === 'jobs.smartrecruiters.com' && JOB_PATH.test(url.pathname),
    async read(url): Promise<ParsedPosting> {
      const [, company, id] = JOB_PATH.exec(url.pathname)!;
      const posting = await getJson<SmartRecruitersPosting>(fetcher, apiUrl(base, `/v1/companies/${company}/postings/${id}`));
      const sections = posting.jobAd?.sections ?? {};
      const description = SECTION_ORDER.map((key) => sections[key])
        .filter((section): section is { title?: string; text?: string } => Boolean(section?.text))
        .map((section) => `${section.title ? `${section.title}\n\n` : ''}${htmlToText(section.text!)}`)
        .join('\n\n');
      const place = posting.location;
      const location = place?.fullLocation ?? ([place?.city, place?.region, place?.country].filter(Boolean).join(', ') || null);
      return {
        title: posting.name,
        company: posting.company?.name ?? nameFromSlug(company!),
        location,
        workMode: place?.remote ? 'remote' : place?.hybrid ? 'hybrid' : null,
        // Neither flag set is what most postings send, hybrid ones included: the words decide first.
        presumedWorkMode: place ? 'onsite' : null,
        salaryMin: null,
        salaryMax: null,
        salaryCurrency: null,
        description: description || null,
        source: 'smartrecruiters',
        externalId: posting.id,
        industry: posting.industry?.label?.trim() || posting.department?.label?.trim() || null,
      };
    },
  };
}
