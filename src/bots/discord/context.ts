import type { Interaction } from 'discord.js';
import { communityKey, enterCommunity, latestDiscordCommunity } from '../../domain/people/communities.js';
import { resolvePerson } from '../../domain/people/identity.js';
import type { Services } from '../../domain/services.js';
import type { CommandContext } from '../commands/types.js';

/** Discord user ids are global, so every Discord person lives in one workspace. */
export const DISCORD_WORKSPACE = 'discord';

/**
 * The command context for whoever caused this interaction. The interaction's id is its
 * delivery key: the same INTERACTION_CREATE seen twice (two gateway sessions on one token, a
 * replay) is handled once. `onDelivery` hears whether this one is the first. In a server, that
 * server is the person's community; in a DM it is the server they used Jobscout in last, or
 * none (what they add stays with them).
 */
export async function discordContext(services: Services, interaction: Interaction, onDelivery?: (first: boolean) => void): Promise<CommandContext> {
  const person = await resolvePerson(services.db, {
    platform: 'discord',
    workspace: DISCORD_WORKSPACE,
    platformUserId: interaction.user.id,
    displayName: interaction.user.globalName ?? interaction.user.username,
  });
  let community: string;
  if (interaction.guildId) {
    community = communityKey.discord(interaction.guildId);
    await enterCommunity(services.db, person.id, community, services.clock());
  } else community = await latestDiscordCommunity(services.db, person.id);
  return { services, person, community, idempotencyKey: `discord:${interaction.id}`, ...(onDelivery ? { onDelivery } : {}) };
}
