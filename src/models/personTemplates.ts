import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/** A person's own version of one of the message templates in config/templates. */
export const personTemplates = pgTable(
  'person_templates',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.personId, table.kind] })],
);

export type PersonTemplateRow = typeof personTemplates.$inferSelect;
