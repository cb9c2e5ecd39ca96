import { index, integer, jsonb, pgTable, real, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { jobs } from './jobs.js';
import { people } from './people.js';

export const SIGNAL_KINDS = ['apply', 'save', 'click', 'like', 'dismiss', 'dislike', 'interview', 'offer', 'rejected'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** Something a person did with a job that tells Jobscout about their taste; each kind counts once per job. */
export const jobSignals = pgTable(
  'job_signals',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull().references(() => people.id),
    jobId: integer('job_id').notNull().references(() => jobs.id),
    kind: text('kind').$type<SignalKind>().notNull(),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('job_signals_person_job_kind_idx').on(table.personId, table.jobId, table.kind)],
);

/** Learned preference weights per feature ("skill:typescript", "company:acme"), private to the person. */
export const tastes = pgTable('tastes', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => people.id),
  weights: jsonb('weights').$type<Record<string, number>>().notNull(),
  signals: integer('signals').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * A job put in front of a person, with why. One row per person and job: once expired it stays,
 * so the same job is not offered again as if it were new.
 */
export const recommendations = pgTable(
  'recommendations',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull().references(() => people.id),
    jobId: integer('job_id').notNull().references(() => jobs.id),
    score: real('score').notNull(),
    content: real('content').notNull(),
    collaborative: real('collaborative').notNull(),
    confidence: real('confidence').notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** When it went out in a digest; the digest only carries ones not sent before. */
    digestedAt: timestamp('digested_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('recommendations_person_job_idx').on(table.personId, table.jobId), index('recommendations_person_expires_idx').on(table.personId, table.expiresAt)],
);

export type RecommendationRow = typeof recommendations.$inferSelect;
export type TasteRow = typeof tastes.$inferSelect;
