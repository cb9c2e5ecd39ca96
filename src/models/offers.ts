import { date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { applications } from './applications.js';

export const OFFER_STATUSES = ['pending', 'negotiating', 'accepted', 'declined', 'rescinded', 'expired'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Amounts are whole units of `currency` (salaries are not quoted in cents). */
export const offers = pgTable(
  'offers',
  {
    id: serial('id').primaryKey(),
    applicationId: integer('application_id').notNull().references(() => applications.id),
    base: integer('base').notNull(),
    bonus: integer('bonus'),
    equity: text('equity'),
    currency: text('currency').notNull(),
    startDate: date('start_date'),
    deadline: date('deadline'),
    status: text('status').$type<OfferStatus>().notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('offers_application_idx').on(table.applicationId)],
);

/** One exchange of a negotiation: what the person asked for and what came back. */
export const negotiationRounds = pgTable(
  'negotiation_rounds',
  {
    id: serial('id').primaryKey(),
    offerId: integer('offer_id').notNull().references(() => offers.id),
    asked: text('asked').notNull(),
    response: text('response'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('negotiation_rounds_offer_idx').on(table.offerId)],
);

export type OfferRow = typeof offers.$inferSelect;
export type NegotiationRoundRow = typeof negotiationRounds.$inferSelect;
