import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendWeeklyReports } from '../../../src/jobs/weeklyReport.js';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let slack: SlackHarness;
beforeEach(async () => {
  slack = await startSlackHarness();
});
afterEach(async () => {
  await slack.dispose();
});

describe('/job stats charts on Slack', () => {
  it("uploads the three charts with files.uploadV2 into the person's DM, never the channel, and says so in the reply", async () => {
    for (const line of ['add SRE at Umbrella', 'move 1 applied', 'move 1 screening']) {
      await slack.command(line);
      await slack.settled();
    }
    const sent = await slack.command('stats charts all');
    const [complete] = await slack.fake.waitFor('files.completeUploadExternal');
    await slack.settled();
    // Step one asked for an upload URL per file, with its length and alt text; step two posted the bytes.
    const begun = slack.fake.callsTo('files.getUploadURLExternal').map((call) => call.args.filename);
    expect(begun).toEqual(['funnel.png', 'flow.png', 'weekly.png']);
    const shared = slack.fake.sharedFiles();
    expect(shared.map((file) => [file.filename, file.channel, file.title])).toEqual([
      ['funnel.png', 'DU1', 'Funnel, all time'],
      ['flow.png', 'DU1', 'How your applications moved, all time'],
      ['weekly.png', 'DU1', 'Week by week, all time'],
    ]);
    for (const file of shared) {
      expect(file.bytes!.subarray(0, 8)).toEqual(PNG);
      expect(file.bytes!.length).toBe(file.length);
    }
    expect(shared[0]!.altText).toBe('Applied 1 → Answered 1 (100%) → Interviewed 0 (0%) → Offer 0 → Accepted 0');
    // One completion shares all three in one message.
    expect(complete!.args.channel_id).toBe('DU1');
    const reply = slack.fake.callsTo('response_url').find((call) => call.args.url === new URL(sent.responseUrl).pathname)!;
    expect(JSON.stringify(reply.args.blocks)).toContain('The files are in your DM with Jobscout.');
    expect(reply.args.response_type).toBe('ephemeral');
  });

  it('says a workspace admin must reinstall when the installation predates files:write, and still gives the text', async () => {
    for (const line of ['add SRE at Umbrella', 'move 1 applied']) {
      await slack.command(line);
      await slack.settled();
    }
    slack.fake.failNext('files.getUploadURLExternal', 'missing_scope');
    const sent = await slack.command('stats charts all');
    await slack.settled();
    const reply = slack.fake.callsTo('response_url').find((call) => call.args.url === new URL(sent.responseUrl).pathname)!;
    const text = JSON.stringify(reply.args.blocks);
    expect(text).toContain('a workspace admin needs to reinstall it');
    expect(text).toContain('Applied 1 → Answered 0 (0%)');
    expect(text).not.toContain('in your DM with Jobscout');
    expect(slack.fake.sharedFiles()).toEqual([]);
  });

  it('draws the charts from the Show charts button under /job stats', async () => {
    for (const line of ['add SRE at Umbrella', 'move 1 applied']) {
      await slack.command(line);
      await slack.settled();
    }
    await slack.command('stats all');
    await slack.settled();
    const summary = slack.fake.callsTo('response_url').at(-1)!;
    const actions = (summary.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((block) => block.type === 'actions')!;
    await slack.click(actions.elements![0]!);
    await slack.fake.waitFor('files.completeUploadExternal');
    expect(slack.fake.sharedFiles()).toHaveLength(3);
  });
});

describe('the weekly report on Slack', () => {
  it('is one DM with the numbers, followed by the funnel chart shared in the same DM', async () => {
    await slack.dispose();
    slack = await startSlackHarness({ now: '2026-11-17T10:00:00Z' });
    for (const line of ['prefs weekly on', 'add SRE at Umbrella', 'move 1 applied']) {
      await slack.command(line);
      await slack.settled();
    }
    slack.app.clock.set('2026-11-23T09:05:00Z'); // Monday, the default 09:00 digest time in UTC
    const round = await sendWeeklyReports(slack.app.services, slack.app.notifier);
    expect(round.sent).toBe(1);
    const [post] = slack.fake.callsTo('chat.postMessage');
    expect(post!.args.channel).toBe('U1');
    expect(JSON.stringify(post!.args.blocks)).toContain('Last week: 1 application sent, 0 answers, 0 first interviews.');
    expect(slack.fake.sharedFiles().map((file) => [file.filename, file.channel])).toEqual([['funnel.png', 'DU1']]);
    // The next round in the same week sends nothing.
    slack.app.clock.set('2026-11-23T09:10:00Z');
    expect((await sendWeeklyReports(slack.app.services, slack.app.notifier)).sent).toBe(0);
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
