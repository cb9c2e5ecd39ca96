import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logInterview } from '../../../src/domain/ats/interviews.js';
import type { Reply } from '../../../src/bots/ui.js';
import { reminderDeliveryKey } from '../../../src/domain/reminders/interviewReminderPlan.js';
import { claimDelivery } from '../../../src/jobs/deliveries.js';
import { deliverInterviewReminder, INTERVIEW_REMINDER_JOB, type InterviewReminderData } from '../../../src/jobs/interviewReminders.js';
import { claimLeaseMs } from '../../../src/jobs/sendOnce.js';
import { deliveries } from '../../../src/models/deliveries.js';
import { discordDmChannels } from '../../../src/models/discordDmChannels.js';
import { ADA, startDiscordHarness, type DiscordHarness } from '../../support/discordHarness.js';
import { eventually } from '../../support/patience.js';
import { scheduledJobs } from '../../support/scheduledJobs.js';
import { QUIET_NOW } from '../../support/testApp.js';

const MINUTE = 60_000;
let discord: DiscordHarness;

beforeEach(async () => {
  // At QUIET_NOW no digest or follow-up is due, so the reminder is the only DM whatever the hour.
  discord = await startDiscordHarness({ now: QUIET_NOW, env: { JOBSCOUT_REMINDER_OFFSETS: '15', JOBSCOUT_SCHEDULER_POLL_MS: '100' } });
  await discord.slash('add', { title: 'Radio Engineer', company: 'Signal Corp' }).answer();
  const me = await discord.app.as(ADA, 'discord', 'discord');
  // The reminder falls due a second after the app's now: 15 minutes before an interview 15 minutes and a second away.
  await logInterview(discord.app.services, me.person.id, 1, { kind: 'phone', startsAt: new Date(discord.app.clock.now().getTime() + 15 * MINUTE + 1000), timezone: 'UTC', durationMinutes: 30 });
  discord.app.clock.advance(1000);
});
afterEach(async () => {
  await discord.dispose();
});

describe('reminders as Discord DMs', () => {
  it('arrive once, in a DM channel opened once and remembered', async () => {
    await discord.app.startScheduler();
    const [dm] = await discord.fake.waitFor('POST', /^\/channels\/\d+\/messages$/);
    expect(dm!.body).toMatchObject({ content: '⏰ Reminder: your phone interview for #1 is in 15 minutes.', allowed_mentions: { parse: [] } });
    const [opened] = discord.fake.requestsTo('POST', /^\/users\/@me\/channels$/);
    expect(opened!.body).toEqual({ recipient_id: ADA });
    // Once its job has finished and left Agenda, nothing is left that could send it again.
    await eventually('the reminder job to finish', async () => (await scheduledJobs(discord.app, INTERVIEW_REMINDER_JOB)).length === 0);
    expect(discord.fake.requestsTo('POST', /^\/channels\/\d+\/messages$/)).toHaveLength(1);
    expect((await discord.app.services.db.select().from(deliveries)).map((row) => row.status)).toEqual(['sent']);
    expect((await discord.app.services.db.select().from(discordDmChannels)).map((row) => row.userId)).toEqual([ADA]);

    // A second DM reuses the channel.
    const me = await discord.app.as(ADA, 'discord', 'discord');
    await discord.app.notifier.send(me.person, { kind: 'message', blocks: [{ type: 'section', text: 'second' }], ephemeral: false });
    expect(discord.fake.requestsTo('POST', /^\/channels\/\d+\/messages$/)).toHaveLength(2);
    expect(discord.fake.requestsTo('POST', /^\/users\/@me\/channels$/)).toHaveLength(1);
  });

  describe('after a worker died mid-send (its claim left unfinished past the lease)', () => {
    const MESSAGES = /^\/channels\/\d+\/messages$/;
    const deps = () => ({ db: discord.app.services.db, clock: discord.app.clock.now, config: discord.app.services.config, logger: discord.app.services.logger, notifier: discord.app.notifier });

    /** The dead worker's claim, older than the lease, holding the reminder it computed. */
    async function deadWorkerClaim(): Promise<{ key: string; data: InterviewReminderData; reply: Reply }> {
      const [job] = await scheduledJobs<InterviewReminderData>(discord.app, INTERVIEW_REMINDER_JOB);
      const data = { interviewId: job!.interviewId, offsetMinutes: job!.offsetMinutes, startsAt: job!.startsAt };
      const key = reminderDeliveryKey(data.interviewId, data.offsetMinutes, new Date(data.startsAt));
      const reply: Reply = { kind: 'message', blocks: [{ type: 'section', text: '⏰ Reminder: your phone interview for #1 is in 15 minutes.' }], ephemeral: false };
      const me = await discord.app.as(ADA, 'discord', 'discord');
      const claimedAt = new Date(discord.app.clock.now().getTime() - claimLeaseMs(discord.app.services.config) - 1000);
      expect(await claimDelivery(discord.app.services.db, { key, personId: me.person.id, kind: 'interview-reminder', payload: { ...data, reply } }, claimedAt, claimLeaseMs(discord.app.services.config))).not.toBeNull();
      return { key, data, reply };
    }

    it('one Discord had accepted is found in the DM and not sent again; a repeat within minutes is dropped by its nonce', async () => {
      const { key, data, reply } = await deadWorkerClaim();
      const me = await discord.app.as(ADA, 'discord', 'discord');
      await discord.app.notifier.send(me.person, reply, { key });
      const [first] = discord.fake.requestsTo('POST', MESSAGES);
      expect(first!.body).toMatchObject({ enforce_nonce: true, nonce: expect.stringMatching(/^[0-9a-f]{25}$/) });

      expect(await deliverInterviewReminder(deps(), data)).toBe('sent');
      expect(discord.fake.requestsTo('GET', MESSAGES)).toHaveLength(1);
      expect(discord.fake.requestsTo('POST', MESSAGES)).toHaveLength(1);
      expect((await discord.app.services.db.select().from(deliveries)).map((row) => row.status)).toEqual(['sent']);

      // Sent twice with the same key within minutes (two workers racing): Discord keeps one.
      await discord.app.notifier.send(me.person, reply, { key });
      const history = discord.fake.requestsTo('POST', MESSAGES);
      expect(history).toHaveLength(2);
      const channel = /^\/channels\/(\d+)\/messages$/.exec(history[0]!.path)![1]!;
      expect(await discordHistory(channel)).toHaveLength(1);
    });

    it('one that never reached Discord is sent once, with its nonce', async () => {
      const { data } = await deadWorkerClaim();
      expect(await deliverInterviewReminder(deps(), data)).toBe('sent');
      const sent = discord.fake.requestsTo('POST', MESSAGES);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.body).toMatchObject({ content: '⏰ Reminder: your phone interview for #1 is in 15 minutes.', enforce_nonce: true });
      expect(await deliverInterviewReminder(deps(), data)).toBe('duplicate');
      expect(discord.fake.requestsTo('POST', MESSAGES)).toHaveLength(1);
    });
  });

  /** The channel's messages as Discord's history shows them. */
  async function discordHistory(channel: string): Promise<unknown[]> {
    const response = await fetch(`${discord.fake.apiUrl}/v10/channels/${channel}/messages?limit=50`, { headers: { authorization: 'Bot test' } });
    return (await response.json()) as unknown[];
  }
});
