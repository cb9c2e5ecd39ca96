import { sql } from 'drizzle-orm';
import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { PayPeriod } from '../domain/intake/salary.js';
import { people } from './people.js';

export const WORK_MODES = ['remote', 'hybrid', 'onsite'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

/**
 * A posting; what a person does with one lives in applications. A posting from a public source
 * (a watched board, a feed) has no community and is shared everywhere; one a person added by
 * hand belongs to the community they added it in and is seen only there. Within that scope, the
 * same posting is one row however it was reached: by its canonical link, or by its id at the
 * source it came from.
 */
export const jobs = pgTable(
  'jobs',
  {
  id: serial('id').primaryKey(),
  title: text('title').notNull(),
  company: text('company').notNull(),
  url: text('url'),
  location: text('location'),
  workMode: text('work_mode').$type<WorkMode>(),
  /** What the posting says beyond the mode ("3 days a week in the office"), and which source said what when they disagree. */
  workModeDetail: text('work_mode_detail'),
  /** Yearly, whatever period the posting states. */
  salaryMin: integer('salary_min'),
  salaryMax: integer('salary_max'),
  salaryCurrency: text('salary_currency'),
  /** The period the posting states its pay in, so a card can show it as written. */
  salaryPeriod: text('salary_period').$type<PayPeriod>(),
  description: text('description'),
  /** When applications close, as the posting says (JSON-LD validThrough). */
  closesAt: timestamp('closes_at', { withTimezone: true }),
  /** When the posting was published. */
  postedAt: timestamp('posted_at', { withTimezone: true }),
  /** The industry or department the employer files it under, when a source says. */
  industry: text('industry'),
  source: text('source').notNull().default('manual'),
  canonicalUrl: text('canonical_url'),
  externalId: text('external_id'),
  /** The watched board it was found on, if any. */
  boardId: integer('board_id'),
  /** When it disappeared from its board: the posting is closed. */
  closedAt: timestamp('closed_at', { withTimezone: true }),
  createdBy: integer('created_by').references(() => people.id),
  /**
   * The posting this row corrects: a person's edit of a posting others see too is kept on a
   * copy of their own (see ats/jobEdits.ts), which still counts as that posting.
   */
  copiedFrom: integer('copied_from'),
  /** Null for a public posting; else the community it was added in by hand (see communities.ts). */
  community: text('community'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('jobs_public_canonical_url_idx').on(table.canonicalUrl).where(sql`${table.canonicalUrl} is not null and ${table.community} is null`),
    uniqueIndex('jobs_public_source_external_idx').on(table.source, table.externalId).where(sql`${table.externalId} is not null and ${table.community} is null`),
    uniqueIndex('jobs_community_canonical_url_idx').on(table.community, table.canonicalUrl).where(sql`${table.canonicalUrl} is not null and ${table.community} is not null`),
    uniqueIndex('jobs_community_source_external_idx').on(table.community, table.source, table.externalId).where(sql`${table.externalId} is not null and ${table.community} is not null`),
    index('jobs_community_idx').on(table.community),
    // The same posting under its other rows (public beside hand-added), in any community.
    index('jobs_same_link_idx').on(table.canonicalUrl).where(sql`${table.canonicalUrl} is not null`),
    index('jobs_same_source_id_idx').on(table.source, table.externalId).where(sql`${table.externalId} is not null`),
    index('jobs_copied_from_idx').on(table.copiedFrom).where(sql`${table.copiedFrom} is not null`),
  ],
);

export type JobRow = typeof jobs.$inferSelect;
