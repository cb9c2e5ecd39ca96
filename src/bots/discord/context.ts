import type { Interaction } from 'discord.js';
import { resolvePerson } from '../../domain/people/identity.js';
import type { Services } from '../../domain/services.js';
import type { CommandContext } from '../commands/types.js';

/** Discord user ids are global, so every Discord person lives in one workspace. */
export const DISCORD_WORKSPACE = 'discord';

/** The command context for whoever caused this interaction. */
export async function discordContext(services: Services, interaction: Interaction): Promise<CommandContext> {
  const person = await resolvePerson(services.db, {
    platform: 'discord',
    workspace: DISCORD_WORKSPACE,
    platformUserId: interaction.user.id,
    displayName: interaction.user.globalName ?? interaction.user.username,
  });
  return { services, person };
}
