import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';

let slack: SlackHarness;
beforeEach(async () => {
  slack = await startSlackHarness();
});
afterEach(async () => {
  await slack.dispose();
});

const LINKEDIN = ['Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers', '"11/20/24, 8:15 AM",,,Initech,Platform Engineer,https://www.linkedin.com/jobs/view/4001,cv.pdf,'].join('\n');

const fileShare = (file: Record<string, unknown>) => ({ type: 'message', subtype: 'file_share', channel: 'DU1', channel_type: 'im', user: 'U1', text: '', ts: '1700000001.000100', files: [file] });

describe('a CSV shared in the DM with Jobscout on Slack', () => {
  it('is read with the bot token and previewed in the DM; Import stores it; a redelivered event does nothing more', async () => {
    const shared = fileShare(slack.fake.shareFile('Job Applications.csv', LINKEDIN));
    expect((await slack.event(shared, { eventId: 'EvSHARED1' })).status).toBe(200);
    const [preview] = await slack.fake.waitFor('chat.postMessage');
    await slack.settled();
    expect(slack.fake.fileFetches).toEqual(['xoxb-test']);
    expect(preview!.args.channel).toBe('U1');
    const blocks = preview!.args.blocks as { type: string; text?: { text: string }; elements?: { action_id: string; value: string }[] }[];
    expect(JSON.stringify(blocks)).toContain('1 new, 0 already tracked, 0 bad rows (read as LinkedIn applications)');

    // Slack retries an event it thinks went unanswered: the same event id does nothing twice.
    await slack.event(shared, { eventId: 'EvSHARED1', retryNum: 1 });
    await slack.settled();
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1);

    const button = blocks.find((block) => block.type === 'actions')!.elements![0]!;
    await slack.click(button, { container: { type: 'message', message_ts: '1700000002.000100', channel_id: 'DU1', is_ephemeral: false }, responseUrl: null });
    await slack.fake.waitFor('chat.update');
    await slack.settled();
    expect(JSON.stringify(slack.fake.callsTo('chat.update')[0]!.args.blocks)).toContain('Imported 1 application.');
  });

  it('answers a file that is not a CSV with what to share instead', async () => {
    await slack.event(fileShare({ id: 'F9', name: 'photo.png', filetype: 'png', size: 10, url_private_download: `${slack.fake.url}/files-pri/T1-F9/download/photo.png` }));
    const [answer] = await slack.fake.waitFor('chat.postMessage');
    expect(JSON.stringify(answer!.args.blocks)).toContain('Share a .csv file');
    expect(slack.fake.fileFetches).toEqual([]);
  });
});
