import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applications, type ApplicationRow } from '../../models/applications.js';
import { jobs, type JobRow, type WorkMode } from '../../models/jobs.js';
import type { PayPeriod } from '../intake/salary.js';
import { people } from '../../models/people.js';
import { UserError } from '../errors.js';
import type { Services } from '../services.js';
import { insertEvent, type NewEvent } from './events.js';
import { applyEvent } from './projection.js';
import { isOpen, type State } from './lifecycle.js';
import { changePersonData } from '../people/changes.js';
import { canonicalUrl } from '../intake/canonicalUrl.js';
import { analyzePosting } from '../analysis/analyzePosting.js';
import type { Taxonomy } from '../analysis/taxonomy.js';
import { jobAnalyses, type JobAnalysisRow } from '../../models/jobAnalyses.js';
import { jobFeatures } from '../recommendations/features.js';
import { knownJob } from '../intake/knownJobs.js';
import { recordSignal } from '../recommendations/signals.js';
import { withoutControlCharactersIn } from '../controlCharacters.js';

/** An application with its posting: what every reply about it needs. */
export interface ApplicationView {
  application: ApplicationRow;
  job: JobRow;
  /** What Jobscout made of the posting, when it has analysed it. */
  analysis?: JobAnalysisRow | null;
}

export interface NewJob {
  title: string;
  company: string;
  url?: string | null;
  location?: string | null;
  workMode?: WorkMode | null;
  workModeDetail?: string | null;
  salaryMin?: number | null;
  salaryMax?: number | null;
  salaryCurrency?: string | null;
  salaryPeriod?: PayPeriod | null;
  description?: string | null;
  source?: string;
  /** The posting's id at its source (a Greenhouse job id, a JSON-LD identifier). */
  externalId?: string | null;
  closesAt?: Date | null;
  postedAt?: Date | null;
  /** The industry or department the posting is filed under (see ParsedPosting). */
  industry?: string | null;
}

/** An application just added, or the one the person already had for the same posting. */
export interface AddedApplication extends ApplicationView {
  alreadyTracked: boolean;
}

/** Who brings a posting in: a person adding it by hand in a community, or a public source (no one, no community). */
export interface JobOrigin {
  createdBy: number | null;
  /** Null for a public posting (a board, a feed); else the community it was added in. */
  community: string | null;
}

/** A posting to store, with what the reader presumed about it beyond the stored columns. */
export type JobInput = NewJob & { presumedWorkMode?: WorkMode | null };

/** A board or a feed: postings everyone may see. */
export const PUBLIC_SOURCE: JobOrigin = { createdBy: null, community: null };

/**
 * The job row for a posting: the existing one when its canonical link or its id at the source
 * is known already within reach (a public posting, or one added in the same community), else a
 * new one in the origin's community. Safe against two people adding it at once.
 */
export async function findOrCreateJob(
  tx: Executor,
  origin: JobOrigin,
  input: JobInput & { boardId?: number | null },
  now: Date,
  taxonomy: Taxonomy,
): Promise<{ job: JobRow; analysis: JobAnalysisRow | null; created: boolean }> {
  // A page or an API answer can carry a NUL or other control bytes; PostgreSQL refuses NUL.
  input = withoutControlCharactersIn(input);
  const source = input.source ?? 'manual';
  const canonical = input.url ? canonicalUrl(input.url) : null;
  const externalId = input.externalId ?? null;
  // A posting added by hand elsewhere is never matched: its row, and what was typed into it, stay there.
  const inReach = origin.community ? or(isNull(jobs.community), eq(jobs.community, origin.community)) : isNull(jobs.community);
  const sameJob = () =>
    and(
      or(
        canonical ? eq(jobs.canonicalUrl, canonical) : undefined,
        externalId ? and(eq(jobs.source, source), eq(jobs.externalId, externalId)) : undefined,
      ),
      inReach,
    );
  // The public posting first: it is the one everyone shares.
  const known = () => tx.select({ job: jobs, analysis: jobAnalyses }).from(jobs).leftJoin(jobAnalyses, eq(jobAnalyses.jobId, jobs.id)).where(sameJob()).orderBy(sql`${jobs.community} is not null`, asc(jobs.id)).limit(1);
  if (canonical || externalId) {
    const [found] = await known();
    if (found) return { ...found, created: false };
  }
  // Every new posting is analysed as it arrives, so fit scores and cards can use it at once; the
  // card's work mode and pay come from the analysis, which reads the words when the data is silent.
  const analysis = analyzePosting(taxonomy, {
    title: input.title,
    company: input.company,
    description: input.description ?? null,
    location: input.location ?? null,
    workMode: input.workMode ?? null,
    presumedWorkMode: input.presumedWorkMode ?? null,
    salaryMin: input.salaryMin ?? null,
    salaryMax: input.salaryMax ?? null,
    salaryCurrency: input.salaryCurrency ?? null,
    salaryPeriod: input.salaryPeriod ?? null,
  });
  const settled = {
    workMode: analysis.workMode,
    workModeDetail: analysis.workModeDetail,
    salaryMin: analysis.salaryMin,
    salaryMax: analysis.salaryMax,
    salaryCurrency: analysis.salaryCurrency,
    salaryPeriod: analysis.salaryPeriod,
  };
  const [created] = await tx
    .insert(jobs)
    .values({ ...input, ...settled, source, canonicalUrl: canonical, externalId, createdBy: origin.createdBy, community: origin.community, createdAt: now })
    .onConflictDoNothing()
    .returning();
  if (created) {
    const [stored] = await tx.insert(jobAnalyses).values({ jobId: created.id, ...analysis, analyzedAt: now }).returning();
    return { job: created, analysis: stored!, created: true };
  }
  // Someone added the same posting between our look and our insert.
  const [winner] = await known();
  return { ...winner!, created: false };
}

/**
 * The person's application for this posting under any of its rows: the same posting can be a
 * public row (from a board) and a row added by hand in a community, and a person who tracks one
 * of them tracks the posting.
 */
async function trackedApplication(tx: Executor, personId: number, job: Pick<JobRow, 'id' | 'source' | 'canonicalUrl' | 'externalId'>): Promise<{ application: ApplicationRow; job: JobRow; analysis: JobAnalysisRow | null } | null> {
  const samePosting = or(
    eq(jobs.id, job.id),
    job.canonicalUrl ? eq(jobs.canonicalUrl, job.canonicalUrl) : undefined,
    job.externalId ? and(eq(jobs.source, job.source), eq(jobs.externalId, job.externalId)) : undefined,
  );
  const [row] = await tx
    .select({ application: applications, job: jobs, analysis: jobAnalyses })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(jobAnalyses, eq(jobAnalyses.jobId, jobs.id))
    .where(and(eq(applications.personId, personId), samePosting))
    .orderBy(asc(applications.seq))
    .limit(1);
  return row ?? null;
}

/**
 * The person's application for a job: the one they have (for this row or another row of the
 * same posting), or a new `saved` one with the next short id. A new one is a "save" for
 * recommendations.
 */
async function applicationFor(services: Services, tx: Executor, personId: number, job: JobRow, analysis: JobAnalysisRow | null, now: Date): Promise<AddedApplication> {
  const existing = await trackedApplication(tx, personId, job);
  if (existing) return { ...existing, alreadyTracked: true };
  const [counter] = await tx
    .update(people)
    .set({ lastApplicationSeq: sql`${people.lastApplicationSeq} + 1` })
    .where(eq(people.id, personId))
    .returning({ seq: people.lastApplicationSeq });
  const created: NewEvent = { type: 'created', actorPersonId: personId, toState: 'saved', payload: { jobId: job.id }, occurredAt: now };
  const [application] = await tx
    .insert(applications)
    .values({ personId, jobId: job.id, seq: counter!.seq, ...applyEvent(null, { type: created.type, toState: 'saved', occurredAt: now }) })
    .returning();
  await insertEvent(tx, application!.id, created);
  await recordSignal(tx, services.config.recommendations.signals, { personId, job: jobFeatures(job, analysis), kind: 'save', now });
  return { application: application!, job, analysis, alreadyTracked: false };
}

/** Starts tracking a posting Jobscout already knows (one found on a watched board). */
export async function trackJob(services: Services, personId: number, jobId: number): Promise<AddedApplication> {
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const known = await knownJob(tx, jobId, personId);
    if (!known) throw new UserError('unknown_job', 'That posting is no longer known. Use /job add <link> to save it.');
    return applicationFor(services, tx, personId, known.job, known.analysis, now);
  });
}

/**
 * Starts tracking a job the person adds by hand in `community`, as `saved`, with the next short
 * id. A posting they already track gives back that application instead of a second one.
 */
export async function addApplication(services: Services, adder: { personId: number; community: string }, input: JobInput): Promise<AddedApplication> {
  return changePersonData(services, adder.personId, (tx) => addApplicationAt(services, tx, adder, input, services.clock()));
}

/**
 * addApplication inside the caller's transaction, as of `at`: an import starts an application
 * on the day it was saved elsewhere.
 */
export async function addApplicationAt(services: Services, tx: Executor, adder: { personId: number; community: string }, input: JobInput, at: Date): Promise<AddedApplication> {
  const { personId } = adder;
  // A posting the person tracks already, under any of its rows: nothing new is stored for it.
  const posting = { id: -1, source: input.source ?? 'manual', canonicalUrl: input.url ? canonicalUrl(input.url) : null, externalId: input.externalId ?? null };
  const tracked = posting.canonicalUrl || posting.externalId ? await trackedApplication(tx, personId, posting) : null;
  if (tracked) return { ...tracked, alreadyTracked: true };
  const { job, analysis } = await findOrCreateJob(tx, { createdBy: personId, community: adder.community }, input, at, services.taxonomy);
  return applicationFor(services, tx, personId, job, analysis, at);
}

/**
 * Looks up one of the person's own applications by its short id. Someone else's id reads
 * exactly like an unknown one, so ids reveal nothing about other people.
 */
export async function getApplication(db: Executor, personId: number, seq: number, forUpdate = false): Promise<ApplicationView> {
  const query = db
    .select({ application: applications, job: jobs, analysis: jobAnalyses })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(jobAnalyses, eq(jobAnalyses.jobId, jobs.id))
    .where(and(eq(applications.personId, personId), eq(applications.seq, seq)));
  const [row] = forUpdate ? await query.for('update', { of: applications }) : await query;
  if (!row) {
    throw new UserError('unknown_application', `You have no application #${seq}. Use /job list to see yours.`);
  }
  return row;
}

/** The person's applications, oldest first; `state` narrows to one state, `open` to the live ones. */
export async function listApplications(
  db: Executor,
  personId: number,
  filter: { state?: State; openOnly?: boolean } = {},
): Promise<ApplicationView[]> {
  const conditions = [eq(applications.personId, personId)];
  if (filter.state) conditions.push(eq(applications.state, filter.state));
  const rows = await db
    .select({ application: applications, job: jobs })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(...conditions))
    .orderBy(asc(applications.seq));
  return filter.openOnly ? rows.filter((row) => isOpen(row.application.state as State)) : rows;
}
