import { integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';
import { emails } from './emails.js';
import { people } from './people.js';

/** A reply to an email Jobscout sent, found in the person's inbox by its thread headers. */
export const emailReplies = pgTable(
  'email_replies',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    emailId: integer('email_id')
      .notNull()
      .references(() => emails.id),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    messageId: text('message_id').notNull(),
    fromAddress: text('from_address'),
    subject: text('subject'),
    /** interview_invitation, rejection, positive, neutral or needs_action. */
    classification: text('classification').notNull(),
    /** Who classified it: rules or claude. */
    classifiedBy: text('classified_by').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    noticedAt: timestamp('noticed_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('email_replies_person_message_idx').on(table.personId, table.messageId)],
);

export type EmailReplyRow = typeof emailReplies.$inferSelect;
