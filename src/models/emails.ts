import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';
import { contacts } from './contacts.js';
import { people } from './people.js';

/**
 * An email about one application, from draft to sent. A draft becomes `queued` only when the
 * person presses Send; from then on its `deliveryKey` and the Message-ID derived from it make
 * every attempt the same message, so a retry is recognisable and is never sent twice.
 */
export const emails = pgTable(
  'emails',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    /** The template kind it was drafted from: applied-7, thank-you, offer-decline… */
    kind: text('kind').notNull(),
    /** template, personal (the person's own template), or edited. */
    source: text('source').notNull(),
    contactId: integer('contact_id').references(() => contacts.id),
    toAddress: text('to_address'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** draft, queued, sending, sent, failed, discarded, or uncertain (a worker died mid-send). */
    status: text('status').notNull(),
    deliveryKey: text('delivery_key'),
    messageId: text('message_id'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    /**
     * Set just before the message goes to the server. A worker that died after this may have
     * sent it: nobody can know, so the email becomes `uncertain` and its owner decides.
     */
    transmittingAt: timestamp('transmitting_at', { withTimezone: true }),
    lastError: text('last_error'),
    /** The day (after applying) of the sequence step this email is, when a sequence drafted it. */
    sequenceStep: integer('sequence_step'),
    /** Sent by a sequence the person set to send on its own, not by a press of Send. */
    automatic: boolean('automatic').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('emails_delivery_key_idx').on(table.deliveryKey), index('emails_person_idx').on(table.personId), index('emails_due_idx').on(table.status, table.nextAttemptAt)],
);

export type EmailRow = typeof emails.$inferSelect;
