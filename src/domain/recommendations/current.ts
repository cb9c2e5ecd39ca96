import { and, desc, eq, gt, gte, inArray, isNull, notExists, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applications } from '../../models/applications.js';
import { jobAnalyses, type JobAnalysisRow } from '../../models/jobAnalyses.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { jobSignals, recommendations, type RecommendationRow } from '../../models/recommendations.js';
import { isAvoided } from './personModel.js';

export interface ShownRecommendation {
  recommendation: RecommendationRow;
  job: JobRow;
  analysis: JobAnalysisRow | null;
}

/**
 * The person's recommendations that still stand: not expired, above the minimum score, the job
 * still open, not in their pipeline, not dismissed, and not a title they avoid. `fresh` keeps
 * only those not yet sent in a digest.
 */
export async function currentRecommendations(
  db: Executor,
  query: { personId: number; now: Date; minScore: number; limit: number; avoidTitles: readonly string[]; fresh?: boolean },
): Promise<ShownRecommendation[]> {
  const rows = await db
    .select({ recommendation: recommendations, job: jobs, analysis: jobAnalyses })
    .from(recommendations)
    .innerJoin(jobs, eq(jobs.id, recommendations.jobId))
    .leftJoin(jobAnalyses, eq(jobAnalyses.jobId, jobs.id))
    .where(
      and(
        eq(recommendations.personId, query.personId),
        gt(recommendations.expiresAt, query.now),
        gte(recommendations.score, query.minScore),
        isNull(jobs.closedAt),
        query.fresh ? isNull(recommendations.digestedAt) : undefined,
        notExists(db.select({ one: sql`1` }).from(applications).where(and(eq(applications.personId, query.personId), eq(applications.jobId, recommendations.jobId)))),
        notExists(
          db
            .select({ one: sql`1` })
            .from(jobSignals)
            .where(and(eq(jobSignals.personId, query.personId), eq(jobSignals.jobId, recommendations.jobId), inArray(jobSignals.kind, ['dismiss', 'dislike']))),
        ),
      ),
    )
    .orderBy(desc(recommendations.score), recommendations.jobId);
  // At most ten a refresh for fourteen days: few enough rows to filter titles here, by word.
  return rows.filter((row) => !isAvoided(row.job.title, query.avoidTitles)).slice(0, query.limit);
}

/** Marks recommendations as sent in a digest, so the next digest carries only new ones. */
export async function markDigested(db: Executor, personId: number, jobIds: readonly number[], at: Date): Promise<void> {
  if (!jobIds.length) return;
  await db.update(recommendations).set({ digestedAt: at }).where(and(eq(recommendations.personId, personId), inArray(recommendations.jobId, jobIds)));
}
