import ICAL from 'ical.js';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { calendarFeeds } from '../../src/models/calendarFeeds.js';
import { startWebServer, type WebServer } from '../../src/web/webServer.js';
import { webRoutes } from '../../src/web/webRoutes.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const FEED_URL = /http:\/\/localhost:\d+\/calendar\/[A-Za-z0-9_-]+\.ics/;

describe('a private calendar feed any calendar app can subscribe to', () => {
  let app: TestApp;
  let anna: CommandContext;
  let bob: CommandContext;
  let web: WebServer | null = null;
  let feedUrl = '';
  const serverZone = process.env.TZ;

  beforeAll(async () => {
    // The server's own clock zone must not leak into the file.
    process.env.TZ = 'Asia/Tokyo';
    app = await createTestApp({ now: '2026-11-24T10:00:00Z', env: { JOBSCOUT_TIMEZONE: 'America/New_York' } });
    anna = await app.as('anna');
    bob = await app.as('bob');
    await runText(anna, '/job add Data Engineer at Globex');
    await submitForm(anna, 'interview', '1', { kind: 'video', when: '2026-11-26 14:00 Europe/Berlin', duration: '45', interviewers: 'Ada', location: 'https://meet.example.com/abc' });
    await runText(anna, '/job add Analyst at Initech');
    await runText(anna, '/job deadline 2 2026-12-04');
    await runText(anna, '/job add Engineer at Stark');
    await submitForm(anna, 'offer', '3', { base: '100000 USD', deadline: '2026-12-10' });
    await runText(bob, '/job add Secret Role at Bobco');
    await submitForm(bob, 'interview', '1', { kind: 'phone', when: '2026-11-27 09:00' });
  });
  afterAll(async () => {
    process.env.TZ = serverZone;
    await web?.stop();
    await app.dispose();
  });

  it('without a web server, says what the person running Jobscout must set, and stores nothing', async () => {
    const reply = await runText(anna, '/job calendar feed');
    expect(reply.kind === 'message' && reply.ephemeral).toBe(true);
    expect(textOf(reply)).toContain("The calendar feed needs Jobscout's web server, which is off here.");
    expect(await app.services.db.select().from(calendarFeeds)).toEqual([]);
  });

  it('gives a private address whose file has the interview in its own zone, and the deadlines as dates with reminders', async () => {
    web = await startWebServer(webRoutes(app.services), 0, pino({ level: 'silent' }));
    app.services.web.serving(web.port);
    const reply = await runText(anna, '/job calendar feed');
    expect(reply.kind === 'message' && reply.ephemeral).toBe(true);
    feedUrl = FEED_URL.exec(textOf(reply))![0];
    const response = await fetch(feedUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await response.text();
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20261126T140000');
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20261126T144500');
    expect(ics).toContain('SUMMARY:Interview: Data Engineer at Globex');
    expect(ics).toContain('DTSTAMP:20261124T100000Z');
    // The deadline to apply and the offer's, on the person's (New York) calendar dates.
    expect(ics).toContain('SUMMARY:Deadline to apply: Analyst at Initech\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261204');
    expect(ics).toContain('SUMMARY:Offer deadline: Engineer at Stark');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261210');
    expect(ics).toContain('TRIGGER;RELATED=END:-PT3H');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).not.toContain('Bobco');
  });

  it('follows the person’s records: a cancelled interview and a deadline applied to leave it, follow-ups come', async () => {
    await runText(anna, '/job cancel 1.1');
    await runText(anna, '/job move 2 applied');
    const ics = await (await fetch(feedUrl)).text();
    expect(ics.match(/SUMMARY:[^\r]*/g)).toEqual(['SUMMARY:Follow up: Analyst at Initech', 'SUMMARY:Follow up: Analyst at Initech', 'SUMMARY:Offer deadline: Engineer at Stark']);
    // Seven days after applying, at the hour of applying, in the person's zone.
    expect(ics).toContain('DTSTART;TZID=America/New_York:20261201T050000');
    expect(textOf(await runText(anna, '/job calendar'))).toMatch(/Calendar feed: on since .*, last read by a calendar Tue 24 Nov 2026, 05:00 America\/New_York\./);
  });

  it('each person’s address shows only their own; an unknown one shows nothing', async () => {
    const bobs = FEED_URL.exec(textOf(await runText(bob, '/job calendar feed')))![0];
    expect(bobs).not.toBe(feedUrl);
    const ics = await (await fetch(bobs)).text();
    expect(ics).toContain('Secret Role at Bobco');
    expect(ics).not.toContain('Globex');
    for (const wrong of [feedUrl.replace(/[A-Za-z0-9_-]{8}\.ics$/, 'AAAAAAAA.ics'), feedUrl.replace('.ics', ''), `${new URL(feedUrl).origin}/calendar/..%2F.ics`]) {
      const response = await fetch(wrong);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('BEGIN:VCALENDAR');
    }
  });

  it('asking again does not show the address; renew retires it; off turns the feed off', async () => {
    expect(textOf(await runText(anna, '/job calendar feed'))).toContain('Its address was shown once');
    const renewed = FEED_URL.exec(textOf(await runText(anna, '/job calendar feed renew')))![0];
    expect(renewed).not.toBe(feedUrl);
    expect((await fetch(feedUrl)).status).toBe(404);
    expect((await fetch(renewed)).status).toBe(200);
    expect(textOf(await runText(anna, '/job calendar feed off'))).toContain('Calendar feed off');
    expect((await fetch(renewed)).status).toBe(404);
    expect(textOf(await runText(anna, '/job calendar feed sideways'))).toContain('<action> must be renew or off.');
  });
});

describe('the feed read back by an independent parser (Mozilla ical.js)', () => {
  it('places interviews across the spring clock changes of Los Angeles and Berlin at the right instants, with their alarms', async () => {
    const app = await createTestApp({ now: '2027-03-01T10:00:00Z', env: { JOBSCOUT_TIMEZONE: 'America/Los_Angeles' } });
    const web = await startWebServer(webRoutes(app.services), 0, pino({ level: 'silent' }));
    try {
      app.services.web.serving(web.port);
      const me = await app.as('dana');
      await runText(me, '/job add Engineer at Pacific Co');
      // Los Angeles moves its clocks on 14 March 2027, Berlin on 28 March.
      for (const when of ['2027-03-12 10:00 America/Los_Angeles', '2027-03-15 10:00 America/Los_Angeles', '2027-03-26 09:00 Europe/Berlin', '2027-03-29 09:00 Europe/Berlin']) {
        expect((await submitForm(me, 'interview', '1', { kind: 'video', when, duration: '30' })).ok).toBe(true);
      }
      await runText(me, '/job add Analyst at Atlantic Co');
      await runText(me, '/job deadline 2 2027-03-14');
      const url = FEED_URL.exec(textOf(await runText(me, '/job calendar feed')))![0];
      const calendar = new ICAL.Component(ICAL.parse(await (await fetch(url)).text()));
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      const interviews = events.filter((event) => event.summary.startsWith('Interview'));
      expect(interviews.map((event) => [event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()])).toEqual([
        ['2027-03-12T18:00:00.000Z', '2027-03-12T18:30:00.000Z'],
        ['2027-03-15T17:00:00.000Z', '2027-03-15T17:30:00.000Z'],
        ['2027-03-26T08:00:00.000Z', '2027-03-26T08:30:00.000Z'],
        ['2027-03-29T07:00:00.000Z', '2027-03-29T07:30:00.000Z'],
      ]);
      expect(interviews.map((event) => event.startDate.zone.tzid)).toEqual(['America/Los_Angeles', 'America/Los_Angeles', 'Europe/Berlin', 'Europe/Berlin']);
      const triggers = (event: ICAL.Event) => event.component.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger')));
      expect(triggers(interviews[0]!)).toEqual(['-P1D', '-PT1H', '-PT15M']);
      const deadline = events.find((event) => event.summary === 'Deadline to apply: Analyst at Atlantic Co')!;
      expect([deadline.startDate.isDate, deadline.startDate.toString()]).toEqual([true, '2027-03-14']);
      expect(deadline.component.getAllSubcomponents('valarm').map((alarm) => alarm.getFirstProperty('trigger')!.getParameter('related'))).toEqual(['END', 'END', 'END']);
    } finally {
      await web.stop();
      await app.dispose();
    }
  });
});
