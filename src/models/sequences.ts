import { boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';
import { people } from './people.js';

/**
 * A follow-up sequence for one application: emails at set days after applying, each a draft to
 * approve or, when the person chose `automatic`, sent on its own. It stops on a reply, on any
 * move past `applied`, or when the person says stop.
 */
export const sequences = pgTable('sequences', {
  applicationId: integer('application_id')
    .primaryKey()
    .references(() => applications.id),
  personId: integer('person_id')
    .notNull()
    .references(() => people.id),
  /** fixed (calendar days), business (weekdays only), or backoff (each wait twice the last). */
  strategy: text('strategy').notNull(),
  /** Days after applying for each step, e.g. [3, 7, 14]. */
  steps: jsonb('steps').$type<number[]>().notNull(),
  automatic: boolean('automatic').notNull().default(false),
  /** When the application entered `applied`: the steps count from here. */
  anchorAt: timestamp('anchor_at', { withTimezone: true }).notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  stoppedAt: timestamp('stopped_at', { withTimezone: true }),
  /** replied, moved, asked, or finished. */
  stopReason: text('stop_reason'),
});

export type SequenceRow = typeof sequences.$inferSelect;
