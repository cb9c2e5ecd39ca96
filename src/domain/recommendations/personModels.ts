import { and, eq, inArray, isNotNull, lte, ne, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../models/database.js';
import { applications } from '../../models/applications.js';
import { communityMembers } from '../../models/communities.js';
import { communityKey } from '../people/communities.js';
import { jobs } from '../../models/jobs.js';
import { preferences } from '../../models/preferences.js';
import { profiles } from '../../models/profiles.js';
import { jobSignals, recommendations, tastes } from '../../models/recommendations.js';
import type { PersonModel } from './personModel.js';

// Keeps each IN list well inside PostgreSQL's parameter limit.
const BATCH = 1000;
// The same posting under another row: public beside hand-added, or in another community.
const twin = alias(jobs, 'twin');

/**
 * What the recommender needs of each person, read in a few queries per thousand people. Only
 * the person's own rows are read: their profile, weights, pipeline, dismissals, past offers and
 * communities. A posting they track is also left out under its other rows (the public one from
 * a board and the one their community added by hand are the same posting). With
 * `excludeDigested`, jobs already sent to them in a digest are left out as well.
 */
export async function loadPersonModels(db: Executor, personIds: readonly number[], now: Date, options: { excludeDigested?: boolean } = {}): Promise<Map<number, PersonModel>> {
  const offeredBefore = options.excludeDigested ? or(lte(recommendations.expiresAt, now), isNotNull(recommendations.digestedAt)) : lte(recommendations.expiresAt, now);
  const models = new Map<number, PersonModel>();
  for (let start = 0; start < personIds.length; start += BATCH) {
    const ids = personIds.slice(start, start + BATCH);
    // Two equality joins rather than one with OR, so each can be a hash join.
    const twinsBy = (same: SQL) => db.select({ personId: applications.personId, jobId: twin.id }).from(applications).innerJoin(jobs, eq(jobs.id, applications.jobId)).innerJoin(twin, and(same, ne(twin.id, jobs.id))).where(inArray(applications.personId, ids));
    const [profileRows, tasteRows, prefRows, pipeline, dismissed, offered, memberships, linkTwins, sourceTwins] = await Promise.all([
      db.select().from(profiles).where(inArray(profiles.personId, ids)),
      db.select().from(tastes).where(inArray(tastes.personId, ids)),
      db.select({ personId: preferences.personId, avoidTitles: preferences.avoidTitles }).from(preferences).where(inArray(preferences.personId, ids)),
      db.select({ personId: applications.personId, jobId: jobs.id, copiedFrom: jobs.copiedFrom, title: jobs.title, company: jobs.company }).from(applications).innerJoin(jobs, eq(jobs.id, applications.jobId)).where(inArray(applications.personId, ids)),
      db.select({ personId: jobSignals.personId, jobId: jobSignals.jobId }).from(jobSignals).where(and(inArray(jobSignals.personId, ids), inArray(jobSignals.kind, ['dismiss', 'dislike']))),
      db.select({ personId: recommendations.personId, jobId: recommendations.jobId }).from(recommendations).where(and(inArray(recommendations.personId, ids), offeredBefore)),
      db.select({ personId: communityMembers.personId, community: communityMembers.community }).from(communityMembers).where(inArray(communityMembers.personId, ids)),
      twinsBy(eq(twin.canonicalUrl, jobs.canonicalUrl)),
      twinsBy(and(eq(twin.source, jobs.source), eq(twin.externalId, jobs.externalId))!),
    ]);
    for (const personId of ids) models.set(personId, { personId, profile: null, taste: {}, signals: 0, avoidTitles: [], items: [], excluded: new Set(), communities: [communityKey.personal(personId)] });
    for (const row of memberships) (models.get(row.personId)!.communities as string[]).push(row.community);
    for (const row of profileRows) models.get(row.personId)!.profile = row;
    for (const row of tasteRows) Object.assign(models.get(row.personId)!, { taste: row.weights, signals: row.signals });
    for (const row of prefRows) models.get(row.personId)!.avoidTitles = row.avoidTitles;
    for (const row of pipeline) {
      const model = models.get(row.personId)!;
      model.items.push({ jobId: row.jobId, title: row.title, company: row.company });
      model.excluded.add(row.jobId);
      // A posting the person corrected is tracked through their copy; the original is theirs too.
      if (row.copiedFrom !== null) model.excluded.add(row.copiedFrom);
    }
    for (const row of [...dismissed, ...offered, ...linkTwins, ...sourceTwins]) models.get(row.personId)!.excluded.add(row.jobId);
  }
  return models;
}
