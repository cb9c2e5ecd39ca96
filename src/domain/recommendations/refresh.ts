import { sql } from 'drizzle-orm';
import { recommendations } from '../../models/recommendations.js';
import type { Services } from '../services.js';
import { loadPersonModels } from './personModels.js';
import type { Recommendation } from './recommender.js';

const DAY_MS = 24 * 60 * 60_000;
// Each refresh keeps this many per person: enough for a digest and a page of /job recs.
export const KEPT_PER_PERSON = 10;
const INSERT_BATCH = 2000;

/**
 * Works out each person's best jobs now and stores them. A job already recommended keeps its
 * first date, so it still expires 14 days after it was first offered; an expired one is never
 * offered again (see loadPersonModels), and one already sent in a digest is not picked again.
 */
export async function refreshRecommendations(services: Services, personIds: readonly number[]): Promise<Map<number, Recommendation[]>> {
  const now = services.clock();
  const recommender = await services.catalog.recommender(services.db);
  // A job already sent in a digest keeps its row (and its place in /job recs) until it expires,
  // but leaves its slot to jobs the person hasn't been told about.
  const models = await loadPersonModels(services.db, personIds, now, { excludeDigested: true });
  const result = new Map<number, Recommendation[]>();
  const rows: (typeof recommendations.$inferInsert)[] = [];
  const expiresAt = new Date(now.getTime() + services.config.recommendations.expireDays * DAY_MS);
  for (const [personId, model] of models) {
    const recs = recommender.recommend(model, KEPT_PER_PERSON);
    result.set(personId, recs);
    for (const rec of recs) rows.push({ personId, jobId: rec.jobId, score: rec.score, content: rec.content, collaborative: rec.collaborative, confidence: rec.confidence, reasons: rec.reasons, createdAt: now, expiresAt });
  }
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    await services.db
      .insert(recommendations)
      .values(rows.slice(start, start + INSERT_BATCH))
      .onConflictDoUpdate({
        target: [recommendations.personId, recommendations.jobId],
        set: { score: sql`excluded.score`, content: sql`excluded.content`, collaborative: sql`excluded.collaborative`, confidence: sql`excluded.confidence`, reasons: sql`excluded.reasons` },
      });
  }
  return result;
}
