import { sql } from 'drizzle-orm';
import { integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people.js';

export const WORK_MODES = ['remote', 'hybrid', 'onsite'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

/**
 * A posting. Jobs are public and shared; what a person does with one lives in applications.
 * The same posting is one row however it was reached: by its canonical link, or by its id at
 * the source it came from.
 */
export const jobs = pgTable(
  'jobs',
  {
  id: serial('id').primaryKey(),
  title: text('title').notNull(),
  company: text('company').notNull(),
  url: text('url'),
  location: text('location'),
  workMode: text('work_mode').$type<WorkMode>(),
  salaryMin: integer('salary_min'),
  salaryMax: integer('salary_max'),
  salaryCurrency: text('salary_currency'),
  description: text('description'),
  source: text('source').notNull().default('manual'),
  canonicalUrl: text('canonical_url'),
  externalId: text('external_id'),
  /** The watched board it was found on, if any. */
  boardId: integer('board_id'),
  /** When it disappeared from its board: the posting is closed. */
  closedAt: timestamp('closed_at', { withTimezone: true }),
  createdBy: integer('created_by').references(() => people.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('jobs_canonical_url_idx').on(table.canonicalUrl).where(sql`${table.canonicalUrl} is not null`),
    uniqueIndex('jobs_source_external_idx').on(table.source, table.externalId).where(sql`${table.externalId} is not null`),
  ],
);

export type JobRow = typeof jobs.$inferSelect;
