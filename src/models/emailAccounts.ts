import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * How a person's email goes out: their own SMTP server, its settings (password included) sealed
 * with JOBSCOUT_SECRET_KEY. `brokenAt` is set when the server refuses the credentials: nothing is
 * sent until they connect again.
 */
export const emailAccounts = pgTable('email_accounts', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => people.id),
  provider: text('provider').notNull(),
  fromAddress: text('from_address').notNull(),
  sealedSettings: text('sealed_settings').notNull(),
  connectedAt: timestamp('connected_at', { withTimezone: true }).notNull(),
  brokenAt: timestamp('broken_at', { withTimezone: true }),
  brokenReason: text('broken_reason'),
});

export type EmailAccountRow = typeof emailAccounts.$inferSelect;
