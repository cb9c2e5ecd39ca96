import { and, eq, ne, sql } from 'drizzle-orm';
import { applications } from '../../models/applications.js';
import type { Executor } from '../../models/database.js';
import { jobAnalyses } from '../../models/jobAnalyses.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { analyzePosting } from '../analysis/analyzePosting.js';
import { canonicalUrl } from '../intake/canonicalUrl.js';
import type { PayPeriod } from '../intake/salary.js';
import { changePersonData } from '../people/changes.js';
import { communityKey } from '../people/communities.js';
import type { Services } from '../services.js';
import { getApplication, type ApplicationView } from './applications.js';
import { appendEvent } from './events.js';

/** What a person may correct about a posting they track. Salary is yearly, with the period it is stated in. */
export interface JobCorrection {
  title: string;
  company: string;
  url: string | null;
  location: string | null;
  salary: { min: number | null; max: number | null; currency: string | null; period: PayPeriod } | null;
}

function correctionOf(job: JobRow): JobCorrection {
  const salary = job.salaryMin || job.salaryMax ? { min: job.salaryMin, max: job.salaryMax, currency: job.salaryCurrency, period: job.salaryPeriod ?? 'year' } : null;
  return { title: job.title, company: job.company, url: job.url, location: job.location, salary };
}

const FIELD_NAMES: Record<keyof JobCorrection, string> = { title: 'title', company: 'company', url: 'link', location: 'location', salary: 'salary' };

/**
 * Corrects the posting behind one of the person's applications. A row only they use (one they
 * added by hand) is corrected in place. A row others see too (a board's posting, or one their
 * community shares) stays as it is for them: the person gets a corrected copy of their own,
 * seen only by them, that still counts as the same posting.
 */
export async function editJob(services: Services, personId: number, seq: number, input: JobCorrection): Promise<ApplicationView & { changed: string[]; copied: boolean }> {
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const view = await getApplication(tx, personId, seq, true);
    const before = correctionOf(view.job);
    const changed = (Object.keys(FIELD_NAMES) as (keyof JobCorrection)[]).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(input[field])).map((field) => FIELD_NAMES[field]);
    if (!changed.length) return { ...view, changed, copied: false };
    const [others] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(applications)
      .where(and(eq(applications.jobId, view.job.id), ne(applications.personId, personId)));
    const own = view.job.createdBy === personId && view.job.community !== null && others!.count === 0;
    const community = own ? view.job.community! : communityKey.personal(personId);
    const values = {
      title: input.title,
      company: input.company,
      url: input.url,
      canonicalUrl: await freeCanonicalUrl(tx, input.url, community, own ? view.job.id : null),
      location: input.location,
      salaryMin: input.salary?.min ?? null,
      salaryMax: input.salary?.max ?? null,
      salaryCurrency: input.salary?.currency ?? null,
      salaryPeriod: input.salary ? input.salary.period : null,
    };
    let job: JobRow;
    if (own) {
      [job] = (await tx.update(jobs).set(values).where(eq(jobs.id, view.job.id)).returning()) as [JobRow];
    } else {
      const { id: _id, ...original } = view.job;
      // Not the board's row: the board's updates and closing stay on the original.
      [job] = (await tx
        .insert(jobs)
        .values({ ...original, ...values, externalId: null, boardId: null, community, createdBy: personId, copiedFrom: view.job.copiedFrom ?? view.job.id, createdAt: now })
        .returning()) as [JobRow];
      await tx.update(applications).set({ jobId: job.id }).where(eq(applications.id, view.application.id));
    }
    const analysis = analyzePosting(services.taxonomy, {
      title: job.title,
      company: job.company,
      description: job.description,
      location: job.location,
      workMode: job.workMode,
      presumedWorkMode: null,
      salaryMin: job.salaryMin,
      salaryMax: job.salaryMax,
      salaryCurrency: job.salaryCurrency,
      salaryPeriod: job.salaryPeriod,
    });
    const [stored] = await tx
      .insert(jobAnalyses)
      .values({ jobId: job.id, ...analysis, analyzedAt: now })
      .onConflictDoUpdate({ target: jobAnalyses.jobId, set: { ...analysis, analyzedAt: now } })
      .returning();
    const summary = `Posting corrected: ${changed.join(', ')}`;
    const application = await appendEvent(tx, { ...view.application, jobId: job.id }, { type: 'job_edited', actorPersonId: personId, payload: { jobId: job.id, fromJobId: view.job.id, changed, summary }, occurredAt: now });
    return { application, job, analysis: stored!, changed, copied: !own };
  });
}

/** The canonical link to store, unless another row in the same space has it already (its unique index would refuse). */
async function freeCanonicalUrl(tx: Executor, url: string | null, community: string, self: number | null): Promise<string | null> {
  if (!url) return null;
  const canonical = canonicalUrl(url);
  const [taken] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.community, community), eq(jobs.canonicalUrl, canonical), self === null ? undefined : ne(jobs.id, self)))
    .limit(1);
  return taken ? null : canonical;
}
