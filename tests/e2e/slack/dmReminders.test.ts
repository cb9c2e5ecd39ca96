import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logInterview } from '../../../src/domain/ats/interviews.js';
import { claimDelivery } from '../../../src/jobs/deliveries.js';
import { deliverInterviewReminder, INTERVIEW_REMINDER_JOB, type InterviewReminderData } from '../../../src/jobs/interviewReminders.js';
import { claimLeaseMs } from '../../../src/jobs/sendOnce.js';
import { reminderDeliveryKey } from '../../../src/domain/reminders/interviewReminderPlan.js';
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

/** What a reminder delivery needs, from the harness's app as it is now. */
const deps = () => ({ db: slack.app.services.db, clock: slack.app.clock.now, config: slack.app.services.config, logger: slack.app.services.logger, notifier: slack.app.notifier });

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

  it('a post whose answer was lost is not repeated blindly: the retry finds it in the DM and sends nothing', async () => {
    slack.fake.loseNextAnswer('chat.postMessage');
    const [job] = await scheduledJobs<InterviewReminderData>(slack.app, INTERVIEW_REMINDER_JOB);
    const data = { interviewId: job!.interviewId, offsetMinutes: job!.offsetMinutes, startsAt: job!.startsAt };
    // Slack took the post, the 502 hid it: the send is uncertain, so its claim is given up and nothing is posted again.
    expect(await deliverInterviewReminder(deps(), data)).toBe('unreachable');
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.fake.callsTo('conversations.history')).toHaveLength(0);
    // The scheduler's retry asks the DM first and finds the reminder there.
    expect(await deliverInterviewReminder(deps(), data)).toBe('sent');
    expect(slack.fake.callsTo('conversations.history')).toHaveLength(1);
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(await sentRows()).toEqual(['sent']);
  });

  describe('after a worker died mid-send (its claim left unfinished past the lease)', () => {
    /** What the dead worker left: a claim older than the lease, and the reminder it was sending. */
    async function deadWorkerClaim(): Promise<{ key: string; data: InterviewReminderData }> {
      const [job] = await scheduledJobs<InterviewReminderData>(slack.app, INTERVIEW_REMINDER_JOB);
      const key = reminderDeliveryKey(job!.interviewId, job!.offsetMinutes, new Date(job!.startsAt));
      const me = await slack.app.as('U1', 'slack');
      const claimedAt = new Date(slack.app.clock.now().getTime() - claimLeaseMs(slack.app.services.config) - 1000);
      expect(await claimDelivery(slack.app.services.db, { key, personId: me.person.id, kind: 'interview-reminder' }, claimedAt, claimLeaseMs(slack.app.services.config))).not.toBeNull();
      return { key, data: { interviewId: job!.interviewId, offsetMinutes: job!.offsetMinutes, startsAt: job!.startsAt } };
    }

    it('one that Slack had accepted is found in the DM by its metadata and not sent again', async () => {
      const { key, data } = await deadWorkerClaim();
      // Slack took the dead worker's message, marked with the delivery key, before it was killed.
      const me = await slack.app.as('U1', 'slack');
      await slack.app.notifier.send(me.person, { kind: 'message', blocks: [], ephemeral: false }, { key });
      const [first] = slack.fake.callsTo('chat.postMessage');
      expect(first!.args.metadata).toEqual({ event_type: 'jobscout_delivery', event_payload: { key } });

      expect(await deliverInterviewReminder(deps(), data)).toBe('sent');
      const [history] = slack.fake.callsTo('conversations.history');
      expect(history!.args).toMatchObject({ channel: 'DU1', include_all_metadata: 'true' });
      expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
      expect(await sentRows()).toEqual(['sent']);
    });

    it('one that never reached Slack is sent once, carrying its key', async () => {
      const { key, data } = await deadWorkerClaim();
      expect(await deliverInterviewReminder(deps(), data)).toBe('sent');
      expect(slack.fake.callsTo('conversations.history')).toHaveLength(1);
      const sent = slack.fake.callsTo('chat.postMessage');
      expect(sent).toHaveLength(1);
      expect(sent[0]!.args.text).toMatch(/^⏰ Reminder: your phone interview for #1 is in 15 minutes\.$/);
      expect(sent[0]!.args.metadata).toEqual({ event_type: 'jobscout_delivery', event_payload: { key } });
      expect(await deliverInterviewReminder(deps(), data)).toBe('duplicate');
      expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
    });
  });
});
