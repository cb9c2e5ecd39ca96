import { boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * How a person wants Jobscout to come to them: the daily digest and the titles they never want
 * to see. Where they want to work and their salary floor live in their profile, shared with fit.
 */
export const preferences = pgTable('preferences', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => people.id),
  digestEnabled: boolean('digest_enabled').notNull(),
  /** Local time of day, "HH:MM". */
  digestTime: text('digest_time').notNull(),
  /** Chosen by the person; null means the platform's (Slack profile) or the default zone. */
  timezone: text('timezone'),
  digestSize: integer('digest_size').notNull(),
  avoidTitles: jsonb('avoid_titles').$type<string[]>().notNull(),
  /** A Monday DM with the week's numbers, a chart and an insight; off unless asked for. */
  weeklyReport: boolean('weekly_report').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type PreferencesRow = typeof preferences.$inferSelect;
