import Bottleneck from 'bottleneck';

/**
 * Slack's per-method rate tiers (docs.slack.dev/apis/web-api/rate-limits), per workspace:
 * Tier 3 allows about 50 calls a minute, Tier 4 about 100; chat.postMessage allows about one
 * message a second per conversation. Pacing below them means Slack rarely has to say 429;
 * when it does anyway, the Web API client waits out Retry-After and tries again.
 */
interface Pace {
  perMinute?: number;
  minTimeMs?: number;
  /** Limited per conversation rather than per workspace. */
  perChannel?: boolean;
}

const TIER_3: Pace = { perMinute: 50 };
const TIER_4: Pace = { perMinute: 100 };

const PACES: Record<string, Pace> = {
  'chat.postMessage': { minTimeMs: 1000, perChannel: true },
  'chat.update': TIER_3,
  'chat.postEphemeral': TIER_4,
  'views.open': TIER_4,
  'views.publish': TIER_4,
  'views.update': TIER_4,
  'users.info': TIER_4,
};

function limiterOptions(pace: Pace): Bottleneck.ConstructorOptions {
  return {
    ...(pace.minTimeMs ? { minTime: pace.minTimeMs } : {}),
    ...(pace.perMinute ? { reservoir: pace.perMinute, reservoirRefreshAmount: pace.perMinute, reservoirRefreshInterval: 60_000 } : {}),
  };
}

/** One Bottleneck group per method, keyed by workspace (and conversation where Slack counts that). */
export class SlackPacer {
  private readonly groups = new Map<string, Bottleneck.Group>();

  schedule<T>(method: string, teamId: string, channel: unknown, work: () => Promise<T>): Promise<T> {
    const pace = PACES[method] ?? TIER_3;
    let group = this.groups.get(method);
    if (!group) {
      group = new Bottleneck.Group(limiterOptions(pace));
      this.groups.set(method, group);
    }
    const key = pace.perChannel && typeof channel === 'string' ? `${teamId}:${channel}` : teamId;
    return group.key(key).schedule(work);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.groups.values()].flatMap((group) => group.limiters().map(({ limiter }) => limiter.disconnect())));
    this.groups.clear();
  }
}
