import { communityKey, enterCommunity } from '../../domain/people/communities.js';
import { resolvePerson } from '../../domain/people/identity.js';
import type { Services } from '../../domain/services.js';
import type { CommandContext } from '../commands/types.js';
import type { SlackTarget } from './api.js';
import type { SlackTimezones } from './timezones.js';

/** A Slack user is a person per workspace: the team id is the workspace, always stored with the user id. */
export interface SlackUser {
  teamId: string;
  userId: string;
  name?: string;
}

/**
 * The command context for a Slack user. `deliveryKey` is Slack's id for this one event
 * (a trigger id), so a retried delivery is recognised and not acted on twice. The person's zone
 * comes from their Slack profile (see SlackTimezones); their community is the workspace.
 */
export async function slackContext(
  deps: { services: Services; zones: SlackTimezones },
  target: SlackTarget,
  user: SlackUser,
  deliveryKey?: string,
  options: { beforeAck?: boolean } = {},
): Promise<CommandContext> {
  const { services } = deps;
  const found = await resolvePerson(services.db, { platform: 'slack', workspace: user.teamId, platformUserId: user.userId, displayName: user.name });
  const community = communityKey.slack(user.teamId);
  const [person] = await Promise.all([deps.zones.learn(target, found, user.userId, options), enterCommunity(services.db, found.id, community, services.clock())]);
  return { services, person, community, ...(deliveryKey ? { idempotencyKey: `slack:${deliveryKey}` } : {}) };
}
