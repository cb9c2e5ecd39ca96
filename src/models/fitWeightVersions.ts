import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/** The five fit weights, in percent; they add up to 100. */
export type StoredFitWeights = Record<'skills' | 'experience' | 'culture' | 'growth' | 'compensation', number>;

/** How well "fit ≥ threshold ⇒ gets an answer" predicted held-out outcomes. */
export interface PredictionQuality {
  precision: number;
  recall: number;
  f1: number;
  /** How many held-out outcomes it was measured on. */
  heldOut: number;
}

/**
 * Every re-fit of the fit weights, kept or not: one person's (person_id), or everyone's together
 * (person_id null). The weights in use are the newest kept version, the person's before
 * everyone's, else the configured defaults.
 */
export const fitWeightVersions = pgTable(
  'fit_weight_versions',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').references(() => people.id),
    weights: jsonb('weights').$type<StoredFitWeights>().notNull(),
    /** The weights in use before it. */
    previous: jsonb('previous').$type<StoredFitWeights>().notNull(),
    /** What set it off, in words: "10 new outcomes (20 in all)". */
    trigger: text('trigger').notNull(),
    /** The outcomes it learned from (its own and the held-out ones). */
    outcomes: integer('outcomes').notNull(),
    before: jsonb('before').$type<PredictionQuality>().notNull(),
    after: jsonb('after').$type<PredictionQuality>().notNull(),
    /** False when F1 would have dropped: then the previous weights stay in use. */
    kept: boolean('kept').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('fit_weight_versions_person_idx').on(table.personId, table.id)],
);

export type FitWeightVersionRow = typeof fitWeightVersions.$inferSelect;
