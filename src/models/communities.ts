import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * The communities a person uses Jobscout in: their Slack workspace, each Discord server they
 * have used it in, the console install. Jobs a person adds by hand, and every signal about
 * them, stay inside these; collaborative counts are made per community.
 */
export const communityMembers = pgTable(
  'community_members',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    /** "slack:T123", "discord:<server id>", "console:<install>". */
    community: text('community').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
    /** When they last used Jobscout there; a Discord DM counts as their latest server. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.personId, table.community] }), index('community_members_community_idx').on(table.community)],
);

export type CommunityMemberRow = typeof communityMembers.$inferSelect;
