import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { jobAnalyses, type JobAnalysisRow } from '../../models/jobAnalyses.js';
import { jobs, type JobRow } from '../../models/jobs.js';

/** A posting Jobscout knows, with its analysis when it has one; null for an id it doesn't know. */
export async function knownJob(db: Executor, jobId: number): Promise<{ job: JobRow; analysis: JobAnalysisRow | null } | null> {
  const [row] = await db.select({ job: jobs, analysis: jobAnalyses }).from(jobs).leftJoin(jobAnalyses, eq(jobAnalyses.jobId, jobs.id)).where(eq(jobs.id, jobId));
  return row ?? null;
}

/** The postings with these ids, by id. */
export async function knownJobsById(db: Executor, jobIds: readonly number[]): Promise<Map<number, JobRow>> {
  if (!jobIds.length) return new Map();
  const rows = await db.select().from(jobs).where(inArray(jobs.id, [...jobIds]));
  return new Map(rows.map((row) => [row.id, row]));
}
