import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';
import { people } from './people.js';

export const notes = pgTable(
  'notes',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id').notNull().references(() => applications.id),
    /** Numbered within the application, so people can say "3.2" for the second note of #3. */
    seq: integer('seq').notNull(),
    authorPersonId: integer('author_person_id').notNull().references(() => people.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('notes_application_idx').on(table.applicationId), uniqueIndex('notes_application_seq_idx').on(table.applicationId, table.seq)],
);

export type NoteRow = typeof notes.$inferSelect;
