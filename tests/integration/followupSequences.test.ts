import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { Notifier } from '../../src/bots/notifier.js';
import type { Reply } from '../../src/bots/ui.js';
import { sendDueEmails } from '../../src/jobs/emailOutbox.js';
import { sendFollowupPrompts } from '../../src/jobs/followupPrompts.js';
import { runSequenceSteps } from '../../src/jobs/sequenceSteps.js';
import { emails } from '../../src/models/emails.js';
import { applications } from '../../src/models/applications.js';
import { sequences } from '../../src/models/sequences.js';
import { FakeSmtp } from '../fakes/smtp.js';
import { buttonsOf, textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

describe('follow-up sequences', () => {
  let smtp: FakeSmtp;
  let app: TestApp;
  let anna: CommandContext;
  let bob: CommandContext;
  const round = () => runSequenceSteps(app.services, app.notifier);
  const dmsTo = (who: CommandContext) => app.sent.filter((entry) => entry.personId === who.person.id);
  const stepEmails = async () => (await app.services.db.select().from(emails)).filter((row) => row.sequenceStep !== null);

  beforeAll(async () => {
    smtp = await new FakeSmtp().start();
    // Monday 2 November 2026: Anna applies to three jobs at 10:00 UTC.
    app = await createTestApp({ now: '2026-11-02T10:00:00Z', env: { JOBSCOUT_SECRET_KEY: 'c'.repeat(64), JOBSCOUT_SMTP_ALLOW_HOSTS: '127.0.0.1' } });
    anna = await app.as('anna');
    bob = await app.as('bob');
    for (const line of ['/job add Data Engineer at Globex', '/job add Analyst at Initech', '/job add Platform Engineer at Hooli']) await runText(anna, line);
    for (const seq of [1, 2, 3]) await runText(anna, `/job move ${seq} applied`);
    await submitForm(anna, 'contact', '1', { name: 'Jane Recruiter', email: 'jane@globex.example', role: 'recruiter' });
    await submitForm(anna, 'contact', '3', { name: 'Hal Hiring', email: 'hal@hooli.example', role: 'hiring_manager' });
  });
  afterAll(async () => {
    await app.dispose();
    await smtp.stop();
  });
  beforeEach(() => {
    app.sent.length = 0;
  });

  it('shows what a sequence is before one starts; a saved application cannot have one and nothing changes', async () => {
    const shown = await runText(anna, '/job sequence 1');
    expect(textOf(shown)).toContain('No sequence yet.');
    expect(buttonsOf(shown).map((button) => button.label)).toEqual(['Start sequence', 'Choose the days…']);
    await runText(bob, '/job add Secret Role at Bobco');
    const before = await snapshotTables(app.services.db);
    expect(textOf(await runText(bob, '/job sequence 1 start'))).toContain('A follow-up sequence runs while an application waits for an answer, in applied; #1 is in saved.');
    expect(await snapshotTables(app.services.db)).toEqual(before);
  });

  it('fixed days: each step a draft to approve, in one DM, once — and no follow-up prompt beside it', async () => {
    const started = textOf(await runText(anna, '/job sequence 1 start'));
    expect(started).toContain('fixed days · each step is a draft you approve with Send');
    expect(started).toContain('Day 3 (Thu 5 Nov 2026, 09:00 UTC): to come');
    app.clock.set('2026-11-05T08:59:00Z');
    expect((await round()).due).toBe(0);
    app.clock.set('2026-11-05T09:00:00Z');
    expect(await round()).toMatchObject({ due: 1, drafted: 1, automatic: 0 });
    const [dm] = dmsTo(anna);
    expect(textOf(dm!.reply)).toContain('Day 3 since you applied: step 1 of 3 of your follow-up sequence is ready.');
    expect(textOf(dm!.reply)).toContain('To: Jane Recruiter (recruiter) jane@globex.example');
    expect(buttonsOf(dm!.reply).map((button) => button.label)).toEqual(['Edit', 'Discard', 'They replied', 'Stop sequence']);
    // Another round, or another worker with its own notifier after a restart: the same step makes nothing more.
    await round();
    await runSequenceSteps(app.services, new Notifier());
    expect(dmsTo(anna)).toHaveLength(1);
    expect(await stepEmails()).toHaveLength(1);
    expect(textOf(await runText(anna, '/job sequence 1'))).toContain('Day 3 (Thu 5 Nov 2026, 09:00 UTC): drafted, waiting for your Send');
    // Day 7: the sequence's step, not the follow-up prompt.
    app.clock.set('2026-11-09T10:00:00Z');
    app.sent.length = 0;
    await sendFollowupPrompts(app.services, app.notifier);
    expect(dmsTo(anna).map((entry) => textOf(entry.reply)).join('\n')).not.toContain('Data Engineer at Globex');
  });

  it('automatic: connected email and a contact, the step goes out on its own, labelled, with Stop; once across a restart', async () => {
    expect((await submitForm(anna, 'email-connect', '', smtp.form())).ok).toBe(true);
    app.clock.set('2026-11-02T12:00:00Z');
    expect((await runText(anna, '/job sequence 3 change')).kind).toBe('form');
    const saved = await submitForm(anna, 'sequence', '3', { strategy: 'backoff', steps: '3', mode: 'automatic' });
    expect(saved.ok).toBe(true);
    const shown = textOf((saved as { reply: Reply }).reply);
    expect(shown).toContain('backoff (each wait twice the last) · automatic: each step is sent on its own');
    expect(shown).toContain('Day 6 (Sun 8 Nov 2026, 09:00 UTC): to come');
    expect(shown).toContain('Day 12 (Sat 14 Nov 2026, 09:00 UTC): to come');
    app.clock.set('2026-11-05T09:00:00Z');
    const counts = await round();
    expect(counts).toMatchObject({ automatic: 1 });
    const dm = dmsTo(anna).find((entry) => textOf(entry.reply).includes('Automatic follow-up'))!;
    expect(textOf(dm.reply)).toContain('Sending your day-3 follow-up (step 1 of 3) to hal@hooli.example');
    expect(buttonsOf(dm.reply).map((button) => button.label)).toEqual(['Stop sequence', 'They replied']);
    const [sent] = (await stepEmails()).filter((row) => row.toAddress === 'hal@hooli.example');
    expect(sent).toMatchObject({ status: 'sent', automatic: true });
    expect(smtp.withMessageId(sent!.messageId!)).toHaveLength(1);
    expect(smtp.received.at(-1)!.subject).toBe('My application for Platform Engineer at Hooli');
    expect(textOf(await runText(anna, '/job timeline 3'))).toContain('Sent automatically hal@hooli.example');
    // A restart: a fresh notifier, the same database, the same moment.
    await runSequenceSteps(app.services, new Notifier());
    await sendDueEmails(app.services, new Notifier());
    expect(smtp.withMessageId(sent!.messageId!)).toHaveLength(1);
    // Day 6: the next step.
    app.clock.set('2026-11-08T09:05:00Z');
    await round();
    expect((await stepEmails()).filter((row) => row.toAddress === 'hal@hooli.example' && row.status === 'sent')).toHaveLength(2);
  });

  it('Stop ends an automatic sequence at once: a step waiting for a retry is dropped, and the next never goes', async () => {
    // Day 12: the server greylists the step (421), so it waits for its retry.
    app.clock.set('2026-11-14T09:05:00Z');
    smtp.refuseNext(1, 421, '4.7.0 Greylisted, try again later');
    const received = smtp.received.length;
    await round();
    const waiting = (await stepEmails()).find((row) => row.toAddress === 'hal@hooli.example' && row.sequenceStep === 12)!;
    expect(waiting.status).toBe('queued');
    const stopped = await runAction(anna, 'seq.stop', '3');
    expect(textOf(stopped)).toContain('Sequence stopped: nothing more will go out.');
    expect(textOf(stopped)).toContain('stopped by you');
    app.clock.advance(2 * 60_000);
    await sendDueEmails(app.services, app.notifier);
    expect(smtp.received).toHaveLength(received);
    expect((await app.services.db.select().from(emails).where(eq(emails.id, waiting.id)))[0]!.status).toBe('discarded');
  });

  it('business days: steps skip the weekend', async () => {
    app.clock.set('2026-11-02T12:00:00Z');
    const saved = await submitForm(anna, 'sequence', '2', { strategy: 'business', steps: '3, 7, 14', mode: 'approve' });
    const shown = textOf((saved as { reply: Reply }).reply);
    expect(shown).toContain('business days (weekdays only) · each step is a draft you approve with Send');
    // Applied on Monday 2 November: 3, 7 and 14 business days later.
    expect(shown).toContain('Day 3 (Thu 5 Nov 2026, 09:00 UTC): to come');
    expect(shown).toContain('Day 7 (Wed 11 Nov 2026, 09:00 UTC): to come');
    expect(shown).toContain('Day 14 (Fri 20 Nov 2026, 09:00 UTC): to come');
  });

  it('a reply stops it (They replied), and so does any move past applied', async () => {
    await runAction(anna, 'fu.replied', '1');
    const [first] = await app.services.db.select().from(applications).where(and(eq(applications.personId, anna.person.id), eq(applications.seq, 1)));
    const [one] = await app.services.db.select().from(sequences).where(eq(sequences.applicationId, first!.id));
    expect(one).toMatchObject({ stopReason: 'replied' });
    // Its drafts waiting for Send (days 3 and 7) went with it.
    expect((await stepEmails()).filter((row) => row.applicationId === first!.id).map((row) => [row.sequenceStep, row.status])).toEqual([
      [3, 'discarded'],
      [7, 'discarded'],
    ]);
    await runText(anna, '/job move 2 screening');
    app.clock.set('2026-11-05T09:00:00Z');
    const before = (await stepEmails()).length;
    await round();
    expect(await stepEmails()).toHaveLength(before);
    expect(textOf(await runText(anna, '/job sequence 2'))).toContain('stopped: the application moved on');
    expect(textOf(await runText(anna, '/job sequence 1'))).toContain('stopped: they replied');
  });

  it('a bad form changes nothing and says what to write', async () => {
    const before = await snapshotTables(app.services.db);
    const refused = await submitForm(anna, 'sequence', '1', { strategy: 'fixed', steps: '0, 200', mode: 'approve' });
    expect(refused).toMatchObject({ ok: false, errors: { steps: 'Days are whole numbers from 1 to 90, after applying, like 3, 7, 14.' } });
    expect(await submitForm(anna, 'sequence', '1', { strategy: 'sometimes', steps: '3', mode: 'whenever' })).toMatchObject({ ok: false, errors: { strategy: expect.any(String), mode: expect.any(String) } });
    expect(await snapshotTables(app.services.db)).toEqual(before);
  });
});
