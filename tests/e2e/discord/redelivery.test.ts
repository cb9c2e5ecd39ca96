import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlingIdle } from '../../../src/bots/commands/inflight.js';
import { openDiscord } from '../../../src/bots/discord/adapter.js';
import { listApplications } from '../../../src/domain/ats/applications.js';
import { handledRequests } from '../../../src/models/handledRequests.js';
import { notes } from '../../../src/models/notes.js';
import { ADA, startDiscordHarness, type DiscordHarness } from '../../support/discordHarness.js';
import { eventually } from '../../support/patience.js';
import { createTestApp, type TestApp } from '../../support/testApp.js';
import { usingServer } from '../../support/testDatabase.js';

let discord: DiscordHarness;
beforeEach(async () => {
  discord = await startDiscordHarness();
});
afterEach(async () => {
  await discord.dispose();
});

async function titles(): Promise<string[]> {
  const ctx = await discord.app.as(ADA, 'discord', 'discord');
  return (await listApplications(discord.app.services.db, ctx.person.id)).map((row) => `#${row.application.seq} ${row.job.title} at ${row.job.company}`);
}

/**
 * What Discord accepted as answers to this interaction: one response (a repeat may try to
 * defer and be refused), and no follow-up message with an apology or "Already on it".
 */
function answersTo(sent: { id: string; token: string }) {
  const accepted = discord.fake.requestsTo('POST', new RegExp(`^/interactions/${sent.id}/${sent.token}/callback$`)).filter((request) => request.status === 204);
  const followUps = discord.fake.requestsTo('POST', new RegExp(`^/webhooks/\\d+/${sent.token}$`)).map((request) => JSON.stringify(request.body));
  return { accepted: accepted.length, followUps };
}

describe('the same interaction delivered twice', () => {
  it('/job add saves one application and answers once', async () => {
    const sent = discord.slash('add', { title: 'Data Engineer', company: 'Initech' });
    sent.again();
    const answer = await sent.answer();
    expect(answer.data.content).toBe('Saved #1.');
    await discord.settled();
    expect(await titles()).toEqual(['#1 Data Engineer at Initech']);
    expect(answersTo(sent)).toEqual({ accepted: 1, followUps: [] });
    expect(await discord.app.services.db.select({ key: handledRequests.key, status: handledRequests.status }).from(handledRequests)).toContainEqual({ key: expect.stringMatching(`:discord:${sent.id}$`), status: 'done' });
  });

  it('a button pressed once and delivered twice moves the application once', async () => {
    await discord.slash('add', { title: 'Data Engineer', company: 'Initech' }).answer();
    const sent = discord.button('app.move|1:applied|0');
    sent.again();
    const answer = await sent.answer();
    expect(answer.data.content).toBe('Moved #1 to applied.');
    await discord.settled();
    const ctx = await discord.app.as(ADA, 'discord', 'discord');
    const [row] = await listApplications(discord.app.services.db, ctx.person.id);
    // One move is one event after "created": a second delivery would have been refused or added one.
    expect([row!.application.state, row!.application.eventCount]).toEqual(['applied', 2]);
    expect(answersTo(sent)).toEqual({ accepted: 1, followUps: [] });
  });

  it('a form submitted once and delivered twice saves one note', async () => {
    await discord.slash('add', { title: 'Data Engineer', company: 'Initech' }).answer();
    const sent = discord.modal('form:note:1', { text: 'Spoke to Sam, the hiring manager' });
    sent.again();
    await sent.answer();
    await discord.settled();
    expect((await discord.app.services.db.select().from(notes)).map((note) => note.body)).toEqual(['Spoke to Sam, the hiring manager']);
    expect(answersTo(sent)).toEqual({ accepted: 1, followUps: [] });
  });
});

describe('two Jobscout workers logged in with the same token', () => {
  let second: TestApp | null = null;
  afterEach(async () => {
    if (second && second !== discord.app) await second.dispose();
    second = null;
  });

  // On a server both workers are whole apps sharing the database; the embedded database is one
  // process's, so there the second worker is a second gateway session of the same app.
  const where = usingServer ? 'two apps, one server' : 'two sessions, one embedded database';
  async function secondWorker() {
    second = usingServer ? await createTestApp({ target: discord.app.target, env: discordEnv(discord) }) : discord.app;
    const other = (await openDiscord(second))!;
    await eventually('both sessions to be connected', () => discord.fake.sessionCount === 2);
    return other;
  }

  it(`both receive the interaction; one application is saved and one answer given (${where})`, async () => {
    const other = await secondWorker();
    try {
      const sent = discord.slash('add', { title: 'Platform Engineer', company: 'Globex' });
      const answer = await sent.answer();
      expect(answer.data.content).toBe('Saved #1.');
      await discord.settled(2);
      await handlingIdle(second!.services);
      expect(await titles()).toEqual(['#1 Platform Engineer at Globex']);
      expect(answersTo(sent)).toEqual({ accepted: 1, followUps: [] });
    } finally {
      await other.stop();
    }
  });

  it(`"Fix it" under a refused form reopens it with the answers, whichever worker the press reaches (${where})`, async () => {
    await discord.slash('add', { title: 'Platform Engineer', company: 'Globex' }).answer();
    const refused = await discord.modal('form:interview:1', { kind: 'video', when: 'someday', duration: '45', interviewers: 'Ada', location: '' }).answer();
    const fixIt = (refused.data.components[0].components[0] as { custom_id: string }).custom_id;
    const other = await secondWorker();
    try {
      const pressed = discord.button(fixIt);
      const opened = (await pressed.callback()).body as { type: number; data: { components: { components: { custom_id: string; value?: string }[] }[] } };
      expect(opened.type).toBe(9);
      expect(opened.data.components.map((row) => row.components[0]!.value)).toEqual(['video', 'someday', '45', 'Ada', undefined]);
      await discord.settled(2);
      await handlingIdle(second!.services);
      expect(answersTo(pressed)).toEqual({ accepted: 1, followUps: [] });
    } finally {
      await other.stop();
    }
  });
});

function discordEnv(harness: DiscordHarness): Record<string, string> {
  const { discord: settings } = harness.app.services.config;
  return { DISCORD_TOKEN: settings.token!, DISCORD_APPLICATION_ID: settings.applicationId!, DISCORD_API_URL: settings.apiUrl };
}
