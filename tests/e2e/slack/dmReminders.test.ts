import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logInterview } from '../../../src/domain/ats/interviews.js';
import { deliveries } from '../../../src/models/deliveries.js';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';

const MINUTE = 60_000;
let slack: SlackHarness;

beforeEach(async () => {
  slack = await startSlackHarness({ realTime: true, env: { JOBSCOUT_REMINDER_OFFSETS: '15', JOBSCOUT_SCHEDULER_POLL_MS: '100' } });
  await slack.command('add Radio Engineer at Signal Corp');
  await slack.fake.waitFor('response_url');
  const me = await slack.app.as('U1', 'slack');
  // The reminder falls due a second from now: 15 minutes and a second ahead, with a 15-minute offset.
  await logInterview(slack.app.services, me.person.id, 1, { kind: 'phone', startsAt: new Date(Date.now() + 15 * MINUTE + 1000), timezone: 'UTC', durationMinutes: 30 });
});
afterEach(async () => {
  await slack.dispose();
});

async function sentRows() {
  return (await slack.app.services.db.select().from(deliveries)).map((row) => row.status);
}

describe('reminders as Slack DMs', () => {
  it('a due reminder arrives once as a DM from the app, with the bot token', async () => {
    await slack.app.startScheduler();
    const [dm] = await slack.fake.waitFor('chat.postMessage');
    expect(dm!.args.channel).toBe('U1');
    expect(dm!.token).toBe('xoxb-test');
    expect(dm!.args.text).toMatch(/^⏰ Reminder: your phone interview for #1 is in 15 minutes\.$/);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // room for a wrongful second send
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(await sentRows()).toEqual(['sent']);
  });

  it('a 429 is retried after its Retry-After, and the reminder is delivered once, not dropped', async () => {
    slack.fake.rateLimitNext('chat.postMessage', 1);
    await slack.app.startScheduler();
    const [limited, retried] = await slack.fake.waitFor('chat.postMessage', 2, 20_000);
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(retried!.args).toEqual(limited!.args);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(await sentRows()).toEqual(['sent']);
  });
});
