import { REST, Routes } from 'discord.js';
import type { DiscordMessage } from './render.js';
import { restFiles, toRestBody } from './render.js';

/**
 * Finishes deferred interactions: edits the original response or adds a follow-up, through the
 * interaction's own token. Discord exempts these endpoints from the bot's global rate limit,
 * but discord.js's shared REST client counts them against its 50-a-second global budget, which
 * under a burst turned 500 quick answers into ten seconds of queued edits. This client, used for
 * nothing else, has no global budget; per-route buckets and 429 handling still apply.
 */
export class InteractionWebhooks {
  private readonly rest: REST;

  constructor(apiUrl: string) {
    this.rest = new REST({ api: apiUrl, globalRequestsPerSecond: Number.MAX_SAFE_INTEGER });
  }

  async editOriginal(applicationId: string, token: string, message: DiscordMessage): Promise<void> {
    await this.rest.patch(Routes.webhookMessage(applicationId, token, '@original'), { body: toRestBody(message), files: restFiles(message), auth: false });
  }

  async followUp(applicationId: string, token: string, message: DiscordMessage, ephemeral: boolean): Promise<void> {
    await this.rest.post(Routes.webhook(applicationId, token), { body: { ...toRestBody(message), ...(ephemeral ? { flags: 64 } : {}) }, files: restFiles(message), auth: false });
  }
}
