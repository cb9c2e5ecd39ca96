import { and, desc, eq, like, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { communityMembers } from '../../models/communities.js';

/**
 * Where people use Jobscout, as stored keys. A person's own key holds what they added where
 * they belong to no community (a Discord DM before they ever used Jobscout in a server): it is
 * seen by them alone.
 */
export const communityKey = {
  slack: (teamId: string) => `slack:${teamId}`,
  discord: (guildId: string) => `discord:${guildId}`,
  console: (install: string) => `console:${install}`,
  personal: (personId: number) => `person:${personId}`,
};

// Seen-again times are kept to the hour, so repeated use of one place writes once an hour at most.
const TOUCH_AFTER = '1 hour';

/**
 * Records that the person uses Jobscout in `community` (at `now`); cheap to call on every event.
 * The time is brought up to date when it is an hour old, and at once when another of the
 * person's communities was seen later, so the latest one is always known (see latestDiscordCommunity).
 */
export async function enterCommunity(db: Executor, personId: number, community: string, now: Date): Promise<void> {
  await db
    .insert(communityMembers)
    .values({ personId, community, firstSeenAt: now, lastSeenAt: now })
    .onConflictDoUpdate({
      target: [communityMembers.personId, communityMembers.community],
      set: { lastSeenAt: sql`excluded.last_seen_at` },
      setWhere: sql`${communityMembers.lastSeenAt} < excluded.last_seen_at - interval '${sql.raw(TOUCH_AFTER)}'
        or exists (select 1 from ${communityMembers} as other
          where other.person_id = ${communityMembers.personId} and other.community <> ${communityMembers.community} and other.last_seen_at > ${communityMembers.lastSeenAt})`,
    });
}

/**
 * The community a Discord DM happens in: the server the person used Jobscout in most recently,
 * or, if none, their own (what they add there stays with them).
 */
export async function latestDiscordCommunity(db: Executor, personId: number): Promise<string> {
  const [latest] = await db
    .select({ community: communityMembers.community })
    .from(communityMembers)
    .where(and(eq(communityMembers.personId, personId), like(communityMembers.community, 'discord:%')))
    .orderBy(desc(communityMembers.lastSeenAt), communityMembers.community)
    .limit(1);
  return latest?.community ?? communityKey.personal(personId);
}
