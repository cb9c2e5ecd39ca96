import { htmlToText } from '../../domain/intake/htmlText.js';
import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import type { ParsedPosting } from '../../domain/intake/posting.js';
import type { PostingReader } from '../../domain/intake/postingReader.js';
import type { BoardSource } from '../../domain/intake/boardSource.js';
import { apiUrl, getJson, nameFromSlug, optionalJson } from './json.js';
import { workModeFrom } from './workMode.js';

// boards.greenhouse.io/acme/jobs/123, job-boards.greenhouse.io/acme/jobs/123, boards.eu.greenhouse.io/…
const JOB_PATH = /^\/([^/]+)\/jobs\/(\d+)/;
const HOSTS = /^(job-)?boards(\.eu)?\.greenhouse\.io$/;

export interface GreenhouseJob {
  id: number;
  title: string;
  company_name?: string;
  location?: { name?: string };
  content?: string;
  absolute_url?: string;
  /** Custom fields a company adds to its jobs; many add a "Workplace Type". */
  metadata?: { name?: string; value?: unknown }[] | null;
  departments?: { name?: string }[];
  /** The company's offices the job is filed under; some name one "Remote (International)". */
  offices?: { name?: string }[];
}

// "Workplace Type", "Work Arrangement", "Location Type", "Remote Status": names companies give the field.
const WORK_MODE_FIELD = /workplace|work\s*(?:place|arrangement|model|type|location)|location\s*type|remote/i;

/** The work mode a company put in a custom field, or the remote office it filed the job under. */
function workModeOf(job: GreenhouseJob): ParsedPosting['workMode'] {
  for (const field of job.metadata ?? []) {
    if (!field.name || !WORK_MODE_FIELD.test(field.name)) continue;
    const mode = workModeFrom(Array.isArray(field.value) ? field.value.join(' ') : typeof field.value === 'string' ? field.value : null);
    if (mode) return mode;
  }
  // Filed only under offices named "Remote …": remote, whatever town the location line names.
  const offices = (job.offices ?? []).map((office) => workModeFrom(office.name));
  return offices.length && offices.every((mode) => mode === 'remote') ? 'remote' : null;
}

export function toPosting(job: GreenhouseJob, company: string): ParsedPosting {
  const description = job.content ? htmlToText(job.content) : null;
  const location = job.location?.name?.trim() || null;
  return {
    title: job.title,
    company: job.company_name ?? company,
    location,
    // Greenhouse has no work-mode field of its own: a company's custom field or remote office when
    // there is one, else the analysis reads it from the location line and the text.
    workMode: workModeOf(job),
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    description,
    source: 'greenhouse',
    externalId: String(job.id),
    industry: job.departments?.find((department) => department.name?.trim())?.name?.trim() ?? null,
  };
}

export async function boardName(fetcher: PageFetcher, base: string, board: string, text?: string | null): Promise<string> {
  return (await optionalJson<{ name?: string }>(fetcher, apiUrl(base, `/v1/boards/${board}`)))?.name ?? nameFromSlug(board, text);
}

/** Greenhouse job boards, through the public Job Board API. */
export function greenhouseReader(fetcher: PageFetcher, base: string): PostingReader {
  return {
    source: 'greenhouse',
    recognises: (url) => HOSTS.test(url.hostname) && JOB_PATH.test(url.pathname),
    async read(url): Promise<ParsedPosting> {
      const [, board, id] = JOB_PATH.exec(url.pathname)!;
      const job = await getJson<GreenhouseJob>(fetcher, apiUrl(base, `/v1/boards/${board}/jobs/${id}`));
      return toPosting(job, job.company_name ?? (await boardName(fetcher, base, board!, job.content ? htmlToText(job.content) : null)));
    },
  };
}

/** A whole Greenhouse board, for watching it. */
export function greenhouseBoard(fetcher: PageFetcher, base: string): BoardSource {
  return {
    source: 'greenhouse',
    async list(token) {
      const name = await boardName(fetcher, base, token);
      const { jobs = [] } = await getJson<{ jobs?: GreenhouseJob[] }>(fetcher, apiUrl(base, `/v1/boards/${token}/jobs?content=true`));
      return { name, postings: jobs.map((job) => ({ posting: toPosting(job, name), url: job.absolute_url ?? `https://boards.greenhouse.io/${token}/jobs/${job.id}` })) };
    },
  };
}
