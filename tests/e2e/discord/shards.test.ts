import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlingIdle } from '../../../src/bots/commands/inflight.js';
import { openDiscord, type DiscordAdapter } from '../../../src/bots/discord/adapter.js';
import { jobs } from '../../../src/models/jobs.js';
import { GUILD, startDiscordHarness, type DiscordHarness } from '../../support/discordHarness.js';
import { eventually } from '../../support/patience.js';
import { createTestApp, type TestApp } from '../../support/testApp.js';
import { usingServer } from '../../support/testDatabase.js';

// With two shards, Discord sends this server's interactions to shard 1 ((id >> 22) % 2), GUILD's to shard 0.
const SHARD_ONE_GUILD = '500000000004194305';

let discord: DiscordHarness;
let second: TestApp;
let secondDoor: DiscordAdapter;

beforeEach(async () => {
  discord = await startDiscordHarness({ env: { DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '0' } });
  const { discord: settings } = discord.app.services.config;
  // On a server the second worker shares the database; the embedded one is a process's own, so there it has its own.
  second = await createTestApp({
    target: usingServer ? discord.app.target : undefined,
    env: { DISCORD_TOKEN: settings.token!, DISCORD_APPLICATION_ID: settings.applicationId!, DISCORD_API_URL: settings.apiUrl, DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '1' },
  });
  secondDoor = (await openDiscord(second))!;
});
afterEach(async () => {
  await secondDoor.stop();
  await second.dispose();
  await discord.dispose();
});

async function titles(app: TestApp): Promise<string[]> {
  return (await app.services.db.select().from(jobs)).map((job) => `${job.title} at ${job.company}`);
}

describe('two Discord workers, each holding one of two shards', () => {
  it('each identifies with its own shard of the two', async () => {
    await eventually('both shards to be connected', () => discord.fake.sessionCount === 2);
    expect(discord.fake.connectedShards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("a server's commands are answered by the worker holding its shard, and DMs by shard 0's", async () => {
    await eventually('both shards to be connected', () => discord.fake.sessionCount === 2);
    expect((await discord.slash('add', { title: 'Data Engineer', company: 'Initech' }, { guild: SHARD_ONE_GUILD }).answer()).data.content).toMatch(/^Saved #\d\.$/);
    expect((await discord.slash('add', { title: 'Platform Engineer', company: 'Globex' }, { guild: GUILD }).answer()).data.content).toMatch(/^Saved #\d\.$/);
    expect((await discord.slash('add', { title: 'Radio Engineer', company: 'Signal Corp' }, { place: 'dm' }).answer()).data.content).toMatch(/^Saved #\d\.$/);
    await handlingIdle(discord.app.services);
    await handlingIdle(second.services);
    if (usingServer) {
      expect((await titles(discord.app)).sort()).toEqual(['Data Engineer at Initech', 'Platform Engineer at Globex', 'Radio Engineer at Signal Corp']);
    } else {
      // Each worker's own database shows which one the interaction reached.
      expect((await titles(discord.app)).sort()).toEqual(['Platform Engineer at Globex', 'Radio Engineer at Signal Corp']);
      expect(await titles(second)).toEqual(['Data Engineer at Initech']);
    }
  });
});
