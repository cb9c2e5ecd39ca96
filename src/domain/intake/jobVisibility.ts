import { and, eq, exists, isNull, or, sql, type SQL } from 'drizzle-orm';
import { applications } from '../../models/applications.js';
import { communityMembers } from '../../models/communities.js';
import { jobs } from '../../models/jobs.js';
import { communityKey } from '../people/communities.js';

/**
 * Whether a person may see a posting: a public one (from a board or a feed), one added by hand
 * in a community they belong to (or on their own), or one they track themselves. A job id from
 * anywhere else reads as unknown.
 */
export function visibleTo(personId: number): SQL {
  return or(
    isNull(jobs.community),
    eq(jobs.community, communityKey.personal(personId)),
    exists(
      sql`(select 1 from ${communityMembers} where ${and(eq(communityMembers.personId, personId), eq(communityMembers.community, jobs.community))})`,
    ),
    exists(sql`(select 1 from ${applications} where ${and(eq(applications.personId, personId), eq(applications.jobId, jobs.id))})`),
  )!;
}
