import pino, { type Logger } from 'pino';
import { createApp, type App } from '../../src/app.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import type { NotificationTarget } from '../../src/bots/notifier.js';
import type { Reply } from '../../src/bots/ui.js';
import { loadConfig } from '../../src/config.js';
import { communityKey, enterCommunity, latestDiscordCommunity } from '../../src/domain/people/communities.js';
import { resolvePerson } from '../../src/domain/people/identity.js';
import type { DatabaseTarget } from '../../src/models/database.js';
import type { PersonRow } from '../../src/models/people.js';
import { freshDatabaseTarget } from './testDatabase.js';

/** A clock tests can set and move. */
export class TestClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current);
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * An instant at which nothing recurring is due: 03:00 UTC yesterday, before anyone's 09:00
 * digest, with no follow-up weeks old. Tests that start the scheduler use it, so the only
 * message is the one they test, whatever the hour the suite runs at. It is always in the past
 * because Agenda keeps the real clock: every job the app schedules relative to this instant is
 * then already due for Agenda and runs at its next poll.
 */
export const QUIET_NOW = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - 1, 3)).toISOString();

export interface TestApp extends App {
  clock: TestClock;
  /** Where its data is: a second app on the same target shares it (a second worker). */
  target: DatabaseTarget;
  /** Messages the notifier delivered, per person id. */
  sent: { personId: number; reply: Reply }[];
  /**
   * A command context for this person, as an adapter builds it: Slack's workspace or the console
   * install is their community; a Discord person is in `community` when given (a server), else
   * in none of their own.
   */
  as(platformUserId: string, platform?: 'console' | 'slack' | 'discord', workspace?: string, community?: string): Promise<CommandContext>;
  dispose(): Promise<void>;
}

/**
 * The real app on a fresh database, with a recording notification target standing in for
 * the adapters (every platform "reaches" everyone), and a clock the test sets: never the real
 * one, so that no test depends on the hour it runs at.
 */
export async function createTestApp(options: { now?: string; env?: Record<string, string>; target?: DatabaseTarget; logger?: Logger } = {}): Promise<TestApp> {
  const config = loadConfig({ JOBSCOUT_SCHEDULER_POLL_MS: '100', ...options.env });
  const clock = new TestClock(new Date(options.now ?? '2026-11-24T10:00:00Z'));
  const fresh = options.target ? { target: options.target, drop: async () => undefined } : await freshDatabaseTarget();
  const app = await createApp({ config, logger: options.logger ?? pino({ level: 'silent' }), target: fresh.target, clock: clock.now });
  const sent: TestApp['sent'] = [];
  for (const platform of ['console', 'slack', 'discord']) {
    const target: NotificationTarget = {
      platform,
      canReach: () => true,
      async send(person, reply) {
        sent.push({ personId: person.id, reply });
      },
    };
    app.notifier.register(target);
  }
  return {
    ...app,
    clock,
    target: fresh.target,
    sent,
    async as(platformUserId, platform = 'console', workspace = platform === 'slack' ? 'T1' : 'test', community) {
      const person: PersonRow = await resolvePerson(app.services.db, { platform, workspace, platformUserId });
      const where = community ?? (platform === 'slack' ? communityKey.slack(workspace) : platform === 'console' ? communityKey.console(workspace) : null);
      if (where) await enterCommunity(app.services.db, person.id, where, clock.now());
      return { services: app.services, person, community: where ?? (await latestDiscordCommunity(app.services.db, person.id)) };
    },
    async dispose() {
      await app.stop();
      await fresh.drop();
    },
  };
}
