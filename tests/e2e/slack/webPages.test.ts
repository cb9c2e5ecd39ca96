import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';

let slack: SlackHarness;
beforeEach(async () => {
  slack = await startSlackHarness({ now: '2026-11-24T10:00:00Z' });
});
afterEach(async () => {
  await slack.dispose();
});

describe("Jobscout's own pages on Slack's HTTP port", () => {
  it('/job calendar feed answers privately with an address on that port, which serves the calendar', async () => {
    await slack.command('add Data Engineer at Globex');
    await slack.fake.waitFor('response_url');
    const sent = await slack.command('calendar feed');
    expect(sent.status).toBe(200);
    const answers = await slack.fake.waitFor('response_url', 2);
    const answer = answers.at(-1)!.args as { response_type: string; text: string };
    expect(answer.response_type).toBe('ephemeral');
    const address = new RegExp(`http://localhost:${slack.slack.port}/calendar/[A-Za-z0-9_-]+\\.ics`).exec(answer.text)![0];
    const response = await fetch(address.replace('localhost', '127.0.0.1'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await response.text()).toContain('BEGIN:VCALENDAR');
    // Unsigned, and not Slack's: Bolt's request verification is for /slack/events only.
    const unknown = await fetch(`http://127.0.0.1:${slack.slack.port}/calendar/AAAAAAAAAAAAAAAAAAAA.ics`);
    expect(unknown.status).toBe(404);
  });
});
