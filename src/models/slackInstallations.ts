import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A workspace (or Enterprise Grid org) that installed Jobscout through OAuth, as Slack's
 * installer hands it over. Keyed by the enterprise id for org-wide installs, else the team id.
 */
export const slackInstallations = pgTable('slack_installations', {
  id: text('id').primaryKey(),
  teamId: text('team_id'),
  enterpriseId: text('enterprise_id'),
  /** Slack's installation (with its bot token) as JSON, sealed: tokens are encrypted at rest. */
  sealedInstallation: text('sealed_installation').notNull(),
  installedAt: timestamp('installed_at', { withTimezone: true }).notNull(),
});

export type SlackInstallationRow = typeof slackInstallations.$inferSelect;
