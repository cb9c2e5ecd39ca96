import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * The answers of a Discord form that was refused, kept for a quarter of an hour so "Fix it" can
 * reopen the form with them (a Discord modal closes on submit and can't show errors on its
 * fields). Stored, not held in memory, so that any worker receiving "Fix it" finds them.
 */
export const refusedForms = pgTable(
  'refused_forms',
  {
    key: text('key').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    form: text('form').notNull(),
    context: text('context').notNull(),
    values: jsonb('values').$type<Record<string, string>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('refused_forms_created_idx').on(table.createdAt)],
);
