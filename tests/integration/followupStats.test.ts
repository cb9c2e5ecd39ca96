import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import type { Reply } from '../../src/bots/ui.js';
import { FakeSmtp } from '../fakes/smtp.js';
import { buttonsOf, textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const sendButton = (reply: Reply) => buttonsOf(reply).find((button) => button.label === 'Send')!.value;

describe('/job stats followups: which follow-ups get replies', () => {
  let smtp: FakeSmtp;
  let app: TestApp;
  let anna: CommandContext;
  let bob: CommandContext;

  async function sendOn(at: string, seq: number, kind: string): Promise<void> {
    app.clock.set(at);
    await runAction(anna, 'email.send', sendButton(await runText(anna, `/job draft ${seq} ${kind}`)));
  }

  beforeAll(async () => {
    smtp = await new FakeSmtp().start();
    app = await createTestApp({ now: '2026-11-02T10:00:00Z', env: { JOBSCOUT_SECRET_KEY: 'e'.repeat(64), JOBSCOUT_SMTP_ALLOW_HOSTS: '127.0.0.1' } });
    anna = await app.as('anna');
    bob = await app.as('bob');
    for (const [seq, company] of [[1, 'Globex'], [2, 'Initech'], [3, 'Hooli']] as const) {
      await runText(anna, `/job add Engineer at ${company}`);
      await runText(anna, `/job move ${seq} applied`);
      await submitForm(anna, 'contact', String(seq), { name: 'Jane', email: `jane@${company.toLowerCase()}.example`, role: 'recruiter' });
    }
    await submitForm(anna, 'email-connect', '', smtp.form());
  });
  afterAll(async () => {
    await app.dispose();
    await smtp.stop();
  });

  it('says nothing is measured before anything is sent', async () => {
    expect(textOf(await runText(anna, '/job stats followups'))).toContain('No follow-up emails sent from Jobscout yet.');
  });

  it('counts a reply after an email (and not one before it) by template, step and weekday', async () => {
    // A reply noted before any email answers none of them.
    app.clock.set('2026-11-09T09:00:00Z');
    await runAction(anna, 'fu.replied', '2');
    await sendOn('2026-11-10T09:00:00Z', 1, 'applied-7'); // Tuesday
    await sendOn('2026-11-11T09:00:00Z', 2, 'applied-7'); // Wednesday
    await sendOn('2026-11-17T09:00:00Z', 3, 'nudge'); // Tuesday
    app.clock.set('2026-11-12T12:00:00Z');
    await runAction(anna, 'fu.replied', '1');
    app.clock.set('2026-11-18T12:00:00Z');
    await runAction(anna, 'fu.replied', '3');
    const text = textOf(await runText(anna, '/job stats followups'));
    expect(text).toContain('2 of 3 follow-up emails got a reply. Emails sent on Tuesday got the most replies.');
    expect(text).toContain('After applying: day 7, no news: 1 of 2 (50%)');
    expect(text).toContain('No response after an interview: 1 of 1 (100%)');
    expect(text).toContain('By step: single emails 2 of 3 (67%)');
    expect(text).toContain('By day sent: Tuesday 2 of 2 (100%); Wednesday 0 of 1 (0%)');
    // Someone else sees only their own.
    expect(textOf(await runText(bob, '/job stats followups'))).toContain('No follow-up emails sent from Jobscout yet.');
  });
});
