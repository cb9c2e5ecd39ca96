import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listApplications } from '../../../src/domain/ats/applications.js';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';

let slack: SlackHarness;
beforeEach(async () => {
  slack = await startSlackHarness();
});
afterEach(async () => {
  await slack.dispose();
});

async function myApplications(user = 'U1') {
  const ctx = await slack.app.as(user, 'slack');
  return listApplications(slack.app.services.db, ctx.person.id);
}

describe('/job over signed HTTP', () => {
  it('acks at once and answers through response_url with an ephemeral Block Kit card', async () => {
    const sent = await slack.command('add Backend Engineer at Acme https://acme.example/jobs/1');
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    const [answer] = await slack.fake.waitFor('response_url');
    expect(answer!.args).toEqual({
      url: new URL(sent.responseUrl).pathname,
      response_type: 'ephemeral',
      replace_original: false,
      text: 'Saved #1.',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'Saved #1.' } },
        { type: 'header', text: { type: 'plain_text', text: '#1 · Backend Engineer at Acme', emoji: true } },
        { type: 'section', fields: [{ type: 'mrkdwn', text: '*State*\nSaved' }, { type: 'mrkdwn', text: '*Link*\nhttps://acme.example/jobs/1' }] },
        {
          type: 'actions',
          elements: [
            { type: 'button', text: { type: 'plain_text', text: 'Applied', emoji: true }, action_id: 'app.move#0', value: '1:applied', style: 'primary' },
            { type: 'button', text: { type: 'plain_text', text: 'Preparing', emoji: true }, action_id: 'app.move#1', value: '1:preparing' },
            { type: 'button', text: { type: 'plain_text', text: 'Withdrawn', emoji: true }, action_id: 'app.move#2', value: '1:withdrawn' },
          ],
        },
        {
          type: 'actions',
          elements: [
            {
              type: 'static_select',
              action_id: 'app.move#3',
              placeholder: { type: 'plain_text', text: 'Move to…', emoji: true },
              options: [{ text: { type: 'plain_text', text: 'Archived', emoji: true }, value: '1:archived' }],
            },
          ],
        },
        {
          type: 'actions',
          elements: [
            { type: 'button', text: { type: 'plain_text', text: 'Log interview', emoji: true }, action_id: 'app.interview#4', value: '1' },
            { type: 'button', text: { type: 'plain_text', text: 'Log offer', emoji: true }, action_id: 'app.offer#5', value: '1' },
            { type: 'button', text: { type: 'plain_text', text: 'Add note', emoji: true }, action_id: 'app.note#6', value: '1' },
            { type: 'button', text: { type: 'plain_text', text: 'Timeline', emoji: true }, action_id: 'app.timeline#7', value: '1' },
          ],
        },
      ],
    });
    const rows = await myApplications();
    expect(rows.map((row) => [row.job.title, row.job.company, row.application.state])).toEqual([['Backend Engineer', 'Acme', 'saved']]);
  });
});
