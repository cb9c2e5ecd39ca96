import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { Notifier, UnreachableError } from '../../src/bots/notifier.js';
import type { Reply } from '../../src/bots/ui.js';
import { claimDelivery } from '../../src/jobs/deliveries.js';
import { defineInterviewReminders, deliverInterviewReminder, INTERVIEW_REMINDER_JOB, type InterviewReminderData, type ReminderDeps } from '../../src/jobs/interviewReminders.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { logInterview } from '../../src/domain/ats/interviews.js';
import { reminderDeliveryKey } from '../../src/domain/reminders/interviewReminderPlan.js';
import { deliveries } from '../../src/models/deliveries.js';
import { interviews } from '../../src/models/interviews.js';
import type { DatabaseTarget } from '../../src/models/database.js';
import { textOf } from '../support/replyText.js';
import { eventually } from '../support/patience.js';
import { scheduledJobs } from '../support/scheduledJobs.js';
import { createTestApp, QUIET_NOW, type TestApp } from '../support/testApp.js';
import { freshDatabaseTarget } from '../support/testDatabase.js';

const MINUTE = 60_000;

const reminderJobs = (app: TestApp) => scheduledJobs<InterviewReminderData>(app, INTERVIEW_REMINDER_JOB);

describe('scheduling interview reminders', () => {
  let app: TestApp;
  let me: CommandContext;
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-24T10:00:00Z' });
    me = await app.as('linus');
    await runText(me, '/job add SRE at Hooli');
  });
  afterAll(() => app.dispose());

  it('plans one job per configured offset (24 h, 1 h, 15 min) before the start', async () => {
    const outcome = await submitForm(me, 'interview', '1', { kind: 'phone', when: '2026-11-26 15:00 UTC' });
    expect(outcome.ok && textOf(outcome.reply)).toContain('Reminders: 1 d, 1 h, 15 min before.');
    const [row] = await app.services.db.select().from(interviews);
    expect(await reminderJobs(app)).toEqual([
      { interviewId: row!.id, offsetMinutes: 1440, startsAt: '2026-11-26T15:00:00.000Z', runAt: '2026-11-25T15:00:00.000Z' },
      { interviewId: row!.id, offsetMinutes: 60, startsAt: '2026-11-26T15:00:00.000Z', runAt: '2026-11-26T14:00:00.000Z' },
      { interviewId: row!.id, offsetMinutes: 15, startsAt: '2026-11-26T15:00:00.000Z', runAt: '2026-11-26T14:45:00.000Z' },
    ]);
  });

  it('moving the interview moves its reminders', async () => {
    const text = textOf(await runText(me, '/job reschedule 1.1 2026-11-27 09:30 UTC'));
    expect(text).toContain('Interview 1.1 moved to Fri 27 Nov 2026, 09:30 UTC');
    expect((await reminderJobs(app)).map((job) => job.runAt)).toEqual(['2026-11-26T09:30:00.000Z', '2026-11-27T08:30:00.000Z', '2026-11-27T09:15:00.000Z']);
  });

  it('only reminders still ahead are planned, and the reply says which', async () => {
    const outcome = await submitForm(me, 'interview', '1', { kind: 'video', when: 'in 30 minutes' });
    expect(outcome.ok && textOf(outcome.reply)).toContain('Reminders: 15 min before.');
    const jobs = (await reminderJobs(app)).filter((job) => job.startsAt === '2026-11-24T10:30:00.000Z');
    expect(jobs.map((job) => job.offsetMinutes)).toEqual([15]);
  });

  it('an interview about to start gets no reminders, and the reply says so', async () => {
    const outcome = await submitForm(me, 'interview', '1', { kind: 'phone', when: 'in 10 minutes' });
    expect(outcome.ok && textOf(outcome.reply)).toContain('No reminders: it is too soon.');
  });

  it('cancelling the interview cancels its reminders', async () => {
    expect(textOf(await runText(me, '/job cancel 1.1'))).toContain('Interview 1.1 cancelled; its reminders are off.');
    expect((await reminderJobs(app)).every((job) => job.startsAt === '2026-11-24T10:30:00.000Z')).toBe(true);
  });
});

describe('delivering a reminder exactly once', () => {
  let app: TestApp;
  let deps: ReminderDeps;
  let interviewId: number;
  const startsAt = '2026-11-26T15:00:00.000Z';
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-24T10:00:00Z' });
    const me = await app.as('margaret');
    await runText(me, '/job add Flight Software Engineer at NASA');
    await submitForm(me, 'interview', '1', { kind: 'onsite', when: '2026-11-26 15:00 UTC', location: 'Building 4' });
    interviewId = (await app.services.db.select().from(interviews))[0]!.id;
    deps = { db: app.services.db, clock: app.clock.now, config: app.services.config, logger: app.services.logger, notifier: app.notifier };
  });
  afterAll(() => app.dispose());

  it('a retry of the same reminder sends nothing the second time', async () => {
    app.clock.set('2026-11-25T15:00:05Z');
    const data = { interviewId, offsetMinutes: 1440, startsAt };
    expect(await deliverInterviewReminder(deps, data)).toBe('sent');
    expect(await deliverInterviewReminder(deps, data)).toBe('duplicate');
    expect(app.sent).toHaveLength(1);
    expect(textOf(app.sent[0]!.reply)).toContain('Reminder: your onsite interview for #1 is in 1 day.');
    expect(textOf(app.sent[0]!.reply)).toContain('Where: Building 4');
  });

  it('five workers racing for one reminder send it once', async () => {
    app.clock.set('2026-11-26T14:00:01Z');
    const data = { interviewId, offsetMinutes: 60, startsAt };
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => deliverInterviewReminder(deps, data)));
    expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(1);
    expect(app.sent).toHaveLength(2);
  });

  it('a worker that claimed and died before sending is taken over after its lease, once', async () => {
    app.clock.set('2026-11-26T14:45:00Z');
    const key = reminderDeliveryKey(interviewId, 15, new Date(startsAt));
    expect(await claimDelivery(app.services.db, { key, personId: 1, kind: 'interview-reminder' }, app.clock.now(), 5 * MINUTE)).not.toBeNull();
    const data = { interviewId, offsetMinutes: 15, startsAt };
    // Not sent, and not lost: the caller is told to come back once the lease is over.
    expect(await deliverInterviewReminder(deps, data)).toBe('pending');
    app.clock.advance(5 * MINUTE + 1000);
    expect(await deliverInterviewReminder(deps, data)).toBe('sent');
    expect(await deliverInterviewReminder(deps, data)).toBe('duplicate');
    expect(app.sent).toHaveLength(3);
    const rows = await app.services.db.select().from(deliveries);
    expect(rows.map((row) => [row.key, row.status])).toEqual([
      [reminderDeliveryKey(interviewId, 1440, new Date(startsAt)), 'sent'],
      [reminderDeliveryKey(interviewId, 60, new Date(startsAt)), 'sent'],
      [key, 'sent'],
    ]);
  });

  it('a reminder for a moved interview, or one past its start, is stale and sends nothing', async () => {
    app.clock.set('2026-11-26T15:00:00Z');
    expect(await deliverInterviewReminder(deps, { interviewId, offsetMinutes: 15, startsAt: '2026-11-20T15:00:00.000Z' })).toBe('stale');
    expect(await deliverInterviewReminder(deps, { interviewId, offsetMinutes: 15, startsAt })).toBe('stale');
    expect(app.sent).toHaveLength(3);
  });
});

describe('a reminder job that fails', () => {
  it('is run again a few seconds later instead of being dropped, and the reminder arrives once', async () => {
    const app = await createTestApp({ now: QUIET_NOW, env: { JOBSCOUT_REMINDER_OFFSETS: '15', JOBSCOUT_SCHEDULER_POLL_MS: '100' } });
    try {
      const me = await app.as('barbara');
      await runText(me, '/job add Systems Programmer at Digital Equipment');
      const startsAt = new Date(app.clock.now().getTime() + 15 * MINUTE + 2000);
      await logInterview(app.services, me.person.id, 1, { kind: 'phone', startsAt, timezone: 'UTC', durationMinutes: 30 });
      // The first attempt fails outright (not "unreachable"): say the platform answered with an error.
      const sent: Reply[] = [];
      app.notifier.register({
        platform: 'console',
        canReach: () => true,
        async send(_person, reply) {
          if (sent.length === 0 && !failedOnce) {
            failedOnce = true;
            throw new Error('platform error');
          }
          sent.push(reply);
        },
      });
      let failedOnce = false;
      await app.startScheduler();
      await eventually('the reminder to arrive on the retry', () => sent.length > 0);
      await eventually('the reminder job to finish', async () => (await reminderJobs(app)).length === 0);
      expect(failedOnce).toBe(true);
      expect(sent).toHaveLength(1);
      expect(textOf(sent[0]!)).toContain('Reminder: your phone interview for #1 is in');
    } finally {
      await app.dispose();
    }
  });
});

describe('a send that failed but may have got through', () => {
  it('is retried as a takeover that asks the platform first, so a message the platform had taken is not sent again', async () => {
    const app = await createTestApp({ now: '2026-11-25T14:45:00Z', env: { JOBSCOUT_REMINDER_OFFSETS: '15' } });
    try {
      const me = await app.as('grace');
      await runText(me, '/job add Compiler Engineer at Remington Rand');
      const startsAt = new Date('2026-11-25T15:00:30Z');
      await logInterview(app.services, me.person.id, 1, { kind: 'phone', startsAt, timezone: 'UTC', durationMinutes: 30 });
      // A platform that takes the message and then times out: the sender hears a failure.
      const taken: string[] = [];
      const asked: string[] = [];
      const notifier = new Notifier();
      notifier.register({
        platform: 'console',
        canReach: () => true,
        async send(_person, _reply, delivery) {
          taken.push(delivery!.key);
          if (taken.length === 1) throw new UnreachableError('timed out after the platform took it');
        },
        async wasDelivered(_person, key) {
          asked.push(key);
          return taken.includes(key);
        },
      });
      const deps = { db: app.services.db, clock: app.clock.now, config: app.services.config, logger: app.services.logger, notifier };
      const data = { interviewId: 1, offsetMinutes: 15, startsAt: startsAt.toISOString() };
      expect(await deliverInterviewReminder(deps, data)).toBe('unreachable');
      expect(await deliverInterviewReminder(deps, data)).toBe('sent');
      const key = reminderDeliveryKey(1, 15, startsAt);
      expect({ taken, asked }).toEqual({ taken: [key], asked: [key] });
      expect((await app.services.db.select().from(deliveries)).map((row) => [row.key, row.status])).toEqual([[key, 'sent']]);
    } finally {
      await app.dispose();
    }
  });
});

describe('the interview as a calendar file', () => {
  it('comes with the reminder: its own zone under TZID, popup alarms; and survives being resent from the stored claim', async () => {
    const app = await createTestApp({ now: '2026-11-25T14:45:00Z', env: { JOBSCOUT_REMINDER_OFFSETS: '15' } });
    try {
      const me = await app.as('hedy');
      await runText(me, '/job add Radio Engineer at Signal Corp');
      const startsAt = new Date('2026-11-25T15:00:00Z');
      await logInterview(app.services, me.person.id, 1, { kind: 'video', startsAt, timezone: 'Europe/Berlin', durationMinutes: 45, interviewers: 'George', location: 'https://meet.example.com/x' });
      // The first send fails before the platform has it; the retry sends what the claim stored.
      const sent: Reply[] = [];
      const notifier = new Notifier();
      notifier.register({
        platform: 'console',
        canReach: () => true,
        async send(_person, reply) {
          if (sent.push(reply) === 1) throw new UnreachableError('connection reset');
        },
        wasDelivered: async () => false,
      });
      const deps = { db: app.services.db, clock: app.clock.now, config: app.services.config, logger: app.services.logger, notifier };
      const data = { interviewId: 1, offsetMinutes: 15, startsAt: startsAt.toISOString() };
      expect(await deliverInterviewReminder(deps, data)).toBe('unreachable');
      expect(await deliverInterviewReminder(deps, data)).toBe('sent');
      const files = sent.map((reply) => (reply.kind === 'message' ? reply.files ?? [] : []));
      expect(files.map((list) => list.map((file) => file.name))).toEqual([['interview-1.1.ics'], ['interview-1.1.ics']]);
      const ics = files[1]![0]!.data;
      expect(Buffer.isBuffer(ics)).toBe(true);
      expect(ics.equals(files[0]![0]!.data)).toBe(true);
      const text = ics.toString('utf8');
      expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261125T160000');
      expect(text).toContain('DTEND;TZID=Europe/Berlin:20261125T164500');
      expect(text).toContain('TZID:Europe/Berlin');
      expect(text).toContain('UID:interview-1@jobscout');
      expect(text).toContain('DTSTAMP:20261125T144500Z');
      expect(text.match(/TRIGGER:-PT15M/g)).toHaveLength(1);
      expect(text).toContain('LOCATION:https://meet.example.com/x');
      expect(text).toContain('With: George');
    } finally {
      await app.dispose();
    }
  });
});

describe('a reminder whose sender died mid-send', () => {
  it('is not dropped while the dead claim holds: its job comes back after the lease and sends it once', async () => {
    const app = await createTestApp({ now: QUIET_NOW, env: { JOBSCOUT_REMINDER_OFFSETS: '15', JOBSCOUT_SCHEDULER_POLL_MS: '100' } });
    try {
      const me = await app.as('ada');
      await runText(me, '/job add Analyst at Babbage & Co');
      const startsAt = new Date(app.clock.now().getTime() + 15 * MINUTE + 2000);
      await logInterview(app.services, me.person.id, 1, { kind: 'phone', startsAt, timezone: 'UTC', durationMinutes: 30 });
      // A worker claimed it and was killed before the platform had it (the row stays 'claimed').
      const key = reminderDeliveryKey(1, 15, startsAt);
      expect(await claimDelivery(app.services.db, { key, personId: me.person.id, kind: 'interview-reminder' }, app.clock.now(), 5 * MINUTE)).not.toBeNull();

      await app.startScheduler();
      // The due job finds the claim inside its lease and puts itself back for the lease's end.
      const leaseEnd = app.clock.now().getTime() + 5 * MINUTE;
      await eventually('the reminder to be put back for after the lease', async () => (await reminderJobs(app)).some((job) => Date.parse(job.runAt) > leaseEnd));
      expect(app.sent).toEqual([]);

      app.clock.advance(5 * MINUTE + 10_000);
      await eventually('the reminder to be sent', () => app.sent.length > 0);
      await eventually('the reminder job to finish', async () => (await reminderJobs(app)).length === 0);
      expect(app.sent).toHaveLength(1);
      expect(textOf(app.sent[0]!.reply)).toContain('Reminder: your phone interview for #1 is in');
      expect((await app.services.db.select().from(deliveries)).map((row) => [row.key, row.status])).toEqual([[key, 'sent']]);
    } finally {
      await app.dispose();
    }
  });
});

describe('reminders run from Agenda, survive a restart and a second worker', () => {
  let target: DatabaseTarget;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    if (process.env.TEST_DATABASE_URL) {
      const fresh = await freshDatabaseTarget();
      target = fresh.target;
      cleanup = fresh.drop;
    } else {
      const dir = mkdtempSync(path.join(tmpdir(), 'jobscout-restart-'));
      target = { kind: 'embedded', dataDir: dir };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterAll(() => cleanup());

  it('a reminder scheduled before a restart is delivered once after it, with two workers polling', async () => {
    const env = { JOBSCOUT_REMINDER_OFFSETS: '15', JOBSCOUT_SCHEDULER_POLL_MS: '100' };
    // At QUIET_NOW nothing else is due, so the reminder is the only message whatever the hour.
    const first = await createTestApp({ now: QUIET_NOW, env, target });
    const me = await first.as('hedy');
    await runText(me, '/job add Radio Engineer at Signal Corp');
    // Due two seconds after the app's now: 15 minutes and 2 seconds ahead, with a 15-minute
    // reminder. (The form takes minutes, so the domain is called with the exact instant.)
    const startsAt = new Date(first.clock.now().getTime() + 15 * MINUTE + 2000);
    await logInterview(first.services, me.person.id, 1, { kind: 'phone', startsAt, timezone: 'UTC', durationMinutes: 30 });
    expect(await reminderJobs(first)).toHaveLength(1);
    await first.dispose(); // stopped before the reminder was due

    // Restarted once it is due, with a second worker on the same database and its own notifier.
    const second = await createTestApp({ now: new Date(Date.parse(QUIET_NOW) + 2000).toISOString(), env, target });
    const extraSent: Reply[] = [];
    const extraNotifier = new Notifier();
    extraNotifier.register({ platform: 'console', canReach: () => true, send: async (_person, reply) => void extraSent.push(reply) });
    const extraWorker = createScheduler(second.database.pool, second.services.config, second.database.embedded);
    defineInterviewReminders(extraWorker, { ...second.services, logger: pino({ level: 'silent' }), notifier: extraNotifier });
    await Promise.all([second.startScheduler(), extraWorker.start()]);

    await eventually('the reminder to be sent', () => second.sent.length + extraSent.length > 0);
    // Once its job has finished and left Agenda, nothing is left that could send it again.
    await eventually('the reminder job to finish', async () => (await reminderJobs(second)).length === 0);
    await extraWorker.stop();
    const all = [...second.sent.map((entry) => entry.reply), ...extraSent];
    expect(all).toHaveLength(1);
    expect(textOf(all[0]!)).toContain('Reminder: your phone interview for #1 is in');
    const rows = await second.services.db.select().from(deliveries);
    expect(rows.map((row) => row.status)).toEqual(['sent']);
    await second.dispose();
  });
});
