import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSlack, type SlackAdapter } from '../../../src/bots/slack/adapter.js';
import { listApplications } from '../../../src/domain/ats/applications.js';
import { FakeSlack } from '../../fakes/slackApi.js';
import { createTestApp, type TestApp } from '../../support/testApp.js';

let fake: FakeSlack;
let app: TestApp;
let slack: SlackAdapter;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  app = await createTestApp({ env: { SLACK_APP_TOKEN: 'xapp-1-test', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: fake.apiUrl } });
  slack = (await openSlack(app))!;
});
afterAll(async () => {
  await slack.stop();
  await app.dispose();
  await fake.stop();
});

describe('Socket Mode', () => {
  it('opens the connection with the app-level token and needs no public URL', async () => {
    expect(slack.mode).toBe('socket');
    expect(slack.port).toBe(0);
    const [open] = fake.callsTo('apps.connections.open');
    expect(open!.token).toBe('xapp-1-test');
  });

  it('acks a slash command envelope, then answers through response_url', async () => {
    const ack = await fake.sendEnvelope({
      envelope_id: 'env-command-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        team_id: 'T1',
        user_id: 'U1',
        user_name: 'u1',
        channel_id: 'C1',
        command: '/job',
        text: 'add Firmware Engineer at Initech',
        response_url: fake.responseUrl('socket-1'),
        trigger_id: 'trigger-socket-1',
        api_app_id: 'A1',
      },
    });
    expect(ack).toEqual({ envelope_id: 'env-command-1', payload: {} });
    const [answer] = await fake.waitFor('response_url');
    expect(answer!.args).toMatchObject({ url: '/response/socket-1', response_type: 'ephemeral', text: 'Saved #1.' });
    const me = await app.as('U1', 'slack');
    expect((await listApplications(app.services.db, me.person.id)).map((row) => row.job.company)).toEqual(['Initech']);
  });

  it('acks an interactive envelope (a button) and edits the DM card it came from', async () => {
    const ack = await fake.sendEnvelope({
      envelope_id: 'env-action-1',
      type: 'interactive',
      accepts_response_payload: false,
      payload: {
        type: 'block_actions',
        user: { id: 'U1', name: 'u1', team_id: 'T1' },
        team: { id: 'T1', domain: 'test' },
        api_app_id: 'A1',
        trigger_id: 'trigger-socket-2',
        container: { type: 'message', channel_id: 'D1', message_ts: '1700000000.000500', is_ephemeral: false },
        channel: { id: 'D1', name: 'directmessage' },
        response_url: fake.responseUrl('socket-2'),
        actions: [{ type: 'button', action_id: 'app.move#0', block_id: 'b', value: '1:applied', action_ts: '1700000001.0' }],
      },
    });
    expect(ack).toEqual({ envelope_id: 'env-action-1', payload: {} });
    const [update] = await fake.waitFor('chat.update');
    expect(update!.args).toMatchObject({ channel: 'D1', ts: '1700000000.000500', text: 'Moved #1 to applied.' });
  });
});
