import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';
import { people } from './people.js';

export const notes = pgTable(
  'notes',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id').notNull().references(() => applications.id),
    authorPersonId: integer('author_person_id').notNull().references(() => people.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('notes_application_idx').on(table.applicationId)],
);

export type NoteRow = typeof notes.$inferSelect;
