import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';

export const INTERVIEW_KINDS = ['phone', 'video', 'technical', 'onsite', 'panel'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];
export const INTERVIEW_OUTCOMES = ['pending', 'passed', 'failed', 'cancelled'] as const;
export type InterviewOutcome = (typeof INTERVIEW_OUTCOMES)[number];

export const interviews = pgTable(
  'interviews',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id').notNull().references(() => applications.id),
    // Numbered within the application so people can say "3.2" for the second interview of #3.
    seq: integer('seq').notNull(),
    kind: text('kind').$type<InterviewKind>().notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    // The zone the person gave the time in, so replies show it the way they said it.
    timezone: text('timezone').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    interviewers: text('interviewers'),
    location: text('location'),
    outcome: text('outcome').$type<InterviewOutcome>().notNull().default('pending'),
    feedback: text('feedback'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('interviews_application_seq_idx').on(table.applicationId, table.seq),
    index('interviews_starts_at_idx').on(table.startsAt),
  ],
);

export type InterviewRow = typeof interviews.$inferSelect;
