import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { interviews } from '../../../src/models/interviews.js';
import { notes } from '../../../src/models/notes.js';
import { GRACE, startDiscordHarness, type DiscordHarness } from '../../support/discordHarness.js';
import { snapshotTables } from '../../support/snapshot.js';

let discord: DiscordHarness;
beforeEach(async () => {
  discord = await startDiscordHarness({ now: '2026-11-24T10:00:00Z' });
  await discord.slash('add', { title: 'Backend Engineer', company: 'Acme' }).answer();
  await discord.modal('form:interview:1', { kind: 'video', when: '2026-11-26 14:00', duration: '45', interviewers: 'Ada', location: '' }).answer();
  await discord.slash('note add', { id: '1', text: 'Recruiter is Sam' }).answer();
});
afterEach(async () => {
  await discord.dispose();
});

type Callback = { type: number; data: { custom_id?: string; title?: string; components?: { components: { custom_id: string; value?: string }[] }[] } };

describe('correcting records in Discord', () => {
  it('/job interview edit opens a modal filled in with the interview; saving it moves the interview', async () => {
    const opened = (await discord.slash('interview edit', { interview: '1.1' }).callback()).body as Callback;
    expect(opened).toMatchObject({ type: 9, data: { custom_id: 'form:interview-edit:1.1', title: 'Edit interview 1.1 · Acme' } });
    const values = Object.fromEntries(opened.data.components!.map((row) => [row.components[0]!.custom_id, row.components[0]!.value]));
    expect(values).toEqual({ kind: 'video', when: '2026-11-26 14:00 UTC', duration: '45', interviewers: 'Ada', location: undefined });
    const saved = await discord.modal('form:interview-edit:1.1', { ...values, when: '2026-11-27 09:00 UTC', location: 'HQ' } as Record<string, string>).answer();
    expect(JSON.stringify(saved.data.embeds)).toContain('Interview 1.1 saved: video, Fri 27 Nov 2026, 09:00 UTC (in 3 days), 45 min. Changed: time, place.');
    expect((await discord.app.services.db.select().from(interviews)).map((row) => [row.startsAt.toISOString(), row.location])).toEqual([['2026-11-27T09:00:00.000Z', 'HQ']]);
  });

  it('/job note edit and delete work on the person’s own notes; someone else gets nothing and changes nothing', async () => {
    const before = await snapshotTables(discord.app.database.db);
    const stranger = await discord.slash('note delete', { note: '1.1' }, { user: GRACE }).answer();
    expect(stranger.ephemeral).toBe(true);
    expect(stranger.data.content).toBe('You have no application #1. Use /job list to see yours.');
    const strangerForm = await discord.modal('form:note-edit:1.1', { text: 'mine now' }, { user: GRACE }).answer();
    expect(strangerForm.data.content).toBe('You have no application #1. Use /job list to see yours.');
    const { notes: rowsBefore } = before;
    expect((await snapshotTables(discord.app.database.db)).notes).toEqual(rowsBefore);

    const opened = (await discord.slash('note edit', { note: '1.1' }).callback()).body as Callback;
    expect(opened.data.components![0]!.components[0]!.value).toBe('Recruiter is Sam');
    await discord.modal('form:note-edit:1.1', { text: 'Recruiter is Sam Lee' }).answer();
    expect((await discord.app.services.db.select().from(notes)).map((row) => row.body)).toEqual(['Recruiter is Sam Lee']);
    const deleted = await discord.slash('note delete', { note: '1.1' }).answer();
    expect(JSON.stringify(deleted.data)).toContain('Deleted note 1.1.');
    expect(await discord.app.services.db.select().from(notes)).toEqual([]);
  });
});
