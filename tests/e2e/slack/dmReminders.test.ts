import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logInterview } from '../../../src/domain/ats/interviews.js';
import { INTERVIEW_REMINDER_JOB } from '../../../src/jobs/interviewReminders.js';
import { deliveries } from '../../../src/models/deliveries.js';
import { eventually } from '../../support/patience.js';
import { scheduledJobs } from '../../support/scheduledJobs.js';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';
import { QUIET_NOW } from '../../support/testApp.js';

const MINUTE = 60_000;
let slack: SlackHarness;

beforeEach(async () => {
  // At QUIET_NOW no digest or follow-up is due, so the reminder is the only DM whatever the hour.
  slack = await startSlackHarness({ now: QUIET_NOW, env: { JOBSCOUT_REMINDER_OFFSETS: '15', JOBSCOUT_SCHEDULER_POLL_MS: '100' } });
  await slack.command('add Radio Engineer at Signal Corp');
  await slack.fake.waitFor('response_url');
  const me = await slack.app.as('U1', 'slack');
  // The reminder falls due a second after the app's now: 15 minutes before an interview 15 minutes and a second away.
  await logInterview(slack.app.services, me.person.id, 1, { kind: 'phone', startsAt: new Date(slack.app.clock.now().getTime() + 15 * MINUTE + 1000), timezone: 'UTC', durationMinutes: 30 });
  slack.app.clock.advance(1000);
});
afterEach(async () => {
  await slack.dispose();
});

async function sentRows() {
  return (await slack.app.services.db.select().from(deliveries)).map((row) => row.status);
}

/** The reminder's job has run to completion and left Agenda: nothing is left that could send it again. */
const reminderDone = () => eventually('the reminder job to finish', async () => (await scheduledJobs(slack.app, INTERVIEW_REMINDER_JOB)).length === 0);

describe('reminders as Slack DMs', () => {
  it('a due reminder arrives once as a DM from the app, with the bot token', async () => {
    await slack.app.startScheduler();
    const [dm] = await slack.fake.waitFor('chat.postMessage');
    expect(dm!.args.channel).toBe('U1');
    expect(dm!.token).toBe('xoxb-test');
    expect(dm!.args.text).toMatch(/^⏰ Reminder: your phone interview for #1 is in 15 minutes\.$/);
    await reminderDone();
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(await sentRows()).toEqual(['sent']);
  });

  it('a 429 is retried after its Retry-After, and the reminder is delivered once, not dropped', async () => {
    slack.fake.rateLimitNext('chat.postMessage', 1);
    await slack.app.startScheduler();
    const [limited, retried] = await slack.fake.waitFor('chat.postMessage', 2);
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(retried!.args).toEqual(limited!.args);
    await reminderDone();
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(await sentRows()).toEqual(['sent']);
  });
});
