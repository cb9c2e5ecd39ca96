import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { jobAnalyses, type JobAnalysisRow } from '../../models/jobAnalyses.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { visibleTo } from './jobVisibility.js';

/**
 * A posting the person may see (see visibleTo), with its analysis when it has one; null for an
 * id they can't see or that doesn't exist, which read alike.
 */
export async function knownJob(db: Executor, jobId: number, viewerId: number): Promise<{ job: JobRow; analysis: JobAnalysisRow | null } | null> {
  const [row] = await db.select({ job: jobs, analysis: jobAnalyses }).from(jobs).leftJoin(jobAnalyses, eq(jobAnalyses.jobId, jobs.id)).where(and(eq(jobs.id, jobId), visibleTo(viewerId)));
  return row ?? null;
}

/** The postings with these ids, by id (ids the recommender already chose for the person). */
export async function knownJobsById(db: Executor, jobIds: readonly number[]): Promise<Map<number, JobRow>> {
  if (!jobIds.length) return new Map();
  const rows = await db.select().from(jobs).where(inArray(jobs.id, [...jobIds]));
  return new Map(rows.map((row) => [row.id, row]));
}
