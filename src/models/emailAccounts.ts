import { bigint, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
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
  /** IMAP settings, sealed, when the person asked Jobscout to notice replies. */
  sealedImap: text('sealed_imap'),
  /** Where the last inbox check stopped: the mailbox's UIDVALIDITY and the highest UID read. */
  imapUidValidity: text('imap_uid_validity'),
  // IMAP UIDs run to 2^32 - 1, past a PostgreSQL integer.
  imapLastUid: bigint('imap_last_uid', { mode: 'number' }),
  imapCheckedAt: timestamp('imap_checked_at', { withTimezone: true }),
  /** Why the last check failed, until one succeeds. */
  imapError: text('imap_error'),
});

export type EmailAccountRow = typeof emailAccounts.$inferSelect;
