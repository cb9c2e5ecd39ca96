import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';

let slack: SlackHarness;
beforeEach(async () => {
  slack = await startSlackHarness();
});
afterEach(async () => {
  await slack.dispose();
});

describe('user text on Slack', () => {
  it('a job title full of markdown and mentions shows literally in the card header and in lists', async () => {
    // Slack escapes &, < and > in what people type before it sends the command.
    await slack.command('add **bold** @everyone &lt;@&amp;1&gt; [x](http://e) at Acme');
    const [added] = await slack.fake.waitFor('response_url');
    const blocks = added!.args.blocks as { type: string; text?: { type: string; text: string } }[];
    // A header is plain text: Slack shows it exactly as stored.
    expect(blocks.find((block) => block.type === 'header')!.text).toEqual({ type: 'plain_text', text: '#1 · **bold** @everyone <@&1> [x](http://e) at Acme', emoji: true });

    await slack.command('list');
    const [, listed] = await slack.fake.waitFor('response_url', 2);
    // In mrkdwn, <, > and & are what could mention or link; escaped, the role mention is text.
    expect(JSON.stringify(listed!.args.blocks)).toContain('#1 · **bold** @everyone &lt;@&amp;1&gt; [x](http://e) at Acme');
    expect(listed!.args).not.toHaveProperty('link_names');
  });
});
