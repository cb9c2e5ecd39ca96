import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { jobs } from './jobs.js';

/** One skill as a posting asks for it. */
export interface StoredSkill {
  name: string;
  category: string;
  required: boolean;
}

/** What Jobscout made of a posting: its skills, seniority, work mode and yearly salary. */
export const jobAnalyses = pgTable('job_analyses', {
  jobId: integer('job_id')
    .primaryKey()
    .references(() => jobs.id),
  skills: jsonb('skills').$type<StoredSkill[]>().notNull(),
  seniority: text('seniority'),
  workMode: text('work_mode'),
  workModeDetail: text('work_mode_detail'),
  yearsExperience: integer('years_experience'),
  salaryMin: integer('salary_min'),
  salaryMax: integer('salary_max'),
  salaryCurrency: text('salary_currency'),
  salaryPeriod: text('salary_period'),
  analyzer: text('analyzer').notNull(),
  analyzedAt: timestamp('analyzed_at', { withTimezone: true }).notNull(),
});

export type JobAnalysisRow = typeof jobAnalyses.$inferSelect;
