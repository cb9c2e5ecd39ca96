import { and, desc, eq, gt, gte, inArray, isNull, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../models/database.js';
import { applications } from '../../models/applications.js';
import { jobAnalyses, type JobAnalysisRow } from '../../models/jobAnalyses.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { jobSignals, recommendations, type RecommendationRow } from '../../models/recommendations.js';
import { isAvoided } from './personModel.js';

// The posting behind an application, which may be the person's corrected copy of the recommended one.
const tracked = alias(jobs, 'tracked');

export interface ShownRecommendation {
  recommendation: RecommendationRow;
  job: JobRow;
  analysis: JobAnalysisRow | null;
}

/**
 * Each person's recommendations that still stand, best first: not expired, above the minimum
 * score, the job still open, not in their pipeline, not dismissed, and not a title they avoid.
 * `fresh` keeps only those not yet sent in a digest. One query for many people.
 */
export async function currentRecommendationsFor(
  db: Executor,
  query: { people: ReadonlyMap<number, { avoidTitles: readonly string[]; limit: number }>; now: Date; minScore: number; fresh?: boolean },
): Promise<Map<number, ShownRecommendation[]>> {
  const personIds = [...query.people.keys()];
  const result = new Map<number, ShownRecommendation[]>(personIds.map((id) => [id, []]));
  if (!personIds.length) return result;
  const rows = await db
    .select({ recommendation: recommendations, job: jobs, analysis: jobAnalyses })
    .from(recommendations)
    .innerJoin(jobs, eq(jobs.id, recommendations.jobId))
    .leftJoin(jobAnalyses, eq(jobAnalyses.jobId, jobs.id))
    .where(
      and(
        inArray(recommendations.personId, personIds),
        gt(recommendations.expiresAt, query.now),
        gte(recommendations.score, query.minScore),
        isNull(jobs.closedAt),
        query.fresh ? isNull(recommendations.digestedAt) : undefined,
        notExists(
          db
            .select({ one: sql`1` })
            .from(applications)
            .innerJoin(tracked, eq(tracked.id, applications.jobId))
            .where(and(eq(applications.personId, recommendations.personId), or(eq(applications.jobId, recommendations.jobId), eq(tracked.copiedFrom, recommendations.jobId)))),
        ),
        notExists(
          db
            .select({ one: sql`1` })
            .from(jobSignals)
            .where(and(eq(jobSignals.personId, recommendations.personId), eq(jobSignals.jobId, recommendations.jobId), inArray(jobSignals.kind, ['dismiss', 'dislike']))),
        ),
      ),
    )
    .orderBy(recommendations.personId, desc(recommendations.score), recommendations.jobId);
  // At most ten a refresh for fourteen days: few enough rows a person to filter titles here, by word.
  for (const row of rows) {
    const wants = query.people.get(row.recommendation.personId)!;
    const shown = result.get(row.recommendation.personId)!;
    if (shown.length < wants.limit && !isAvoided(row.job.title, wants.avoidTitles)) shown.push(row);
  }
  return result;
}

/** One person's recommendations that still stand (see currentRecommendationsFor). */
export async function currentRecommendations(
  db: Executor,
  query: { personId: number; now: Date; minScore: number; limit: number; avoidTitles: readonly string[]; fresh?: boolean },
): Promise<ShownRecommendation[]> {
  const people = new Map([[query.personId, { avoidTitles: query.avoidTitles, limit: query.limit }]]);
  return (await currentRecommendationsFor(db, { ...query, people })).get(query.personId)!;
}

/** Marks recommendations as sent in a digest, so the next digest carries only new ones. */
export async function markDigested(db: Executor, personId: number, jobIds: readonly number[], at: Date): Promise<void> {
  if (!jobIds.length) return;
  await db.update(recommendations).set({ digestedAt: at }).where(and(eq(recommendations.personId, personId), inArray(recommendations.jobId, jobIds)));
}
