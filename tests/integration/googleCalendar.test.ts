import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { googleConnections, googleEvents } from '../../src/models/googleCalendar.js';
import { startWebServer, type WebServer } from '../../src/web/webServer.js';
import { webRoutes } from '../../src/web/webRoutes.js';
import { FakeGoogle } from '../fakes/google.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const SECRET_KEY = 'a'.repeat(64);

describe('Google Calendar, connected by each person through OAuth', () => {
  let google: FakeGoogle;
  let app: TestApp;
  let web: WebServer;
  let anna: CommandContext;
  let bob: CommandContext;
  const synced = () => app.googleSync.idle();
  const eventWith = (summary: string) => google.live().find((event) => event.summary === summary);
  const tokenRequests = () => google.requests.filter((request) => request.path === '/token').length;

  /** Runs /job calendar connect and agrees on Google's consent screen; the page Jobscout shows after. */
  async function connect(who: CommandContext): Promise<{ status: number; page: string; redirect: string }> {
    const reply = await runText(who, '/job calendar connect');
    expect(reply.kind === 'message' && reply.ephemeral).toBe(true);
    const link = /http:\/\/127\.0\.0\.1:\d+\/o\/oauth2\/v2\/auth\?\S+/.exec(textOf(reply))![0];
    const redirect = google.consent(link);
    const response = await fetch(redirect);
    return { status: response.status, page: await response.text(), redirect };
  }

  beforeAll(async () => {
    google = await new FakeGoogle().start();
    app = await createTestApp({ now: '2026-11-24T10:00:00Z', env: { ...google.env(), JOBSCOUT_SECRET_KEY: SECRET_KEY, JOBSCOUT_TIMEZONE: 'America/New_York' } });
    web = await startWebServer(webRoutes(app.services), 0, pino({ level: 'silent' }));
    app.services.web.serving(web.port);
    anna = await app.as('anna');
    bob = await app.as('bob');
    await runText(anna, '/job add Data Engineer at Globex');
    await submitForm(anna, 'interview', '1', { kind: 'video', when: '2026-11-26 14:00 Europe/Berlin', duration: '45', interviewers: 'Ada', location: 'https://meet.example.com/abc' });
    await runText(anna, '/job add Analyst at Initech');
    await runText(anna, '/job deadline 2 2026-12-04');
    await runText(bob, '/job add Secret Role at Bobco');
    await submitForm(bob, 'interview', '1', { kind: 'phone', when: '2026-11-27 09:00' });
  });
  afterAll(async () => {
    await web.stop();
    await app.dispose();
    await google.stop();
  });

  it('connecting asks for offline access to events only, keeps the tokens sealed, and brings what is there', async () => {
    const { status, page } = await connect(anna);
    expect(status).toBe(200);
    expect(page).toContain('Google Calendar is connected to Jobscout.');
    const [connection] = await app.services.db.select().from(googleConnections);
    expect(connection!.personId).toBe(anna.person.id);
    expect(connection!.sealedTokens).not.toMatch(/rt-|at-/);
    await synced();
    const interview = eventWith('Interview: Data Engineer at Globex')!;
    expect(interview.start).toEqual({ dateTime: '2026-11-26T14:00:00+01:00', timeZone: 'Europe/Berlin' });
    expect(interview.end).toEqual({ dateTime: '2026-11-26T14:45:00+01:00', timeZone: 'Europe/Berlin' });
    expect(interview.location).toBe('https://meet.example.com/abc');
    expect(interview.description).toContain('With: Ada');
    expect(interview.reminders).toEqual({ useDefault: false, overrides: [1440, 60, 15].map((minutes) => ({ method: 'popup', minutes })) });
    expect(interview.extendedProperties).toEqual({ private: { jobscoutId: `interview-1@jobscout` } });
    const deadline = eventWith('Deadline to apply: Analyst at Initech')!;
    expect([deadline.start, deadline.end]).toEqual([{ date: '2026-12-04' }, { date: '2026-12-05' }]);
    expect(deadline.reminders.overrides).toEqual([{ method: 'popup', minutes: 2880 }, { method: 'popup', minutes: 0 }]);
    expect(google.live()).toHaveLength(2);
    expect(JSON.stringify([...google.events.values()])).not.toContain('Bobco');
    expect(textOf(await runText(anna, '/job calendar'))).toContain('Google Calendar: connected since');
    expect(textOf(await runText(bob, '/job calendar'))).toContain('Google Calendar: not connected.');
  });

  it('the same redirect again (a refresh) changes nothing and asks Google nothing', async () => {
    const before = tokenRequests();
    const { redirect } = await connect(anna);
    await synced();
    const again = await fetch(redirect);
    expect(await again.text()).toContain('This link has done its work already.');
    expect(tokenRequests()).toBe(before + 1);
    expect(google.live()).toHaveLength(2);
  });

  it('events follow their source: a reschedule moves, an edit updates, applying adds follow-ups and drops the deadline, a cancel deletes', async () => {
    const id = eventWith('Interview: Data Engineer at Globex')!.id;
    await runText(anna, '/job reschedule 1.1 2026-11-27 10:00 Europe/Berlin');
    await synced();
    expect(google.events.get(id)!.start).toEqual({ dateTime: '2026-11-27T10:00:00+01:00', timeZone: 'Europe/Berlin' });
    await submitForm(anna, 'interview-edit', '1.1', { kind: 'onsite', when: '2026-11-27 10:00 Europe/Berlin', duration: '90', interviewers: 'Ada, Grace', location: 'Globex HQ' });
    await synced();
    expect([google.events.get(id)!.location, google.events.get(id)!.end.dateTime]).toEqual(['Globex HQ', '2026-11-27T11:30:00+01:00']);
    await runText(anna, '/job move 2 applied');
    await synced();
    expect(eventWith('Deadline to apply: Analyst at Initech')).toBeUndefined();
    const followups = google.live().filter((event) => event.summary === 'Follow up: Analyst at Initech');
    expect(followups.map((event) => event.reminders.overrides.map((o: { minutes: number }) => o.minutes))).toEqual([[1440, 60], [1440, 60]]);
    await runText(anna, '/job cancel 1.1');
    await synced();
    expect(google.events.get(id)!.status).toBe('cancelled');
    expect((await app.services.db.select().from(googleEvents)).map((link) => link.entryUid)).not.toContain('interview-1@jobscout');
  });

  it('an access token about to expire is refreshed with the refresh token, and the new one is kept sealed', async () => {
    const [before] = await app.services.db.select().from(googleConnections);
    google.accessTokenSeconds = 60;
    try {
      // A fresh grant with a short-lived access token: the client refreshes it before calling.
      await connect(anna);
      await synced();
      const refreshes = () => google.requests.filter((request) => request.path === '/token' && request.body.grant_type === 'refresh_token').length;
      const seen = refreshes();
      await runText(anna, '/job add Tester at Hooli');
      await runText(anna, '/job deadline 3 2026-12-05');
      await synced();
      expect(refreshes()).toBeGreaterThan(seen);
      expect(eventWith('Deadline to apply: Tester at Hooli')!.start).toEqual({ date: '2026-12-05' });
      const [after] = await app.services.db.select().from(googleConnections);
      expect(after!.sealedTokens).not.toBe(before!.sealedTokens);
      expect(after!.sealedTokens).not.toMatch(/rt-|at-/);
    } finally {
      google.accessTokenSeconds = 3599;
    }
  });

  it('an insert whose answer was lost is found by its id on the next round, never made twice', async () => {
    google.dropNextInsertAnswer();
    await submitForm(anna, 'interview', '1', { kind: 'panel', when: '2026-11-30 16:00 Europe/Berlin' });
    await synced();
    expect(google.live().filter((event) => event.summary === 'Interview: Data Engineer at Globex')).toHaveLength(1);
    await app.googleSync.syncAll();
    const interviews = google.live().filter((event) => event.summary === 'Interview: Data Engineer at Globex');
    expect(interviews).toHaveLength(1);
    // Its link is recorded, so later changes update that one event.
    expect((await app.services.db.select().from(googleEvents)).map((link) => link.eventId)).toContain(interviews[0]!.id);
  });

  it('revoked access: one DM to reconnect, nothing lost meanwhile, and a reconnect catches up', async () => {
    google.revokeAll();
    await runText(anna, '/job add Designer at Umbrella');
    await runText(anna, '/job deadline 4 2026-12-10');
    await synced();
    await app.googleSync.syncAll();
    const dms = app.sent.filter((entry) => entry.personId === anna.person.id).map((entry) => textOf(entry.reply));
    expect(dms.filter((text) => text.includes('Google Calendar stopped accepting Jobscout'))).toHaveLength(1);
    expect(textOf(await runText(anna, '/job calendar'))).toContain('Google Calendar: needs reconnecting');
    expect(eventWith('Deadline to apply: Designer at Umbrella')).toBeUndefined();
    const { page } = await connect(anna);
    expect(page).toContain('Google Calendar is connected');
    await synced();
    expect(eventWith('Deadline to apply: Designer at Umbrella')!.start).toEqual({ date: '2026-12-10' });
    expect(google.live().filter((event) => event.summary === 'Interview: Data Engineer at Globex')).toHaveLength(1);
  });

  it('a consent link is single use, expires after ten minutes, and a made-up state connects no one', async () => {
    const reply = await runText(bob, '/job calendar connect');
    const redirect = google.consent(/http:\/\/127\.0\.0\.1:\d+\/o\/oauth2\/v2\/auth\?\S+/.exec(textOf(reply))![0]);
    app.clock.advance(11 * 60_000);
    const expired = await fetch(redirect);
    expect([expired.status, await expired.text()]).toEqual([400, 'This link has expired: links last ten minutes. Ask for a new one with /job calendar connect.\n']);
    const madeUp = await fetch(redirect.replace(/state=[^&]+/, 'state=made-up'));
    expect(madeUp.status).toBe(400);
    expect((await app.services.db.select().from(googleConnections)).map((row) => row.personId)).toEqual([anna.person.id]);
  });

  it('disconnect revokes the grant at Google and forgets it', async () => {
    expect(textOf(await runText(anna, '/job calendar disconnect'))).toContain('Google Calendar disconnected');
    expect(google.requests.filter((request) => request.path === '/revoke')).toHaveLength(1);
    expect(await app.services.db.select().from(googleConnections)).toEqual([]);
    expect(await app.services.db.select().from(googleEvents)).toEqual([]);
    expect(textOf(await runText(anna, '/job calendar disconnect'))).toContain('Google Calendar is not connected.');
  });
});

describe('Google Calendar not set up', () => {
  it('says what is missing, and points to the feed', async () => {
    const app = await createTestApp();
    try {
      const me = await app.as('carol');
      const reply = await runText(me, '/job calendar connect');
      expect(reply.kind === 'message' && reply.ephemeral).toBe(true);
      expect(textOf(reply)).toContain("Google Calendar isn't set up on this Jobscout");
    } finally {
      await app.dispose();
    }
  });
});
