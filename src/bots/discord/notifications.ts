import Bottleneck from 'bottleneck';
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import { eq } from 'drizzle-orm';
import type { Clock } from '../../domain/services.js';
import type { Database } from '../../models/database.js';
import { discordDmChannels } from '../../models/discordDmChannels.js';
import type { PersonRow } from '../../models/people.js';
import { UnreachableError, type NotificationTarget } from '../notifier.js';
import { renderMessage, toRestBody } from './render.js';

// Discord allows about five messages per five seconds in one channel; stay inside it.
const PER_CHANNEL = { reservoir: 5, reservoirRefreshAmount: 5, reservoirRefreshInterval: 5_000, maxConcurrent: 1 };

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
      send: async (person, reply) => {
        if (reply.kind !== 'message') throw new Error('a form cannot be sent as a DM');
        try {
          const channel = await this.channelFor(person.platformUserId);
          await this.pacing.key(channel).schedule(() => this.rest.post(Routes.channelMessages(channel), { body: toRestBody(renderMessage(reply)) }));
        } catch (error) {
          // Refused outright (closed DMs, 50007; a bad payload): retrying won't help, so it is logged.
          if (error instanceof DiscordAPIError && error.status < 500) throw error;
          // A network failure or Discord having a bad moment: the scheduler tries again later.
          throw new UnreachableError(`Discord did not take the DM now: ${(error as Error).message}`);
        }
      },
    };
  }

  async stop(): Promise<void> {
    await Promise.all(this.pacing.limiters().map(({ limiter }) => limiter.disconnect()));
  }
}
