import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSlack, type SlackAdapter } from '../../src/bots/slack/adapter.js';
import { communityKey } from '../../src/domain/people/communities.js';
import { FakeSlack } from '../fakes/slackApi.js';
import { ADA, GRACE, GUILD, startDiscordHarness, type DiscordHarness } from '../support/discordHarness.js';
import { fillProfile } from '../support/jobPool.js';
import { signedHeaders, SIGNING_SECRET } from '../support/slackHarness.js';

// One Jobscout process serving two Slack workspaces and a Discord server at once.
let fakeSlack: FakeSlack;
let discord: DiscordHarness;
let slack: SlackAdapter;
const PROFILE = { skills: 'Go: expert, Kubernetes: advanced', years: '5', titles: 'Platform Engineer' };

beforeEach(async () => {
  fakeSlack = await new FakeSlack().start();
  discord = await startDiscordHarness({ env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: '0', SLACK_API_URL: fakeSlack.apiUrl } });
  slack = (await openSlack(discord.app))!;
  const { app } = discord;
  for (const ctx of [await app.as('U2', 'slack', 'T1'), await app.as('U9', 'slack', 'T2'), await app.as(ADA, 'discord', 'discord', communityKey.discord(GUILD))]) await fillProfile(ctx, PROFILE);
});
afterEach(async () => {
  await slack.stop();
  await discord.dispose();
  await fakeSlack.stop();
});

/** A signed /job from a user of a workspace; resolves with the text of the answer posted to its response_url. */
async function slashInSlack(team: string, user: string, text: string): Promise<string> {
  const responseUrl = fakeSlack.responseUrl(randomUUID());
  const body = new URLSearchParams({ team_id: team, user_id: user, user_name: user.toLowerCase(), channel_id: 'C1', command: '/job', text, response_url: responseUrl, trigger_id: `trigger-${randomUUID()}` }).toString();
  const response = await fetch(`http://127.0.0.1:${slack.port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body) }, body });
  expect(response.status).toBe(200);
  const path = new URL(responseUrl).pathname;
  await fakeSlack.waitForResponse(path);
  return JSON.stringify(fakeSlack.callsTo('response_url').find((call) => call.args.url === path)!.args.blocks);
}

describe('a job added by hand in one Slack workspace, with two workspaces and a Discord server in one process', () => {
  it('is recommended in that workspace only, and its id is refused on a button in the others', async () => {
    expect(await slashInSlack('T1', 'U1', 'add Go Platform Engineer at Initech https://initech.example/jobs/7')).toContain('Saved #1.');

    expect(await slashInSlack('T1', 'U2', 'recs')).toContain('Go Platform Engineer at Initech');
    expect(await slashInSlack('T2', 'U9', 'recs')).not.toContain('Initech');
    const inServer = await discord.slash('recs show', {}, { user: ADA, place: 'guild' }).answer();
    expect(JSON.stringify(inServer.data)).not.toContain('Initech');

    // A pressed Save carrying its job id, from a Discord server that never saw it.
    const [row] = await discord.app.services.db.query.jobs.findMany({ where: (jobs, { eq }) => eq(jobs.company, 'Initech') });
    const refused = await discord.button(`rec.save|${row!.id}|0`, { user: GRACE, place: 'guild' }).answer();
    expect(refused.data.content).toMatch(/^That posting is no longer known\./);
    expect(refused.ephemeral).toBe(true);
  });
});
