import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { Notifier } from '../../src/bots/notifier.js';
import { checkReplies } from '../../src/jobs/replyCheck.js';
import { applications } from '../../src/models/applications.js';
import { emailReplies } from '../../src/models/emailReplies.js';
import { emails } from '../../src/models/emails.js';
import { sequences } from '../../src/models/sequences.js';
import { FakeImap } from '../fakes/imap.js';
import { FakeSmtp } from '../fakes/smtp.js';
import { buttonsOf, textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

describe('replies noticed in the inbox by their thread headers', () => {
  let smtp: FakeSmtp;
  let imap: FakeImap;
  let bobSmtp: FakeSmtp;
  let bobImap: FakeImap;
  let app: TestApp;
  let anna: CommandContext;
  let bob: CommandContext;
  const sentIds: string[] = [];
  const round = () => checkReplies(app.services, app.notifier);
  const dmsTo = (who: CommandContext) => app.sent.filter((entry) => entry.personId === who.person.id);

  async function sendFollowUp(seq: number): Promise<string> {
    const draft = await runText(anna, `/job draft ${seq} nudge`);
    const id = Number(buttonsOf(draft).find((button) => button.label === 'Send')!.value);
    expect(textOf(await runAction(anna, 'email.send', String(id)))).toContain('Sent to');
    const [row] = await app.services.db.select().from(emails).where(eq(emails.id, id));
    return row!.messageId!;
  }

  beforeAll(async () => {
    smtp = await new FakeSmtp().start();
    imap = await new FakeImap().start();
    bobSmtp = await new FakeSmtp('bob@example.com', 'bob-pass').start();
    bobImap = await new FakeImap('bob@example.com', 'bob-pass').start();
    app = await createTestApp({ now: '2026-11-10T10:00:00Z', env: { JOBSCOUT_SECRET_KEY: 'd'.repeat(64), JOBSCOUT_SMTP_ALLOW_HOSTS: '127.0.0.1' } });
    anna = await app.as('anna');
    bob = await app.as('bob');
    for (const [seq, line] of [[1, '/job add Data Engineer at Globex'], [2, '/job add Analyst at Initech']] as const) {
      await runText(anna, line);
      await runText(anna, `/job move ${seq} applied`);
      await submitForm(anna, 'contact', String(seq), { name: 'Jane Recruiter', email: `jane@${seq === 1 ? 'globex' : 'initech'}.example`, role: 'recruiter' });
    }
    await runText(anna, '/job sequence 1 start');
    expect((await submitForm(anna, 'email-connect', '', smtp.form())).ok).toBe(true);
    sentIds.push(await sendFollowUp(1), await sendFollowUp(2));
  });
  afterAll(async () => {
    await app.dispose();
    for (const server of [smtp, imap, bobSmtp, bobImap]) await server.stop();
  });

  it('reading the inbox is opt-in: a wrong password is refused on its field; without email connected it says so', async () => {
    expect(textOf(await runText(bob, '/job email imap'))).toContain('Connect your email first with /job email connect');
    expect((await runText(anna, '/job email imap')).kind).toBe('form');
    expect(await submitForm(anna, 'email-imap', '', imap.form({ password: 'nope' }))).toMatchObject({ ok: false, errors: { password: expect.stringContaining('The server refused the login') } });
    expect((await submitForm(anna, 'email-imap', '', imap.form())).ok).toBe(true);
    expect(textOf(await runText(anna, '/job email'))).toContain('Replies: noticed from your inbox');
  });

  it('a message that answers nothing Jobscout sent, or an out-of-office in the thread, is left alone', async () => {
    imap.deliver({ from: 'newsletter@shop.example', subject: 'Sale!', text: 'Unfortunately our sale ends today.' });
    imap.deliver({ from: 'friend@example.com', subject: 'Re: lunch', text: 'Sure.', inReplyTo: '<something-else@example.com>' });
    imap.deliver({ from: 'jane@globex.example', subject: 'Out of office', text: 'I am away until Monday and will reply when I am back.', inReplyTo: sentIds[0], headers: { 'Auto-Submitted': 'auto-replied' } });
    expect(await round()).toMatchObject({ inboxes: 1, replies: 0, failed: 0 });
    expect(dmsTo(anna)).toHaveLength(0);
  });

  it('a reply by In-Reply-To goes on the timeline, stops the follow-ups, and is suggested, not applied, as an interview', async () => {
    imap.deliver({ from: 'Jane Recruiter <jane@globex.example>', subject: 'Re: Next steps for the Data Engineer role', text: "Hi Anna,\n\nThanks for checking in! We'd like to invite you to a video interview with the team. What times work for you next week?\n\nJane", inReplyTo: sentIds[0], references: [sentIds[0]!] });
    expect(await round()).toMatchObject({ replies: 1 });
    const [dm] = dmsTo(anna);
    expect(textOf(dm!.reply)).toContain('jane@globex.example replied about #1 · Data Engineer at Globex: "Re: Next steps for the Data Engineer role".');
    expect(textOf(dm!.reply)).toContain('Sounds like an interview invitation — move #1 to interviewing?');
    expect(buttonsOf(dm!.reply)[0]).toEqual({ label: 'Move to interviewing', action: 'app.move', value: '1:interviewing' });
    const [application] = await app.services.db.select().from(applications).where(eq(applications.personId, anna.person.id));
    expect(application!.state).toBe('applied');
    expect(textOf(await runText(anna, '/job timeline 1'))).toContain('They replied: Reply from jane@globex.example: "Re: Next steps for the Data Engineer role" (reads like an interview invitation)');
    expect((await app.services.db.select().from(sequences))[0]).toMatchObject({ stopReason: 'replied' });
    // The next round reads nothing new and tells nothing twice.
    await round();
    expect(dmsTo(anna)).toHaveLength(1);
    expect(await app.services.db.select().from(emailReplies)).toHaveLength(1);
    await runAction(anna, 'app.move', '1:interviewing');
    expect(textOf(await runText(anna, '/job show 1'))).toContain('Interviewing');
  });

  it('a reply found by References alone (a list, ours in the middle) is matched, and read as a rejection', async () => {
    imap.deliver({
      from: 'jane@initech.example',
      subject: 'Re: Next steps for the Analyst role',
      text: 'Thank you for your interest. Unfortunately, we have decided to move forward with another candidate.',
      references: ['<first@initech.example>', sentIds[1]!, '<later@initech.example>'],
    });
    // Noticed while Anna can't be reached (her platform is away): the reply is kept, and told on the next round.
    const before = dmsTo(anna).length;
    expect(await checkReplies(app.services, new Notifier())).toMatchObject({ replies: 1 });
    expect(dmsTo(anna)).toHaveLength(before);
    await round();
    expect(dmsTo(anna)).toHaveLength(before + 1);
    const dm = dmsTo(anna).at(-1)!;
    expect(textOf(dm.reply)).toContain('Sounds like a rejection. Sorry. Mark #2 as rejected?');
    expect(buttonsOf(dm.reply)[0]).toMatchObject({ action: 'app.move', value: '2:rejected' });
  });

  it("another person's inbox can't attach a reply to Anna's email", async () => {
    await runText(bob, '/job add Secret Role at Bobco');
    expect((await submitForm(bob, 'email-connect', '', bobSmtp.form())).ok).toBe(true);
    expect((await submitForm(bob, 'email-imap', '', bobImap.form())).ok).toBe(true);
    bobImap.deliver({ from: 'jane@globex.example', subject: 'Re: forwarded', text: 'We would like to invite you to an interview.', inReplyTo: sentIds[0] });
    const before = (await app.services.db.select().from(emailReplies)).length;
    await round();
    expect(await app.services.db.select().from(emailReplies)).toHaveLength(before);
    expect(dmsTo(bob)).toHaveLength(0);
  });
});
