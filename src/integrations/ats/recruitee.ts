import { htmlToText } from '../../domain/intake/htmlText.js';
import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import type { ParsedPosting } from '../../domain/intake/posting.js';
import type { PostingReader } from '../../domain/intake/postingReader.js';
import { payPeriod, toYearly } from '../../domain/intake/salary.js';
import type { WorkMode } from '../../models/jobs.js';
import { getJson, nameFromSlug, optionalJson } from './json.js';

// acme.recruitee.com/o/senior-engineer
const HOST = /^([a-z0-9-]+)\.recruitee\.com$/i;
const JOB_PATH = /^\/o\/([^/]+)/;

interface RecruiteeOffer {
  offer: {
    id: number;
    title: string;
    company_name?: string;
    department?: string;
    location?: string;
    city?: string;
    country?: string;
    remote?: boolean;
    hybrid?: boolean;
    on_site?: boolean;
    description?: string;
    requirements?: string;
    salary?: { min?: string | number; max?: string | number; currency?: string; period?: string };
  };
}

const amount = (value: string | number | undefined, period: string | undefined) =>
  value === undefined || value === null || value === '' || Number.isNaN(Number(value)) ? null : toYearly(Number(value), period);

// The flags are the modes an applicant may pick from; with more than one set, the words decide.
function workModeOf(offer: RecruiteeOffer['offer']): WorkMode | null {
  const offered = (['remote', 'hybrid', 'onsite'] as const).filter((mode) => (mode === 'onsite' ? offer.on_site : offer[mode]));
  return offered.length === 1 ? offered[0]! : null;
}

// A remote offer's location reads "Remote job"; its city and country say where the team is.
function placeOf(offer: RecruiteeOffer['offer']): string | null {
  const stated = offer.location?.trim() || null;
  const town = [offer.city, offer.country].filter((part) => part?.trim()).join(', ');
  return stated && /^remote(?:\s+job)?$/i.test(stated) && town ? town : stated;
}

function toPosting(offer: RecruiteeOffer['offer'], company: string): ParsedPosting {
  const sections = [offer.description ? htmlToText(offer.description) : '', offer.requirements ? `Requirements\n\n${htmlToText(offer.requirements)}` : ''].filter(Boolean);
  return {
    title: offer.title,
    company: offer.company_name ?? nameFromSlug(company),
    location: placeOf(offer),
    workMode: workModeOf(offer),
    // Several modes offered, on-site among them, and no word of the others: on-site.
    presumedWorkMode: offer.on_site ? 'onsite' : null,
    salaryMin: amount(offer.salary?.min, offer.salary?.period),
    salaryMax: amount(offer.salary?.max, offer.salary?.period),
    salaryCurrency: offer.salary?.currency?.toUpperCase() ?? null,
    salaryPeriod: offer.salary ? payPeriod(offer.salary.period) : null,
    description: sections.join('\n\n') || null,
    source: 'recruitee',
    externalId: String(offer.id),
    industry: offer.department?.trim() || null,
  };
}

/** Recruitee career sites (one host per company), through their public offers API. */
export function recruiteeReader(fetcher: PageFetcher, baseTemplate: string): PostingReader {
  return {
    source: 'recruitee',
    recognises: (url) => HOST.test(url.hostname) && JOB_PATH.test(url.pathname),
    async read(url): Promise<ParsedPosting> {
      const company = HOST.exec(url.hostname)![1]!;
      const slug = JOB_PATH.exec(url.pathname)![1]!;
      const base = baseTemplate.replace('{company}', company).replace(/\/+$/, '');
      const { offer } = await getJson<RecruiteeOffer>(fetcher, `${base}/api/offers/${slug}`);
      return toPosting(offer, company);
    },
  };
}

/**
 * A Recruitee career site on the company's own domain (jobs.acme.com/o/senior-engineer) serves
 * the same offers API on that domain. Null when it doesn't answer with an offer, so the link is
 * read as a page like any other.
 */
export function recruiteeOwnDomainReader(fetcher: PageFetcher): PostingReader {
  return {
    source: 'recruitee',
    recognises: (url) => !HOST.test(url.hostname) && /^\/o\/[\w-]+\/?$/.test(url.pathname),
    async read(url): Promise<ParsedPosting | null> {
      const slug = JOB_PATH.exec(url.pathname)![1]!;
      const answer = await optionalJson<Partial<RecruiteeOffer>>(fetcher, `${url.origin}/api/offers/${slug}`);
      if (!answer?.offer?.title) return null;
      // "jobs.channable.com": the company is the site's own name.
      const site = url.hostname.split('.').slice(-2, -1)[0] ?? url.hostname;
      return toPosting(answer.offer, site);
    },
  };
}
