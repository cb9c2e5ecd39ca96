import { Client, Events } from 'discord.js';
import type { App } from '../../app.js';
import { registerInteractions } from './interactions.js';
import { DiscordDirectMessages } from './notifications.js';
import { RefusedForms } from './refusedForms.js';
import { InteractionWebhooks } from './interactionWebhooks.js';
import { StartupError } from '../../startupError.js';

export interface DiscordAdapter {
  /** The bot's own user id, once connected. */
  botId: string;
  stop(): Promise<void>;
}

// Long enough for a slow gateway handshake, short enough to say so at start-up.
const READY_TIMEOUT_MS = 30_000;

/**
 * Starts the Discord front door: logs the bot in to the gateway (interactions only, so no
 * privileged intents), routes interactions to the shared commands and registers the DM target.
 * Returns null when Discord isn't configured.
 */
export async function openDiscord(app: App): Promise<DiscordAdapter | null> {
  const { config, logger } = app.services;
  if (!config.discord.token) return null;
  // Interactions arrive without any gateway intent; asking for none keeps the bot's footprint minimal.
  // A worker holding some of the shards gets the interactions of those shards' servers (and shard 0 gets DMs).
  const { shardCount, shardIds } = config.discord;
  const shards = shardCount ? { shardCount, shards: shardIds ?? [...Array(shardCount).keys()] } : {};
  const client = new Client({ intents: [], rest: { api: config.discord.apiUrl }, ...shards });
  const refused = new RefusedForms(app.services.db, app.services.clock);
  const webhooks = new InteractionWebhooks(config.discord.apiUrl);
  registerInteractions(client, { services: app.services, logger: logger.child({ component: 'discord' }), refused, webhooks });
  const dms = new DiscordDirectMessages(client.rest, app.services.db, app.services.clock, () => client.isReady());
  app.notifier.register(dms.target());
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Discord did not become ready within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    client.once(Events.ClientReady, () => {
      clearTimeout(timer);
      resolve();
    });
  });
  try {
    await client.login(config.discord.token);
    await ready;
  } catch (error) {
    app.notifier.unregister('discord');
    await client.destroy();
    // discord.js says "An invalid token was provided"; the operator needs to know which setting.
    if ((error as { code?: string }).code === 'TokenInvalid' || (error as { status?: number }).status === 401) {
      throw new StartupError('DISCORD_TOKEN was refused by Discord. Copy the bot token again from the Developer Portal (Bot → Reset Token).');
    }
    throw error;
  }
  logger.info({ botId: client.user?.id }, 'discord adapter started');
  return {
    botId: client.user!.id,
    async stop() {
      app.notifier.unregister('discord');
      await dms.stop();
      await client.destroy();
    },
  };
}
