import { createHash } from 'node:crypto';
import Bottleneck from 'bottleneck';
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import { eq } from 'drizzle-orm';
import type { Clock } from '../../domain/services.js';
import type { Database } from '../../models/database.js';
import { discordDmChannels } from '../../models/discordDmChannels.js';
import type { PersonRow } from '../../models/people.js';
import { UnreachableError, type NotificationTarget } from '../notifier.js';
import { renderMessage, restFiles, toRestBody } from './render.js';

// Discord allows about five messages per five seconds in one channel; stay inside it.
const PER_CHANNEL = { reservoir: 5, reservoirRefreshAmount: 5, reservoirRefreshInterval: 5_000, maxConcurrent: 1 };

// A DM from Jobscout gets a handful of messages a day; the last fifty reach back far enough.
const RECENT_MESSAGES = 50;
// Discord's snowflakes count milliseconds from the first second of 2015.
const DISCORD_EPOCH_MS = 1_420_070_400_000;

interface SentMessage {
  content?: string;
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  author?: { bot?: boolean };
}

/** Discord allows nonces of up to 25 characters; the key's hash fits and stays the same on every worker. */
function nonceFor(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 25);
}

/** The smallest message id at `at`: history `after` it holds what was posted since. */
function snowflakeAt(at: Date): string {
  return String(BigInt(Math.max(0, at.getTime() - DISCORD_EPOCH_MS)) << 22n);
}

/** What a message says (text, embed titles, descriptions and fields), as sent or as read back. */
function fingerprint(message: SentMessage): string {
  return JSON.stringify([message.content ?? '', (message.embeds ?? []).map((embed) => [embed.title ?? '', embed.description ?? '', (embed.fields ?? []).map((field) => [field.name, field.value])])]);
}

function asDeliveryError(error: unknown): Error {
  // Refused outright (closed DMs, 50007; a bad payload): retrying won't help, so it is logged.
  if (error instanceof DiscordAPIError && error.status < 500) return error;
  // A network failure or Discord having a bad moment: the scheduler tries again later.
  return new UnreachableError(`Discord did not take the DM now: ${(error as Error).message}`);
}

/**
 * Scheduler messages reach Discord users as DMs from the bot. The DM channel is opened once and
 * remembered in the database; sends are paced per channel, and discord.js's REST client waits out
 * any 429 on top of that.
 */
export class DiscordDirectMessages {
  private readonly pacing = new Bottleneck.Group(PER_CHANNEL);

  constructor(
    private readonly rest: REST,
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly ready: () => boolean,
  ) {}

  private async channelFor(userId: string): Promise<string> {
    const [known] = await this.db.select().from(discordDmChannels).where(eq(discordDmChannels.userId, userId));
    if (known) return known.channelId;
    const channel = (await this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as { id: string };
    await this.db.insert(discordDmChannels).values({ userId, channelId: channel.id, openedAt: this.clock() }).onConflictDoNothing();
    return channel.id;
  }

  target(): NotificationTarget {
    return {
      platform: 'discord',
      canReach: (person: PersonRow) => person.platform === 'discord' && this.ready(),
      send: async (person, reply, delivery) => {
        if (reply.kind !== 'message') throw new Error('a form cannot be sent as a DM');
        try {
          const channel = await this.channelFor(person.platformUserId);
          // With the delivery key as nonce and enforce_nonce, Discord itself drops a repeat sent within minutes.
          const message = renderMessage(reply);
          const body = { ...toRestBody(message), ...(delivery ? { nonce: nonceFor(delivery.key), enforce_nonce: true } : {}) };
          await this.pacing.key(channel).schedule(() => this.rest.post(Routes.channelMessages(channel), { body, files: restFiles(message) }));
        } catch (error) {
          throw asDeliveryError(error);
        }
      },
      wasDelivered: async (person, _key, since, reply) => {
        if (reply.kind !== 'message') return false;
        try {
          const channel = await this.channelFor(person.platformUserId);
          const query = new URLSearchParams({ after: snowflakeAt(since), limit: String(RECENT_MESSAGES) });
          const recent = (await this.pacing.key(channel).schedule(() => this.rest.get(Routes.channelMessages(channel), { query }))) as SentMessage[];
          // Discord keeps a nonce only for minutes and doesn't show it in history; what the bot
          // posted is recognised by what it says, which is the same for the same delivery.
          const expected = fingerprint(toRestBody(renderMessage(reply)) as SentMessage);
          return recent.some((message) => message.author?.bot === true && fingerprint(message) === expected);
        } catch (error) {
          throw asDeliveryError(error);
        }
      },
    };
  }

  async stop(): Promise<void> {
    await Promise.all(this.pacing.limiters().map(({ limiter }) => limiter.disconnect()));
  }
}
