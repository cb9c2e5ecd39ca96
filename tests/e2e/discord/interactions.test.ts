import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getApplication, listApplications } from '../../../src/domain/ats/applications.js';
import { interviews } from '../../../src/models/interviews.js';
import { notes } from '../../../src/models/notes.js';
import { ADA, GRACE, startDiscordHarness, type DiscordHarness } from '../../support/discordHarness.js';
import { pastedRealPosting } from '../../support/realWorldPostings.js';
import { snapshotTables } from '../../support/snapshot.js';

let discord: DiscordHarness;
beforeEach(async () => {
  discord = await startDiscordHarness({ now: '2026-11-24T10:00:00Z' });
  await discord.slash('add', { title: 'Backend Engineer', company: 'Acme' }).answer();
  discord.app.clock.advance(60_000);
  await discord.slash('add', { title: 'Site Reliability Engineer', company: 'Hooli' }).answer();
});
afterEach(async () => {
  await discord.dispose();
});

const stateOf = async (seq: number, user = ADA) => {
  const ctx = await discord.app.as(user, 'discord', 'discord');
  return (await getApplication(discord.app.services.db, ctx.person.id, seq)).application.state;
};

type Callback = { type: number; data: Record<string, unknown> & { custom_id?: string; title?: string; components?: { components: Record<string, unknown>[] }[]; choices?: unknown[]; content?: string; flags?: number } };

describe('autocomplete', () => {
  it('offers the person their own applications, latest first, by company or title', async () => {
    const all = (await discord.autocomplete('show', { id: '' }, 'id').callback()).body as Callback;
    expect(all).toEqual({
      type: 8,
      data: {
        choices: [
          { name: '#2 · Site Reliability Engineer at Hooli — Saved', value: '2' },
          { name: '#1 · Backend Engineer at Acme — Saved', value: '1' },
        ],
      },
    });
    const acme = (await discord.autocomplete('move', { id: 'acm' }, 'id').callback()).body as Callback;
    expect(acme.data.choices).toEqual([{ name: '#1 · Backend Engineer at Acme — Saved', value: '1' }]);
  });

  it("never offers another person's applications", async () => {
    const theirs = (await discord.autocomplete('show', { id: '' }, 'id', { user: GRACE }).callback()).body as Callback;
    expect(theirs.data.choices).toEqual([]);
  });
});

describe('buttons and menus', () => {
  it('a move button updates the card in place (UPDATE_MESSAGE, or a deferred update and an edit)', async () => {
    const answer = await discord.button('app.move|1:applied|0').answer();
    expect(answer.kind).toBe('update');
    expect(answer.data.content).toBe('Moved #1 to applied.');
    expect(JSON.stringify(answer.data.embeds)).toContain('"value":"Applied"');
    expect(await stateOf(1)).toBe('applied');
  });

  it('the "Move to…" menu moves to the picked state and updates the card', async () => {
    const answer = await discord.select('app.move||3', ['1:archived']).answer();
    expect(answer.kind).toBe('update');
    expect(answer.data.content).toBe('Moved #1 to archived.');
    expect(await stateOf(1)).toBe('archived');
  });

  it('a refused move is a new ephemeral message and the card stays as it was', async () => {
    const answer = await discord.button('app.move|1:accepted|0').answer();
    expect(answer.kind).toBe('reply');
    expect(answer.ephemeral).toBe(true);
    expect(answer.data.content).toMatch(/^Can't move from saved to accepted\. From saved it can move to: /);
    expect(await stateOf(1)).toBe('saved');
  });

  it("another person's click on my card's button acts on their own pipeline only", async () => {
    const answer = await discord.button('app.move|1:applied|0', { user: GRACE }).answer();
    expect(answer.data.content).toBe('You have no application #1. Use /job list to see yours.');
    expect(await stateOf(1)).toBe('saved');
  });
});

describe('modals', () => {
  it('Log interview opens a modal of at most five inputs', async () => {
    const callback = (await discord.button('app.interview|1|4').callback()).body as Callback;
    expect(callback.type).toBe(9);
    expect(callback.data.custom_id).toBe('form:interview:1');
    expect(callback.data.title).toBe('Interview · #1 Acme');
    expect(callback.data.components!.map((row) => row.components[0]!.custom_id)).toEqual(['kind', 'when', 'duration', 'interviewers', 'location']);
    expect(callback.data.components![0]!.components[0]).toMatchObject({ type: 4, label: 'Type', style: 1, required: true, value: 'video', placeholder: 'One of: phone, video, technical, onsite, panel' });
  });

  it('a bad field is named in an ephemeral reply, nothing is saved, and "Fix it" reopens the form with the answers', async () => {
    const before = await snapshotTables(discord.app.database.db);
    const refused = await discord.modal('form:interview:1', { kind: 'video', when: 'someday', duration: '45', interviewers: 'Ada', location: '' }).answer();
    expect(refused.kind).toBe('reply');
    expect(refused.ephemeral).toBe(true);
    expect(refused.data.content).toBe('Nothing was saved. Please fix:\n• When: "someday" is not a date and time. Try "tomorrow 14:00", "2026-12-01 09:30" or "next tuesday 3pm Europe/Berlin".');
    expect(await snapshotTables(discord.app.database.db)).toEqual(before);

    const fixIt = (refused.data.components[0].components[0] as { custom_id: string }).custom_id;
    expect(fixIt).toMatch(/^form\.retry\|[0-9a-f]{12}\|0$/);
    const reopened = (await discord.button(fixIt).callback()).body as Callback;
    expect(reopened.type).toBe(9);
    const inputs = Object.fromEntries(reopened.data.components!.map((row) => [row.components[0]!.custom_id, row.components[0]!.value]));
    expect(inputs).toEqual({ kind: 'video', when: 'someday', duration: '45', interviewers: 'Ada', location: undefined });

    // Someone else can't reopen them.
    const stranger = await discord.button(fixIt, { user: GRACE }).answer();
    expect(stranger.data.content).toBe('Those answers have expired. Run the command again.');

    const saved = await discord.modal('form:interview:1', { kind: 'onsite', when: '2026-11-26 14:00', duration: '45', interviewers: 'Ada', location: '' }).answer();
    expect(saved.kind).toBe('reply');
    expect(JSON.stringify(saved.data.embeds)).toContain('Logged interview 1.1: onsite, Thu 26 Nov 2026, 14:00 UTC (in 2 days), 45 min.');
    expect((await discord.app.services.db.select().from(interviews)).map((row) => row.kind)).toEqual(['onsite']);
  });

  it('/job add with no options opens the add modal; submitting it saves the job', async () => {
    const opened = (await discord.slash('add', {}).callback()).body as Callback;
    expect(opened).toMatchObject({ type: 9, data: { custom_id: 'form:add:', title: 'Add a job' } });
    const saved = await discord.modal('form:add:', { title: 'Data Engineer', company: 'Initech', url: 'https://initech.example/jobs/3' }).answer();
    expect(saved.data.content).toBe('Saved #3.');
    const me = await discord.app.as(ADA, 'discord', 'discord');
    expect((await listApplications(discord.app.services.db, me.person.id)).map((row) => row.job.company)).toEqual(['Acme', 'Hooli', 'Initech']);
  });

  it('a real posting pasted into the add modal is saved under its own title and company', async () => {
    const zero = pastedRealPosting('text-zero-networks-senior-technical-support-engineer.json');
    const saved = await discord.modal('form:add:', { title: '', company: '', url: '', posting: zero.text }).answer();
    expect(saved.data.content).toBe('Saved #3.');
    expect(JSON.stringify(saved.data.embeds)).toContain(`#3 · ${zero.title} at ${zero.company}`);
    const me = await discord.app.as(ADA, 'discord', 'discord');
    const [, , pasted] = await listApplications(discord.app.services.db, me.person.id);
    expect(pasted!.job).toMatchObject({ title: zero.title, company: zero.company, source: 'pasted' });
  });

  it('a paste that names no title is refused on that field, and "Fix it" brings the posting back', async () => {
    const ensodata = pastedRealPosting('text-ensodata-regional-sales-executive.json');
    const before = await snapshotTables(discord.app.database.db);
    const refused = await discord.modal('form:add:', { title: '', company: '', url: '', posting: ensodata.text }).answer();
    expect(refused.data.content).toBe("Nothing was saved. Please fix:\n• The posting doesn't say the job title clearly — type it here.");
    expect(await snapshotTables(discord.app.database.db)).toEqual(before);
    const fixIt = (refused.data.components[0].components[0] as { custom_id: string }).custom_id;
    const reopened = (await discord.button(fixIt).callback()).body as Callback;
    const inputs = Object.fromEntries(reopened.data.components!.map((row) => [row.components[0]!.custom_id, row.components[0]!.value]));
    expect(inputs.posting).toBe(ensodata.text);
    const saved = await discord.modal('form:add:', { title: ensodata.title, company: '', url: '', posting: ensodata.text }).answer();
    expect(JSON.stringify(saved.data.embeds)).toContain(`#3 · ${ensodata.title} at ${ensodata.company}`);
  });

  it("a form submitted against another person's application saves nothing of theirs", async () => {
    const answer = await discord.modal('form:note:1', { text: 'sneaky' }, { user: GRACE }).answer();
    expect(answer.data.content).toBe('You have no application #1. Use /job list to see yours.');
    expect(await discord.app.services.db.select().from(notes)).toEqual([]);
  });
});

describe('escaping and mentions', () => {
  it('a job title can neither ping nor format, in the card title or in lists: mentions are broken, markdown escaped, allowed_mentions empty', async () => {
    // Markdown, a mass mention, a role mention and a masked link in the title; more in the company.
    const added = await discord.slash('add', { title: '**bold** @everyone <@&1> [x](http://e)', company: '@here _Co_ <@300000000000000002>' }).answer();
    expect(added.data.allowed_mentions).toEqual({ parse: [] });
    // What Discord must receive to show it literally: markdown escaped, mentions broken by a zero-width space.
    const shown = '#3 · \\*\\*bold\\*\\* @\u200beveryone <\u200b@&1> \\[x\\](http://e) at @\u200bhere \\_Co\\_ <\u200b@300000000000000002>';
    expect((added.data.embeds as { title: string }[])[0]!.title).toBe(shown);
    const list = await discord.slash('list', {}).answer();
    expect(list.data.allowed_mentions).toEqual({ parse: [] });
    expect((list.data.embeds as { description: string }[])[0]!.description).toContain(`${shown} — Saved`);
  });
});

describe('slow work', () => {
  it('is deferred within 3 seconds and finished with an edit of the original response', async () => {
    // Hold the database until Discord has its answer, so the command can't finish before it must
    // be deferred however fast or slow the machine is.
    const held = await holdDatabase();
    const sent = discord.slash('list', {});
    const deferred = (await sent.callback()).body as Callback;
    await held.release();
    expect(deferred).toEqual({ type: 5, data: { flags: 64 } });
    const [edit] = await discord.fake.waitFor('PATCH', new RegExp(`^/webhooks/\\d+/${sent.token}/messages/@original$`));
    expect(JSON.stringify(edit!.body)).toContain('Your applications (2)');
  });
});

/**
 * Opens a transaction that locks every person row, on its own connection, and returns once the
 * lock is held: started and not awaited, a command sent next could reach the rows first.
 */
async function holdDatabase(): Promise<{ release(): Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const transaction = discord.app.database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT id FROM people FOR UPDATE`);
    locked();
    await released;
  });
  await Promise.race([isLocked, transaction]);
  return {
    release: async () => {
      release();
      await transaction;
    },
  };
}
