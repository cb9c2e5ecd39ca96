import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';
import { people } from './people.js';

/** Someone at the company for one application: private to the person, like notes. */
export const contacts = pgTable(
  'contacts',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    /** Numbered within the application: "3.2" is the second contact of #3. */
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    /** recruiter, hiring_manager, referrer, interviewer or other. */
    role: text('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('contacts_application_seq_idx').on(table.applicationId, table.seq), index('contacts_person_idx').on(table.personId)],
);

export type ContactRow = typeof contacts.$inferSelect;
