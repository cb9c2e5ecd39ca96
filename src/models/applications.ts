import { bigserial, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { jobs } from './jobs.js';
import { people } from './people.js';

/**
 * The application row is a projection of its events (see domain/ats/projection.ts):
 * every column below except the identity ones can be rebuilt from application_events.
 */
export const applications = pgTable(
  'applications',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull().references(() => people.id),
    jobId: integer('job_id').notNull().references(() => jobs.id),
    seq: integer('seq').notNull(),
    state: text('state').notNull(),
    stateChangedAt: timestamp('state_changed_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    eventCount: integer('event_count').notNull(),
    /**
     * The deadline to apply the person set (null with `deadlineSetAt` set: they cleared it).
     * Until they set one, the posting's closing date is the deadline (see deadlines/effective.ts).
     */
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    deadlineSetAt: timestamp('deadline_set_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('applications_person_seq_idx').on(table.personId, table.seq)],
);

/** Append-only history of an application; never updated or deleted. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: integer('application_id').notNull().references(() => applications.id),
    actorPersonId: integer('actor_person_id').references(() => people.id),
    type: text('type').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    reason: text('reason'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    idempotencyKey: text('idempotency_key'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('application_events_application_idx').on(table.applicationId, table.id),
    uniqueIndex('application_events_idempotency_idx').on(table.idempotencyKey),
  ],
);

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;
