import { integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * A person's private calendar subscription. Only a hash of the secret in its address is kept:
 * the address is shown once, and renewing it gives a new one and retires the old.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    personId: integer('person_id')
      .primaryKey()
      .references(() => people.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** When a calendar app last fetched it, so the person can tell it works. */
    lastFetchedAt: timestamp('last_fetched_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('calendar_feeds_token_idx').on(table.tokenHash)],
);

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;
