import { integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

export const WORK_MODES = ['remote', 'hybrid', 'onsite'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

/** A posting. Jobs are public and shared; what a person does with one lives in applications. */
export const jobs = pgTable('jobs', {
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
  createdBy: integer('created_by').references(() => people.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type JobRow = typeof jobs.$inferSelect;
