import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Services } from '../../domain/services.js';
import { runCommand } from '../commands/dispatch.js';
import type { SlackApi } from './api.js';
import { slackContext, type SlackUser } from './context.js';
import type { TokenSource } from './installationStore.js';
import { SLACK_MAX_VIEW_BLOCKS } from './limits.js';
import { renderBlocks } from './render.js';
import type { SlackTimezones } from './timezones.js';

// Several changes in quick succession (a form that logs and moves) cost one publish.
const REFRESH_DEBOUNCE_MS = 300;

/**
 * The App Home tab: the pipeline overview, published when the person opens the tab and again
 * whenever their data changes while this process has seen them there.
 */
export class HomeTabs {
  private readonly viewers = new Map<number, SlackUser>();
  private readonly pending = new Map<number, NodeJS.Timeout>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly services: Services,
    private readonly api: SlackApi,
    private readonly tokens: TokenSource,
    private readonly logger: Logger,
    private readonly zones: SlackTimezones,
  ) {
    this.unsubscribe = services.changes.subscribe((personId) => this.refreshSoon(personId));
  }

  register(bolt: App): void {
    bolt.event('app_home_opened', async ({ event, body }) => {
      if (event.tab !== 'home') return;
      const teamId = (body as { team_id?: string }).team_id ?? '';
      await this.publish({ teamId, userId: event.user });
    });
  }

  /** Builds the overview from the shared command and publishes it as the person's Home view. */
  async publish(user: SlackUser): Promise<void> {
    const token = await this.tokens(user.teamId);
    if (!token) return;
    const target = { teamId: user.teamId, token };
    const ctx = await slackContext({ services: this.services, zones: this.zones }, target, user);
    this.viewers.set(ctx.person.id, user);
    const reply = await runCommand(ctx, 'pipeline', {});
    if (reply.kind !== 'message') return;
    await this.api.call(target, 'views.publish', {
      user_id: user.userId,
      view: { type: 'home', blocks: renderBlocks(reply.blocks, SLACK_MAX_VIEW_BLOCKS) },
    });
  }

  private refreshSoon(personId: number): void {
    const user = this.viewers.get(personId);
    if (!user) return;
    clearTimeout(this.pending.get(personId));
    this.pending.set(
      personId,
      setTimeout(() => {
        this.pending.delete(personId);
        this.publish(user).catch((error: unknown) => this.logger.error({ err: error, personId }, 'App Home refresh failed'));
      }, REFRESH_DEBOUNCE_MS),
    );
  }

  stop(): void {
    this.unsubscribe();
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
