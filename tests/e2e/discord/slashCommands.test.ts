import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listApplications } from '../../../src/domain/ats/applications.js';
import { openDiscord } from '../../../src/bots/discord/adapter.js';
import { FakeDiscord } from '../../fakes/discord.js';
import { ADA, BOT_TOKEN, startDiscordHarness, type DiscordHarness } from '../../support/discordHarness.js';
import { eventually } from '../../support/patience.js';
import { createTestApp } from '../../support/testApp.js';

let discord: DiscordHarness;
beforeEach(async () => {
  discord = await startDiscordHarness();
});
afterEach(async () => {
  await discord.dispose();
});

describe('/job over the gateway', () => {
  it('logs in through the gateway: HELLO, IDENTIFY with no intents, READY', async () => {
    const identify = discord.fake.gatewayFrames.find((frame) => frame.op === 2) as { d: { token: string; intents: number } };
    expect(identify.d.token).toBe(discord.app.services.config.discord.token);
    expect(identify.d.intents).toBe(0);
    expect(discord.discord.botId).toBe('100000000000000002');
  });

  it('keeps the gateway alive: a heartbeat at the interval HELLO asked for, each acknowledged', async () => {
    const fast = await new FakeDiscord(100).start();
    const app = await createTestApp({ env: { DISCORD_TOKEN: BOT_TOKEN, DISCORD_APPLICATION_ID: '100000000000000001', DISCORD_API_URL: fast.apiUrl } });
    const adapter = (await openDiscord(app))!;
    const heartbeats = await eventually('three heartbeats', () => {
      const sent = fast.gatewayFrames.filter((frame) => frame.op === 1);
      return sent.length >= 3 ? sent : null;
    });
    // Each heartbeat carries the last sequence number seen (READY was 1).
    expect(heartbeats.at(-1)).toEqual({ op: 1, d: 1 });
    await adapter.stop();
    await app.dispose();
    await fast.stop();
  });

  it('answers /job add in a server with an ephemeral card and no pings allowed', async () => {
    const answer = await discord.slash('add', { title: 'Backend Engineer', company: 'Acme', url: 'https://acme.example/jobs/1' }).answer();
    expect(answer.kind).toBe('reply');
    expect(answer.ephemeral).toBe(true);
    expect(answer.data).toMatchObject({
        content: 'Saved #1.',
        embeds: [{ title: '#1 · Backend Engineer at Acme', fields: [{ name: 'State', value: 'Saved', inline: true }, { name: 'Link', value: 'https://acme.example/jobs/1', inline: true }] }],
        components: [
          {
            type: 1,
            components: [
              { type: 2, style: 1, label: 'Applied', custom_id: 'app.move|1:applied|0' },
              { type: 2, style: 2, label: 'Preparing', custom_id: 'app.move|1:preparing|1' },
              { type: 2, style: 2, label: 'Withdrawn', custom_id: 'app.move|1:withdrawn|2' },
            ],
          },
          { type: 1, components: [{ type: 3, custom_id: 'app.move||3', placeholder: 'Move to…', min_values: 1, max_values: 1, options: [{ label: 'Archived', value: '1:archived' }] }] },
          {
            type: 1,
            components: [
              { type: 2, style: 2, label: 'Log interview', custom_id: 'app.interview|1|4' },
              { type: 2, style: 2, label: 'Log offer', custom_id: 'app.offer|1|5' },
              { type: 2, style: 2, label: 'Add note', custom_id: 'app.note|1|6' },
              { type: 2, style: 2, label: 'Timeline', custom_id: 'app.timeline|1|7' },
            ],
          },
        ],
        allowed_mentions: { parse: [] },
    });
    const me = await discord.app.as(ADA, 'discord', 'discord');
    expect((await listApplications(discord.app.services.db, me.person.id)).map((row) => row.job.title)).toEqual(['Backend Engineer']);
  });

  it('runs a command of a subcommand group: /job stats summary period:all', async () => {
    await discord.slash('add', { title: 'SRE', company: 'Umbrella' }).answer();
    await discord.slash('move', { id: '1', state: 'applied' }).answer();
    const answer = await discord.slash('stats summary', { period: 'all' }).answer();
    const text = JSON.stringify(answer.data);
    expect(text).toContain('Your search in numbers — all time');
    expect(text).toContain('Applied: 1');
    expect(answer.ephemeral).toBe(true);
  });

  it('answers in the DM with the bot without the ephemeral flag', async () => {
    const answer = await discord.slash('list', {}, { place: 'dm' }).answer();
    expect(answer.data).toMatchObject({ content: 'You are not tracking any jobs yet. Add one with /job add <title> at <company> \\[url\\].', allowed_mentions: { parse: [] } });
    expect(answer.ephemeral).toBe(false);
  });
});
