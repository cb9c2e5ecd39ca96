import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * A person's Google Calendar connection. Tokens are sealed with JOBSCOUT_SECRET_KEY. `brokenAt`
 * is set when Google stops honouring them (access revoked, refresh token expired): nothing is
 * synced until the person connects again, and then everything is caught up.
 */
export const googleConnections = pgTable('google_connections', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => people.id),
  sealedTokens: text('sealed_tokens').notNull(),
  connectedAt: timestamp('connected_at', { withTimezone: true }).notNull(),
  brokenAt: timestamp('broken_at', { withTimezone: true }),
  lastSyncedAt: timestamp('last_synced_at', { withTimezone: true }),
  /** What the grant covers, space-separated as Google says it: Calendar events, Gmail sending, or both. */
  scopes: text('scopes').notNull().default('https://www.googleapis.com/auth/calendar.events'),
});

/** The `state` of a consent link: bound to one person, used once, valid for ten minutes. Only its hash is kept. */
export const oauthStates = pgTable(
  'oauth_states',
  {
    stateHash: text('state_hash').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    provider: text('provider').notNull(),
    /** What the person is connecting: calendar, or gmail (to send follow-ups). */
    purpose: text('purpose').notNull().default('calendar'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [index('oauth_states_expires_idx').on(table.expiresAt)],
);

/**
 * An event Jobscout made in a person's Google Calendar, by the calendar entry it shows
 * (see domain/calendar/calendarEntry.ts) and a fingerprint of what it last wrote.
 */
export const googleEvents = pgTable(
  'google_events',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    entryUid: text('entry_uid').notNull(),
    eventId: text('event_id').notNull(),
    fingerprint: text('fingerprint').notNull(),
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.personId, table.entryUid] })],
);

export type GoogleConnectionRow = typeof googleConnections.$inferSelect;
export type GoogleEventRow = typeof googleEvents.$inferSelect;
