import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';
import { people } from './people.js';

/** How the person answered follow-up prompts for one application: snoozed, or stopped (and why). */
export const followups = pgTable('followups', {
  applicationId: integer('application_id')
    .primaryKey()
    .references(() => applications.id),
  personId: integer('person_id').notNull().references(() => people.id),
  snoozedUntil: timestamp('snoozed_until', { withTimezone: true }),
  stoppedAt: timestamp('stopped_at', { withTimezone: true }),
  /** "replied" or "asked". */
  stopReason: text('stop_reason'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type FollowupRow = typeof followups.$inferSelect;
