import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logInterview } from '../../../src/domain/ats/interviews.js';
import { INTERVIEW_REMINDER_JOB } from '../../../src/jobs/interviewReminders.js';
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
});
