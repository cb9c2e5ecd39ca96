import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../../src/bots/commands/dispatch.js';
import { sendDailyDigests } from '../../../src/jobs/dailyDigest.js';
import { sendFollowupPrompts } from '../../../src/jobs/followupPrompts.js';
import { people } from '../../../src/models/people.js';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';

let slack: SlackHarness;

beforeEach(async () => {
  // Tuesday 24 November 2026, 10:00 UTC: 02:00 in Los Angeles.
  slack = await startSlackHarness({ now: '2026-11-24T10:00:00Z' });
  slack.fake.userZones.set('U1', 'America/Los_Angeles');
});
afterEach(async () => {
  await slack.dispose();
});

async function personU1() {
  const [row] = await slack.app.services.db.select().from(people).where(eq(people.platformUserId, 'U1'));
  return row!;
}

describe('the digest and follow-ups over Slack', () => {
  it("learns the person's zone from their Slack profile and says when the digest comes in it", async () => {
    await slack.command('digest');
    const [answer] = await slack.fake.waitFor('response_url');
    expect(slack.fake.callsTo('users.info').map((call) => call.args.user)).toEqual(['U1']);
    expect((await personU1()).timezone).toBe('America/Los_Angeles');
    expect(answer!.args.text).toBe('Your digest comes every day at 09:00 America/Los_Angeles, with up to 5 new jobs and today\'s tasks; nothing comes on a day with nothing to say.');
    // Asked once a day, not on every command.
    await slack.command('list');
    await slack.fake.waitFor('response_url', 2);
    expect(slack.fake.callsTo('users.info')).toHaveLength(1);
  });

  it('sends the digest as a DM at 09:00 in the Slack zone, and a follow-up prompt whose buttons answer in place', async () => {
    await slack.command('add Data Engineer at Globex');
    await slack.fake.waitFor('response_url');
    const me = await slack.app.as('U1', 'slack');
    await runText(me, '/job move 1 applied');
    const round = () => sendDailyDigests(slack.app.services, slack.app.notifier);

    // A week later, 08:55 in Los Angeles: not yet.
    slack.app.clock.set('2026-12-01T16:55:00Z');
    expect((await round()).sent).toBe(0);
    slack.app.clock.set('2026-12-01T17:00:00Z');
    expect(await round()).toEqual({ due: 1, sent: 1, empty: 0 });
    const [dm] = await slack.fake.waitFor('chat.postMessage');
    expect(dm!.args.channel).toBe('U1');
    expect(dm!.args.text).toBe('Your Jobscout digest for Tue 1 Dec');
    expect(JSON.stringify(dm!.args.blocks)).toContain('Follow up: #1 · Data Engineer at Globex, applied 7 days ago');

    // The follow-up prompt itself, with its four answers.
    expect(await sendFollowupPrompts(slack.app.services, slack.app.notifier)).toEqual({ due: 1, sent: 1 });
    const [, prompt] = await slack.fake.waitFor('chat.postMessage', 2);
    const buttons = (prompt!.args.blocks as { type: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[]).find((block) => block.type === 'actions')!.elements!;
    expect(buttons.map((button) => button.text.text)).toEqual(['Draft it', 'Mark followed up', 'Snooze 3 days', 'They replied', 'Stop reminding']);

    const replied = buttons.find((button) => button.text.text === 'They replied')!;
    await slack.click({ action_id: replied.action_id, value: replied.value }, { container: { type: 'message', message_ts: String(prompt!.at), channel_id: 'DU1', is_ephemeral: false } });
    // The prompt in the DM becomes the answer, so its buttons can't be pressed again.
    const [update] = await slack.fake.waitFor('chat.update');
    expect(update!.args).toMatchObject({ channel: 'DU1', ts: String(prompt!.at) });
    expect(update!.args.text).toMatch(/^Great news\. Their reply is on the timeline of #1 · Data Engineer at Globex/);
    const timeline = await runText(me, '/job timeline 1');
    expect(JSON.stringify(timeline)).toContain('They replied');

    // Nothing more about it a week later, and the digest for that day has nothing to say.
    slack.app.clock.set('2026-12-08T17:00:00Z');
    expect((await sendFollowupPrompts(slack.app.services, slack.app.notifier)).sent).toBe(0);
    expect(await round()).toEqual({ due: 1, sent: 0, empty: 1 });
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('a zone chosen in /job prefs wins over the Slack profile', async () => {
    await slack.command('list');
    await slack.fake.waitFor('response_url');
    const me = await slack.app.as('U1', 'slack');
    const saved = await submitForm(me, 'prefs', '', { digest: '07:30 Europe/Lisbon', size: '3' });
    expect(saved.ok).toBe(true);
    const answer = await runText({ ...me, person: await personU1() }, '/job digest');
    expect(JSON.stringify(answer)).toContain('Your digest comes every day at 07:30 Europe/Lisbon, with up to 3 new jobs');
    // The choice holds for every time the person types, through Slack's daily re-check too.
    expect(await personU1()).toMatchObject({ timezone: 'Europe/Lisbon', platformTimezone: 'America/Los_Angeles' });
    // Taking the zone back (a time alone) returns to the Slack profile's at once.
    await submitForm({ ...me, person: await personU1() }, 'prefs', '', { digest: '07:30', size: '3' });
    expect((await personU1()).timezone).toBe('America/Los_Angeles');
  });
});
