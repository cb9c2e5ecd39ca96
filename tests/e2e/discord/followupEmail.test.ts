import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submitForm } from '../../../src/bots/commands/dispatch.js';
import { sendFollowupPrompts } from '../../../src/jobs/followupPrompts.js';
import { refusedForms } from '../../../src/models/refusedForms.js';
import { FakeSmtp } from '../../fakes/smtp.js';
import { ADA, GRACE, startDiscordHarness, type DiscordHarness } from '../../support/discordHarness.js';

let discord: DiscordHarness;
let smtp: FakeSmtp;
beforeEach(async () => {
  smtp = await new FakeSmtp().start();
  discord = await startDiscordHarness({ now: '2026-11-24T10:00:00Z', env: { JOBSCOUT_SECRET_KEY: '2'.repeat(64), JOBSCOUT_SMTP_ALLOW_HOSTS: '127.0.0.1' } });
});
afterEach(async () => {
  await discord.dispose();
  await smtp.stop();
});

const customIds = (body: unknown) => [...JSON.stringify(body).matchAll(/"custom_id":"([^"]+)"/g)].map((match) => match[1]!);

describe('a follow-up drafted, edited and sent from its prompt in Discord', () => {
  it('the DM prompt has Draft it; Edit is a modal; Send mails it once; someone else gets nothing', async () => {
    await discord.slash('add', { title: 'Data Engineer', company: 'Globex' }).answer();
    await discord.slash('move', { id: '1', state: 'applied' }).answer();
    const me = await discord.app.as(ADA, 'discord', 'discord');
    await submitForm(me, 'contact', '1', { name: 'Jane Recruiter', email: 'jane@globex.example', role: 'recruiter' });
    expect((await submitForm(me, 'email-connect', '', smtp.form())).ok).toBe(true);

    discord.app.clock.set('2026-12-01T10:00:00Z');
    await sendFollowupPrompts(discord.app.services, discord.app.notifier);
    const [prompt] = await discord.fake.waitFor('POST', /^\/channels\/\d+\/messages$/);
    const draftIt = customIds(prompt!.body).find((id) => id.startsWith('fu.draft|'))!;
    expect(draftIt).toBe('fu.draft|1:applied-7|0');

    const draft = await discord.button(draftIt, { place: 'dm' }).answer();
    expect(JSON.stringify(draft.data)).toContain('To: Jane Recruiter (recruiter) jane@globex.example');
    const edit = customIds(draft.data).find((id) => id.startsWith('email.edit|'))!;
    const emailId = edit.split('|')[1]!;

    const opened = (await discord.button(edit, { place: 'dm' }).callback()).body as { type: number; data: { custom_id: string } };
    expect(opened).toMatchObject({ type: 9, data: { custom_id: `form:email-edit:${emailId}` } });
    const saved = await discord.modal(`form:email-edit:${emailId}`, { to: 'jane@globex.example', subject: 'Data Engineer at Globex', body: 'Hi Jane, any news? @everyone\n\nAnna' }, { place: 'dm' }).answer();
    expect(JSON.stringify(saved.data)).toContain('Draft saved.');
    expect(saved.data.allowed_mentions).toEqual({ parse: [] });

    // Grace pressing the same buttons reaches no draft of hers, and nothing is sent.
    const stranger = await discord.button(`email.send|${emailId}|1`, { user: GRACE, place: 'dm' }).answer();
    expect(stranger.data.content).toBe('That draft is no longer there. Draft a new one with /job draft <id>.');
    expect(smtp.received).toHaveLength(0);

    const sent = await discord.button(`email.send|${emailId}|1`, { place: 'dm' }).answer();
    expect(JSON.stringify(sent.data)).toContain('Sent to jane@globex.example: \\"Data Engineer at Globex\\".');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toBe('Data Engineer at Globex');
  });

  it('a refused email form keeps no password for its Fix it button', async () => {
    const refused = await discord.modal('form:email-connect:', smtp.form({ password: 'wrong-secret-123' }), { place: 'dm' }).answer();
    expect(JSON.stringify(refused.data)).toContain('The server refused the login');
    expect(JSON.stringify(refused.data)).toContain('form.retry|');
    const kept = JSON.stringify(await discord.app.services.db.select().from(refusedForms));
    expect(kept).toContain('127.0.0.1');
    expect(kept).not.toContain('wrong-secret-123');
  });
});
