import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * One row per message the scheduler sends, under a unique key (for example
 * `interview:12:reminder:60:2026-11-25T14:00:00.000Z`). A send is claimed here before it is
 * made and marked sent after, so a retry, a restart or a second worker never sends it twice.
 */
export const deliveries = pgTable('deliveries', {
  key: text('key').primaryKey(),
  personId: integer('person_id').notNull().references(() => people.id),
  kind: text('kind').notNull(),
  status: text('status').$type<'claimed' | 'sent'>().notNull(),
  claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
});

export type DeliveryRow = typeof deliveries.$inferSelect;
