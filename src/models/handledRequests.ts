import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * Platform deliveries already handled, keyed by the platform's own id for the event (a Slack
 * retry carries the same one). A redelivery gets the stored reply instead of running again.
 */
export const handledRequests = pgTable(
  'handled_requests',
  {
    key: text('key').primaryKey(),
    personId: integer('person_id').notNull().references(() => people.id),
    status: text('status').$type<'running' | 'done'>().notNull(),
    result: jsonb('result').$type<unknown>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('handled_requests_created_idx').on(table.createdAt)],
);
