import { ApplicationCommandOptionType, REST, Routes } from 'discord.js';
import { jobCommand } from './bots/discord/commandDefinition.js';
import { loadConfigOrExit } from './config.js';

/** `npm run discord:register`: publishes /job to Discord, in one server (instant) or everywhere. */
async function register(): Promise<void> {
  const config = loadConfigOrExit();
  const { token, applicationId, guildId, apiUrl } = config.discord;
  if (!token || !applicationId) {
    process.stderr.write('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (Developer Portal → your application) to register the /job command.\n');
    process.exit(2);
  }
  const command = jobCommand();
  const rest = new REST({ api: apiUrl }).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body: [command] });
  const groups = command.options?.filter((option) => option.type === ApplicationCommandOptionType.SubcommandGroup).length ?? 0;
  const count = (command.options?.length ?? 0) - groups;
  const where = guildId ? `in server ${guildId} (available at once)` : 'globally: in servers, in DMs with the bot, and for everyone who adds Jobscout to their account';
  process.stdout.write(
    [
      `Registered /job with ${count} subcommands and ${groups} group${groups === 1 ? '' : 's'} ${where}.`,
      `Add the bot to a server:   https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands&permissions=0`,
      `Add it to your account:    https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=applications.commands&integration_type=1`,
      '',
    ].join('\n'),
  );
}

register().catch((error: unknown) => {
  process.stderr.write(`Could not register the command: ${(error as Error).message}\n`);
  process.exit(1);
});
