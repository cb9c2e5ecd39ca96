import { createHmac, randomUUID } from 'node:crypto';
import { openSlack, type SlackAdapter } from '../../src/bots/slack/adapter.js';
import { FakeSlack } from '../fakes/slackApi.js';
import { handlingIdle } from '../../src/bots/commands/inflight.js';
import { createTestApp, type TestApp } from './testApp.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const TEAM = 'T1';

/** Slack's request signature: v0 HMAC-SHA256 of "v0:<timestamp>:<body>" with the signing secret. */
export function signedHeaders(body: string, timestamp = Math.floor(Date.now() / 1000), secret = SIGNING_SECRET): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
}

export interface PostOptions {
  /** false sends no signature headers at all. */
  signed?: boolean;
  timestamp?: number;
  retryNum?: number;
}

/** A Slack input block as we render it, enough to fill in a submission. */
interface InputBlock {
  type: string;
  block_id: string;
  element: { type: string; action_id: string; options?: { text: unknown; value: string }[] };
}

export interface SlackHarness {
  fake: FakeSlack;
  app: TestApp;
  slack: SlackAdapter;
  post(contentType: 'form' | 'json', body: string, options?: PostOptions): Promise<{ status: number; body: string }>;
  command(text: string, options?: { user?: string; triggerId?: string; team?: string } & PostOptions): Promise<{ status: number; body: string; triggerId: string; responseUrl: string }>;
  interact(payload: Record<string, unknown>, options?: PostOptions): Promise<{ status: number; body: string }>;
  click(button: { action_id: string; value?: string; selected?: string }, options?: { user?: string; container?: Record<string, unknown>; responseUrl?: string | null }): Promise<{ status: number; body: string }>;
  submit(view: Record<string, unknown>, values: Record<string, string>, options?: { user?: string }): Promise<{ status: number; body: string }>;
  /** `eventId` repeats a delivery, as Slack's retries do. */
  event(event: Record<string, unknown>, options?: PostOptions & { team?: string; eventId?: string }): Promise<{ status: number; body: string }>;
  /** Resolves once every request the app has received is fully handled, the work after its ack included. */
  settled(): Promise<void>;
  dispose(): Promise<void>;
}

/** The real app with the real Bolt adapter on an HTTP port, talking to a fake Slack on loopback. */
export async function startSlackHarness(options: { env?: Record<string, string>; now?: string } = {}): Promise<SlackHarness> {
  const fake = await new FakeSlack().start();
  const app = await createTestApp({
    now: options.now,
    env: {
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: '0',
      SLACK_API_URL: fake.apiUrl,
      JOBSCOUT_FETCH_ALLOW_HOSTS: '127.0.0.1',
      JOBSCOUT_FETCH_HOST_INTERVAL_MS: '0',
      ...options.env,
    },
  });
  const slack = (await openSlack(app))!;
  const endpoint = `http://127.0.0.1:${slack.port}/slack/events`;

  const post: SlackHarness['post'] = async (contentType, body, postOptions = {}) => {
    const headers: Record<string, string> = {
      'content-type': contentType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
      ...(postOptions.signed === false ? {} : signedHeaders(body, postOptions.timestamp)),
      ...(postOptions.retryNum ? { 'x-slack-retry-num': String(postOptions.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {}),
    };
    const response = await fetch(endpoint, { method: 'POST', headers, body });
    return { status: response.status, body: await response.text() };
  };

  const interact: SlackHarness['interact'] = (payload, postOptions) => post('form', `payload=${encodeURIComponent(JSON.stringify(payload))}`, postOptions);

  return {
    fake,
    app,
    slack,
    post,
    interact,
    async command(text, commandOptions = {}) {
      const triggerId = commandOptions.triggerId ?? `trigger-${randomUUID()}`;
      const responseUrl = fake.responseUrl(randomUUID());
      const body = new URLSearchParams({
        token: 'deprecated-verification-token',
        team_id: commandOptions.team ?? TEAM,
        team_domain: 'test',
        channel_id: 'C1',
        channel_name: 'job-search',
        user_id: commandOptions.user ?? 'U1',
        user_name: (commandOptions.user ?? 'U1').toLowerCase(),
        command: '/job',
        text,
        api_app_id: 'A1',
        is_enterprise_install: 'false',
        response_url: responseUrl,
        trigger_id: triggerId,
      }).toString();
      return { ...(await post('form', body, commandOptions)), triggerId, responseUrl };
    },
    click(button, clickOptions = {}) {
      const user = clickOptions.user ?? 'U1';
      const responseUrl = clickOptions.responseUrl === null ? undefined : (clickOptions.responseUrl ?? fake.responseUrl(randomUUID()));
      return interact({
        type: 'block_actions',
        user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: TEAM },
        api_app_id: 'A1',
        token: 'deprecated-verification-token',
        container: clickOptions.container ?? { type: 'message', message_ts: '1700000000.000100', channel_id: 'C1', is_ephemeral: true },
        trigger_id: `trigger-${randomUUID()}`,
        team: { id: TEAM, domain: 'test' },
        enterprise: null,
        is_enterprise_install: false,
        channel: { id: 'C1', name: 'job-search' },
        ...(responseUrl ? { response_url: responseUrl } : {}),
        actions: [
          button.selected === undefined
            ? { type: 'button', action_id: button.action_id, block_id: 'b1', text: { type: 'plain_text', text: 'x' }, value: button.value, action_ts: String(Date.now() / 1000) }
            : { type: 'static_select', action_id: button.action_id, block_id: 'b1', selected_option: { text: { type: 'plain_text', text: 'x' }, value: button.selected }, action_ts: String(Date.now() / 1000) },
        ],
      });
    },
    submit(view, values, submitOptions = {}) {
      const user = submitOptions.user ?? 'U1';
      const state: Record<string, Record<string, unknown>> = {};
      for (const block of view.blocks as InputBlock[]) {
        if (block.type !== 'input') continue;
        const value = values[block.block_id];
        const element = block.element;
        state[block.block_id] = {
          [element.action_id]:
            element.type === 'static_select'
              ? { type: 'static_select', selected_option: value === undefined ? null : (element.options!.find((option) => option.value === value) ?? { text: { type: 'plain_text', text: value }, value }) }
              : { type: 'plain_text_input', value: value ?? null },
        };
      }
      return interact({
        type: 'view_submission',
        team: { id: TEAM, domain: 'test' },
        user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: TEAM },
        api_app_id: 'A1',
        token: 'deprecated-verification-token',
        trigger_id: `trigger-${randomUUID()}`,
        // Like Slack, the view keeps its id and hash when a refused modal is fixed and submitted again.
        view: { id: 'VMODAL1', team_id: TEAM, type: 'modal', hash: '1700000000.abcdef', ...view, state: { values: state } },
        response_urls: [],
        is_enterprise_install: false,
        enterprise: null,
      });
    },
    event(event, eventOptions = {}) {
      const team = eventOptions.team ?? TEAM;
      const body = JSON.stringify({
        token: 'deprecated-verification-token',
        team_id: team,
        api_app_id: 'A1',
        event: { event_ts: String(Date.now() / 1000), ...event },
        type: 'event_callback',
        event_id: eventOptions.eventId ?? `Ev${randomUUID().slice(0, 8)}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ enterprise_id: null, team_id: team, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
        is_ext_shared_channel: false,
      });
      return post('json', body, eventOptions);
    },
    settled: () => handlingIdle(app.services),
    async dispose() {
      await slack.stop();
      await app.dispose();
      await fake.stop();
    },
  };
}
