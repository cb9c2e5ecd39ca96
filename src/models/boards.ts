import { integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/** A company's job board on an applicant-tracking system, polled while someone watches it. */
export const boards = pgTable(
  'boards',
  {
    id: serial('id').primaryKey(),
    source: text('source').notNull(),
    token: text('token').notNull(),
    name: text('name').notNull(),
    polledAt: timestamp('polled_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('boards_source_token_idx').on(table.source, table.token)],
);

/** A person watching a board, optionally only for titles with certain words. */
export const boardWatches = pgTable(
  'board_watches',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    boardId: integer('board_id')
      .notNull()
      .references(() => boards.id),
    keywords: text('keywords'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.personId, table.boardId] })],
);

export type BoardRow = typeof boards.$inferSelect;
export type BoardWatchRow = typeof boardWatches.$inferSelect;
