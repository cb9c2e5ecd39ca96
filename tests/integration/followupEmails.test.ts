import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import type { Reply } from '../../src/bots/ui.js';
import { sendDueEmails } from '../../src/jobs/emailOutbox.js';
import { sendFollowupPrompts } from '../../src/jobs/followupPrompts.js';
import { contacts } from '../../src/models/contacts.js';
import { emailAccounts } from '../../src/models/emailAccounts.js';
import { emails } from '../../src/models/emails.js';
import { people } from '../../src/models/people.js';
import { FakeSmtp } from '../fakes/smtp.js';
import { buttonsOf, textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const DAY = 24 * 60 * 60_000;
const SECRET_KEY = 'b'.repeat(64);

const button = (reply: Reply, label: string) => buttonsOf(reply).find((entry) => entry.label === label);

describe('follow-ups ready to send: contacts, templates, drafts and email through the person’s own SMTP server', () => {
  let smtp: FakeSmtp;
  let app: TestApp;
  let anna: CommandContext;
  let bob: CommandContext;
  const appliedAt = Date.parse('2026-11-02T10:00:00Z');
  const atDay = (days: number, hours = 0) => app.clock.set(new Date(appliedAt + days * DAY + hours * 3_600_000));
  const emailRow = async (id: number) => (await app.services.db.select().from(emails).where(eq(emails.id, id)))[0]!;
  const outbox = () => sendDueEmails(app.services, app.notifier);

  beforeAll(async () => {
    smtp = await new FakeSmtp().start();
    app = await createTestApp({ now: '2026-11-01T10:00:00Z', env: { JOBSCOUT_SECRET_KEY: SECRET_KEY, JOBSCOUT_SMTP_ALLOW_HOSTS: '127.0.0.1' } });
    anna = await app.as('anna');
    bob = await app.as('bob');
    await app.services.db.update(people).set({ displayName: 'Anna Lindqvist' }).where(eq(people.id, anna.person.id));
    anna.person.displayName = 'Anna Lindqvist';
    await runText(anna, '/job add Data Engineer at Globex');
    atDay(0);
    await runText(anna, '/job move 1 applied');
    await runText(bob, '/job add Secret Role at Bobco');
  });
  afterAll(async () => {
    await app.dispose();
    await smtp.stop();
  });

  it('a contact is added through the form; a bad address is refused on its field and nothing is stored', async () => {
    const opened = await runText(anna, '/job contact 1');
    expect(opened.kind).toBe('form');
    const bad = await submitForm(anna, 'contact', '1', { name: 'Jane Recruiter', email: 'jane at globex', role: 'recruiter' });
    expect(bad).toMatchObject({ ok: false, errors: { email: expect.stringContaining('is not an email address') } });
    expect(await app.services.db.select().from(contacts)).toHaveLength(0);
    const added = await submitForm(anna, 'contact', '1', { name: 'Jane Recruiter', email: 'Jane@Globex.example', role: 'recruiter' });
    expect(added.ok).toBe(true);
    expect(textOf((added as { reply: Reply }).reply)).toContain('Contact 1.1 added: Jane Recruiter, recruiter.');
    const list = textOf(await runText(anna, '/job contact list 1'));
    expect(list).toContain('1.1 Jane Recruiter — Recruiter, jane@globex.example');
    expect(textOf(await runText(anna, '/job timeline 1'))).toContain('Contact 1.1 added: Jane Recruiter (recruiter)');
  });

  it('someone else can neither see nor change the contacts', async () => {
    expect(textOf(await runText(bob, '/job contact list 1'))).not.toContain('Jane');
    const before = await snapshotTables(app.services.db);
    expect(textOf(await runText(bob, '/job contact remove 1.1'))).toContain('You have no contact 1.1');
    expect(await snapshotTables(app.services.db)).toEqual(before);
  });

  it('on day 7 the prompt has Draft it: the template filled for this application, to the recruiter, ready to copy', async () => {
    atDay(7, 1);
    await sendFollowupPrompts(app.services, app.notifier);
    const prompt = app.sent.find((entry) => entry.personId === anna.person.id)!.reply;
    const draftIt = button(prompt, 'Draft it')!;
    expect(draftIt.value).toBe('1:applied-7');
    const draft = await runAction(anna, draftIt.action, draftIt.value);
    const text = textOf(draft);
    expect(text).toContain('To: Jane Recruiter (recruiter) jane@globex.example');
    expect(text).toContain('Subject: Following up on my Data Engineer application');
    expect(text).toContain('Hi Jane Recruiter,');
    expect(text).toContain('I applied for the Data Engineer role at Globex 7 days ago');
    expect(text).toContain('Anna Lindqvist');
    // Email isn't connected: there is no Send, and the draft says how to send it.
    expect(buttonsOf(draft).map((entry) => entry.label)).toEqual(['Edit', 'Discard']);
    expect(text).toContain('connect your email with /job email connect');
  });

  it('a template of one’s own is refused on the field when it uses an unknown variable, and used once saved', async () => {
    const listed = textOf(await runText(anna, '/job templates'));
    expect(listed).toContain('applied-7 — After applying: day 7, no news');
    expect(listed).toContain('{{interviewer}}');
    const form = await runText(anna, '/job template applied-7');
    expect(form.kind === 'form' && form.form.fields.map((field) => field.name)).toEqual(['subject', 'body']);
    const refused = await submitForm(anna, 'template', 'applied-7', { subject: 'Hello {{company}}', body: 'Hi {{contact}}, about {{salary}} and {{#oops}}x{{/oops}}.' });
    expect(refused).toMatchObject({ ok: false, errors: { body: expect.stringContaining('Unknown variables {{salary}}, {{oops}}. Known: {{name}}, {{company}}') } });
    const saved = await submitForm(anna, 'template', 'applied-7', { subject: 'Still keen on {{role}}', body: 'Hi {{contact}},\n\nStill keen on {{role}} at {{company}} after {{days}} days.\n\n{{name}}' });
    expect(saved.ok).toBe(true);
    expect(textOf(await runText(anna, '/job templates'))).toContain('applied-7 — After applying: day 7, no news (your version)');
    const draft = textOf(await runText(anna, '/job draft 1 applied-7'));
    expect(draft).toContain('Subject: Still keen on Data Engineer');
    expect(draft).toContain('Still keen on Data Engineer at Globex after 7 days.');
    expect(draft).toContain('from your template');
    // Bob's drafts still use Jobscout's.
    expect(textOf(await runText(bob, '/job draft 1 applied-7'))).toContain('Subject: Following up on my Secret Role application');
    expect(textOf(await runText(anna, '/job template applied-7 reset'))).toContain("Back to Jobscout's applied-7 template.");
  });

  it('connecting email checks the login first: a wrong password is refused on its field and nothing is kept', async () => {
    expect((await runText(anna, '/job email connect')).kind).toBe('form');
    const refused = await submitForm(anna, 'email-connect', '', smtp.form({ password: 'wrong' }));
    expect(refused).toMatchObject({ ok: false, errors: { password: expect.stringContaining('The server refused the login') } });
    expect(await app.services.db.select().from(emailAccounts)).toHaveLength(0);
    const connected = await submitForm(anna, 'email-connect', '', smtp.form());
    expect(connected.ok).toBe(true);
    const [account] = await app.services.db.select().from(emailAccounts);
    expect(account!.fromAddress).toBe('anna@example.com');
    // The password is sealed, not stored as typed.
    expect(account!.sealedSettings).not.toContain(smtp.password);
    expect(textOf(await runText(anna, '/job email'))).toContain('Email: sending from anna@example.com');
    expect(textOf(await runText(bob, '/job email'))).toContain('Email: not connected.');
  });

  it('Edit changes the draft through a form; Send mails it once, with a stable Message-ID, and it goes on the timeline', async () => {
    const draft = await runText(anna, '/job draft 1');
    const id = Number(button(draft, 'Send')!.value);
    const badEdit = await submitForm(anna, 'email-edit', String(id), { to: 'not an address', subject: 'x', body: 'y' });
    expect(badEdit).toMatchObject({ ok: false, errors: { to: expect.stringContaining('is not an email address') } });
    const edited = await submitForm(anna, 'email-edit', String(id), { to: 'jane@globex.example', subject: 'Data Engineer: following up', body: 'Hi Jane,\n\nAny news on the Data Engineer role?\n\nAnna' });
    expect(edited.ok).toBe(true);
    expect((await emailRow(id)).source).toBe('edited');
    const sent = textOf(await runAction(anna, 'email.send', String(id)));
    expect(sent).toContain('Sent to jane@globex.example: "Data Engineer: following up".');
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    const row = await emailRow(id);
    expect(row.status).toBe('sent');
    expect(mail.messageId).toBe(row.messageId);
    expect(mail.messageId).toMatch(/^<jobscout\.[0-9a-f]{32}@example\.com>$/);
    expect(mail.subject).toBe('Data Engineer: following up');
    expect(mail.text?.trim()).toBe('Hi Jane,\n\nAny news on the Data Engineer role?\n\nAnna');
    expect(mail.from?.value).toEqual([{ address: 'anna@example.com', name: 'Anna Lindqvist' }]);
    expect((mail.to as { value: { address: string }[] }).value.map((entry) => entry.address)).toEqual(['jane@globex.example']);
    expect(textOf(await runText(anna, '/job timeline 1'))).toContain('Followed up: Emailed jane@globex.example: "Data Engineer: following up"');
    // A second press (or the platform delivering the press twice) sends nothing more.
    expect(textOf(await runAction(anna, 'email.send', String(id)))).toContain('Sent to jane@globex.example');
    expect(smtp.received).toHaveLength(1);
    // Sending the follow-up answers the prompt: the next round asks nothing more this week.
    app.sent.length = 0;
    await sendFollowupPrompts(app.services, app.notifier);
    expect(app.sent.filter((entry) => entry.personId === anna.person.id)).toHaveLength(0);
  });

  it('a temporary refusal (451) is retried after the backoff and arrives once', async () => {
    const draft = await runText(anna, '/job draft 1 nudge');
    const id = Number(button(draft, 'Send')!.value);
    smtp.refuseNext(1, 451, '4.3.0 Mail server temporarily rejected message');
    const reply = textOf(await runAction(anna, 'email.send', String(id)));
    expect(reply).toContain("Your mail server didn't take it yet (451 4.3.0 Mail server temporarily rejected message)");
    const waiting = await emailRow(id);
    expect(waiting.status).toBe('queued');
    expect(waiting.nextAttemptAt!.getTime() - app.clock.now().getTime()).toBe(60_000);
    // Before the backoff is over, a round leaves it alone.
    expect((await outbox()).due).toBe(0);
    app.clock.advance(61_000);
    expect(await outbox()).toMatchObject({ due: 1, sent: 1 });
    expect(await outbox()).toMatchObject({ due: 0 });
    expect(smtp.withMessageId(waiting.messageId!)).toHaveLength(1);
    expect(smtp.attempts).toBe(3);
  });

  it('two workers attempting the same email at once send it once', async () => {
    const draft = await runText(anna, '/job draft 1 nudge');
    const id = Number(button(draft, 'Send')!.value);
    smtp.refuseNext(1, 421, '4.7.0 Try again later');
    await runAction(anna, 'email.send', String(id));
    app.clock.advance(61_000);
    const rounds = await Promise.all([outbox(), outbox(), outbox()]);
    expect(rounds.reduce((sum, round) => sum + round.sent, 0)).toBe(1);
    expect(smtp.withMessageId((await emailRow(id)).messageId!)).toHaveLength(1);
  });

  it('a permanent refusal keeps the draft and says what to fix; retries that run out are told in one DM', async () => {
    smtp.refuseRecipient('nobody@globex.example');
    const draft = await runText(anna, '/job draft 1 nudge');
    const id = Number(button(draft, 'Send')!.value);
    await submitForm(anna, 'email-edit', String(id), { to: 'nobody@globex.example', subject: 'Next steps', body: 'Hello' });
    const reply = textOf(await runAction(anna, 'email.send', String(id)));
    expect(reply).toContain('was not sent: 550 5.1.1 No such user here');
    expect(reply).toContain('The draft is kept.');
    expect((await emailRow(id)).status).toBe('failed');
    // Fixed and sent again, it goes.
    await submitForm(anna, 'email-edit', String(id), { to: 'jane@globex.example', subject: 'Next steps', body: 'Hello' });
    expect(textOf(await runAction(anna, 'email.send', String(id)))).toContain('Sent to jane@globex.example');

    const second = Number(button(await runText(anna, '/job draft 1 nudge'), 'Send')!.value);
    const retries = app.services.config.email.retryMinutes;
    smtp.refuseNext(retries.length + 1, 452, '4.2.2 Mailbox full');
    await runAction(anna, 'email.send', String(second));
    app.sent.length = 0;
    for (const minutes of retries) {
      app.clock.advance(minutes * 60_000 + 1000);
      await outbox();
    }
    expect((await emailRow(second)).status).toBe('failed');
    const dms = app.sent.filter((entry) => entry.personId === anna.person.id);
    expect(dms).toHaveLength(1);
    expect(textOf(dms[0]!.reply)).toContain('was not sent: 452 4.2.2 Mailbox full');
    await outbox();
    expect(app.sent.filter((entry) => entry.personId === anna.person.id)).toHaveLength(1);
  });

  it('a password that stops working marks the connection broken: no Send until reconnected', async () => {
    const id = Number(button(await runText(anna, '/job draft 1 nudge'), 'Send')!.value);
    smtp.password = 'rotated';
    const reply = textOf(await runAction(anna, 'email.send', String(id)));
    expect(reply).toContain('Your mail server refused the login');
    expect(textOf(await runText(anna, '/job email'))).toContain('needs reconnecting');
    const again = await runText(anna, `/job draft 1 nudge`);
    expect(buttonsOf(again).map((entry) => entry.label)).toEqual(['Edit', 'Discard']);
    expect((await submitForm(anna, 'email-connect', '', smtp.form())).ok).toBe(true);
    expect(textOf(await runAction(anna, 'email.send', String(id)))).toContain('Sent to jane@globex.example');
  });

  it('a worker that died mid-send: before the server, the next round sends it; while handing it over, nothing is resent and the person decides', async () => {
    const lease = app.services.config.scheduler.claimLeaseSeconds * 1000;
    const queueOne = async () => {
      const id = Number(button(await runText(anna, '/job draft 1 nudge'), 'Send')!.value);
      await app.services.db.update(emails).set({ status: 'sending', deliveryKey: `email:${id}`, messageId: `<jobscout.dead${id}@example.com>`, claimedAt: app.clock.now(), updatedAt: app.clock.now() }).where(eq(emails.id, id));
      return id;
    };
    const beforeServer = await queueOne();
    const handingOver = await queueOne();
    await app.services.db.update(emails).set({ transmittingAt: app.clock.now() }).where(eq(emails.id, handingOver));
    const received = smtp.received.length;
    app.sent.length = 0;
    // Within the lease the dead worker's claims are left alone.
    expect(await outbox()).toMatchObject({ due: 0, uncertain: 0 });
    app.clock.advance(lease + 1000);
    expect(await outbox()).toMatchObject({ due: 1, sent: 1, uncertain: 1 });
    expect(smtp.withMessageId(`<jobscout.dead${beforeServer}@example.com>`)).toHaveLength(1);
    expect(smtp.received).toHaveLength(received + 1);
    expect((await emailRow(handingOver)).status).toBe('uncertain');
    const asked = app.sent.filter((entry) => entry.personId === anna.person.id);
    expect(asked).toHaveLength(1);
    expect(textOf(asked[0]!.reply)).toContain('It may or may not have gone out.');
    expect(buttonsOf(asked[0]!.reply).map((entry) => entry.label)).toEqual(['It went', 'Send again', 'Show draft']);
    await outbox();
    expect(app.sent.filter((entry) => entry.personId === anna.person.id)).toHaveLength(1);
    expect(textOf(await runAction(anna, 'email.resend', String(handingOver)))).toContain('Sent to jane@globex.example');
    expect(smtp.withMessageId(`<jobscout.dead${handingOver}@example.com>`)).toHaveLength(1);
  });

  it("someone else's draft can't be read, edited, sent or discarded", async () => {
    const id = Number(button(await runText(anna, '/job draft 1 nudge'), 'Send')!.value);
    const before = await snapshotTables(app.services.db);
    const received = smtp.received.length;
    for (const [action, value] of [['email.show', id], ['email.send', id], ['email.discard', id], ['email.edit', id]] as const) {
      expect(textOf(await runAction(bob, action, String(value)))).toBe('That draft is no longer there. Draft a new one with /job draft <id>.');
    }
    const form = await submitForm(bob, 'email-edit', String(id), { to: 'bob@evil.example', subject: 'x', body: 'y' });
    expect(form.ok && textOf(form.reply)).toBe('That draft is no longer there. Draft a new one with /job draft <id>.');
    expect(await snapshotTables(app.services.db)).toEqual(before);
    expect(smtp.received).toHaveLength(received);
  });

  it('interviewers typed with their addresses become contacts, and the thank-you goes to them', async () => {
    await submitForm(anna, 'interview', '1', { kind: 'video', when: '2026-11-10 15:00', duration: '45', interviewers: 'Ada Lovelace <ada@globex.example>, Grace Hopper' });
    app.clock.set('2026-11-11T09:30:00Z');
    await runText(anna, '/job note 1 their move to streaming pipelines');
    const listed = textOf(await runText(anna, '/job contact list 1'));
    expect(listed).toContain('Ada Lovelace — Interviewer, ada@globex.example');
    expect(listed).not.toContain('Grace Hopper —');
    const draft = textOf(await runText(anna, '/job draft 1'));
    expect(draft).toContain('Thank-you after an interview');
    expect(draft).toContain('To: Ada Lovelace (interviewer) ada@globex.example');
    expect(draft).toContain('Hi Ada Lovelace,');
    expect(draft).toContain('I especially enjoyed our conversation about their move to streaming pipelines.');
  });
});
