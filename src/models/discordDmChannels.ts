import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** The DM channel Discord opened between the bot and a user, kept so it is opened only once. */
export const discordDmChannels = pgTable('discord_dm_channels', {
  userId: text('user_id').primaryKey(),
  channelId: text('channel_id').notNull(),
  openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
});
