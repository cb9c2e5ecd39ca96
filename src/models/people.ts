import { integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A person as seen on one platform; the platform is stored, never guessed from an id's shape. */
export const people = pgTable(
  'people',
  {
    id: serial('id').primaryKey(),
    platform: text('platform').notNull(),
    workspace: text('workspace').notNull(),
    platformUserId: text('platform_user_id').notNull(),
    displayName: text('display_name'),
    /** The zone Jobscout uses for this person: the one they chose in /job prefs, else their platform's. */
    timezone: text('timezone'),
    /** The zone their platform reports (Slack profile), kept apart so that a choice can be undone. */
    platformTimezone: text('platform_timezone'),
    // Hands out the short per-person application numbers (#1, #2, …) atomically.
    lastApplicationSeq: integer('last_application_seq').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('people_identity_idx').on(table.platform, table.workspace, table.platformUserId)],
);

export type PersonRow = typeof people.$inferSelect;
