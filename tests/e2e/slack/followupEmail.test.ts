import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submitForm } from '../../../src/bots/commands/dispatch.js';
import { sendFollowupPrompts } from '../../../src/jobs/followupPrompts.js';
import { FakeSmtp } from '../../fakes/smtp.js';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';

type Button = { action_id: string; value: string; text: { text: string } };
type Blocks = { type: string; elements?: Button[] }[];

const buttonsIn = (blocks: unknown) => ((blocks as Blocks) ?? []).flatMap((block) => (block.type === 'actions' ? block.elements! : []));

let slack: SlackHarness;
let smtp: FakeSmtp;
beforeEach(async () => {
  smtp = await new FakeSmtp().start();
  slack = await startSlackHarness({ now: '2026-11-24T10:00:00Z', env: { JOBSCOUT_SECRET_KEY: '1'.repeat(64), JOBSCOUT_SMTP_ALLOW_HOSTS: '127.0.0.1' } });
});
afterEach(async () => {
  await slack.dispose();
  await smtp.stop();
});

describe('a follow-up drafted, edited and sent from its prompt in Slack', () => {
  it('Draft it shows the draft; Edit opens a modal; Send mails the edited text once', async () => {
    await slack.command('add Data Engineer at Globex');
    await slack.fake.waitFor('response_url');
    const me = await slack.app.as('U1', 'slack');
    await slack.command('move 1 applied');
    await slack.fake.waitFor('response_url', 2);
    await submitForm(me, 'contact', '1', { name: 'Jane Recruiter', email: 'jane@globex.example', role: 'recruiter' });
    expect((await submitForm(me, 'email-connect', '', smtp.form())).ok).toBe(true);

    slack.app.clock.set('2026-12-01T17:00:00Z');
    await sendFollowupPrompts(slack.app.services, slack.app.notifier);
    const [prompt] = await slack.fake.waitFor('chat.postMessage');
    const container = { type: 'message', message_ts: String(prompt!.at), channel_id: 'DU1', is_ephemeral: false };
    const draftIt = buttonsIn(prompt!.args.blocks).find((button) => button.text.text === 'Draft it')!;
    await slack.click(draftIt, { container });
    const [draft] = await slack.fake.waitFor('response_url', 3).then((calls) => calls.slice(2));
    expect(JSON.stringify(draft!.args.blocks)).toContain('To: Jane Recruiter (recruiter) jane@globex.example');
    expect(JSON.stringify(draft!.args.blocks)).toContain('Subject: Following up on my Data Engineer application');

    const edit = buttonsIn(draft!.args.blocks).find((button) => button.text.text === 'Edit')!;
    await slack.click(edit, { container: { ...container, is_ephemeral: true } });
    const [opened] = await slack.fake.waitFor('views.open');
    const view = opened!.args.view as Record<string, unknown> & { callback_id: string };
    expect(view.callback_id).toBe('form:email-edit');
    await slack.submit(view, { to: 'jane@globex.example', subject: 'Data Engineer at Globex', body: 'Hi Jane,\n\nAny news? <!channel> & thanks.\n\nAnna' });
    const saved = (await slack.fake.waitFor('response_url', 4))[3]!;
    expect(JSON.stringify(saved.args.blocks)).toContain('Draft saved.');
    // User text is escaped in Slack: no @channel ping.
    expect(JSON.stringify(saved.args.blocks)).not.toContain('<!channel>');

    const send = buttonsIn(saved.args.blocks).find((button) => button.text.text === 'Send')!;
    await slack.click(send, { container: { ...container, is_ephemeral: true } });
    const [sentAnswer] = (await slack.fake.waitFor('response_url', 5)).slice(4);
    expect(sentAnswer!.args.text).toContain('Sent to jane@globex.example: "Data Engineer at Globex".');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.text?.trim()).toBe('Hi Jane,\n\nAny news? <!channel> & thanks.\n\nAnna');
    // Slack retrying the same press changes nothing.
    await slack.click(send, { container: { ...container, is_ephemeral: true } });
    await slack.settled();
    expect(smtp.received).toHaveLength(1);
  });
});
