import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/** A row of an import as it waits for *Import*: dates as ISO strings. */
export interface StoredImportRow {
  line: number;
  title: string;
  company: string;
  link: string | null;
  location: string | null;
  moves: { state: string; at: string; reason: string | null }[];
  /** Interviews, offers, notes, contacts and sent emails, from a Jobscout JSON export (see domain/portability/jsonImport.ts). */
  extras?: {
    interviews: { kind: string; at: string; timezone: string; minutes: number; interviewers: string | null; location: string | null; outcome: string; feedback: string | null }[];
    offers: { base: number; bonus: number | null; equity: string | null; currency: string; startDate: string | null; deadline: string | null; status: string; rounds: { asked: string; response: string | null; at: string }[] }[];
    notes: { at: string; text: string }[];
    contacts?: { name: string; email: string | null; role: string }[];
    emails?: { at: string; kind: string; to: string; subject: string; text: string }[];
  };
}

/**
 * An import the person has seen the preview of and not yet confirmed. Stored, not held in
 * memory, so the *Import* button works on any worker and after a restart; a confirmed one keeps
 * its row with `importedAt`, so a second press (or a redelivery) imports nothing twice.
 */
export const pendingImports = pgTable(
  'pending_imports',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    community: text('community').notNull(),
    rows: jsonb('rows').$type<StoredImportRow[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }),
  },
  (table) => [index('pending_imports_person_idx').on(table.personId)],
);

export type PendingImportRow = typeof pendingImports.$inferSelect;
