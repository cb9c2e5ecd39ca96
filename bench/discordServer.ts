/**
 * One side of the Discord benchmark, in its own process: `bare` is a discord.js client that
 * only replies, `jobscout` is the real app on the embedded database (or BENCH_DATABASE_URL).
 * Prints "READY" once logged in to the (fake) gateway; SIGTERM stops it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Events } from 'discord.js';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { openDiscord } from '../src/bots/discord/adapter.js';
import { loadConfig } from '../src/config.js';

const mode = process.argv[2];
const apiUrl = process.env.DISCORD_API_URL!;
const token = process.env.DISCORD_TOKEN!;
let stop: () => Promise<void>;

if (mode === 'bare') {
  const client = new Client({ intents: [], rest: { api: apiUrl } });
  client.on(Events.InteractionCreate, async (interaction) => {
    if (interaction.isRepliable()) await interaction.reply({ content: 'ok', allowedMentions: { parse: [] } });
  });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(token);
  await ready;
  stop = async () => {
    await client.destroy();
  };
} else {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-bench-discord-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: process.env.DISCORD_APPLICATION_ID!, DISCORD_API_URL: apiUrl });
  const url = process.env.BENCH_DATABASE_URL;
  const app = await createApp({ config, logger: pino({ level: 'silent' }), target: url ? { kind: 'server', url } : { kind: 'embedded', dataDir } });
  const discord = (await openDiscord(app))!;
  stop = async () => {
    await discord.stop();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
process.stdout.write('READY\n');
process.once('SIGTERM', () => void stop().finally(() => process.exit(0)));
