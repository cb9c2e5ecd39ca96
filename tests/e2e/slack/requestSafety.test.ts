import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listApplications } from '../../../src/domain/ats/applications.js';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';
import { snapshotTables as snapshot } from '../../support/snapshot.js';

let slack: SlackHarness;
beforeEach(async () => {
  slack = await startSlackHarness();
});
afterEach(async () => {
  await slack.dispose();
});

const addBody = (triggerId: string) =>
  new URLSearchParams({ team_id: 'T1', user_id: 'U1', user_name: 'u1', command: '/job', text: 'add SRE at Initech', response_url: 'http://127.0.0.1:1/none', trigger_id: triggerId, channel_id: 'C1' }).toString();

describe('request verification', () => {
  it('refuses an unsigned request with 401 and changes nothing', async () => {
    const before = await snapshot(slack.app.database.db);
    const response = await slack.post('form', addBody('t-unsigned'), { signed: false });
    expect(response.status).toBe(401);
    await slack.settled();
    expect(await snapshot(slack.app.database.db)).toEqual(before);
    expect(slack.fake.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
  });

  it('refuses a correctly signed request older than five minutes', async () => {
    const before = await snapshot(slack.app.database.db);
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await slack.post('form', addBody('t-old'), { timestamp: sixMinutesAgo });
    expect(response.status).toBe(401);
    await slack.settled();
    expect(await snapshot(slack.app.database.db)).toEqual(before);
  });

  it.each([
    ['six minutes', 6 * 60],
    ['a day', 24 * 60 * 60],
  ])('refuses a correctly signed request dated %s in the future', async (_label, ahead) => {
    const before = await snapshot(slack.app.database.db);
    const response = await slack.post('form', addBody(`t-ahead-${ahead}`), { timestamp: Math.floor(Date.now() / 1000) + ahead });
    expect(response.status).toBe(401);
    await slack.settled();
    expect(await snapshot(slack.app.database.db)).toEqual(before);
  });

  it('accepts a request whose clock runs a little ahead of ours', async () => {
    const response = await slack.post('form', addBody('t-slightly-ahead'), { timestamp: Math.floor(Date.now() / 1000) + 60 });
    expect(response.status).toBe(200);
    await slack.settled();
    const person = await slack.app.as('U1', 'slack');
    expect((await listApplications(slack.app.database.db, person.person.id)).map((view) => view.job.title)).toEqual(['SRE']);
  });

  it('refuses a signature made with another secret', async () => {
    const body = addBody('t-forged');
    const response = await fetch(`http://127.0.0.1:${slack.slack.port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': 'v0=' + 'ab'.repeat(32) },
      body,
    });
    expect(response.status).toBe(401);
  });
});

describe('retried deliveries', () => {
  it('the same slash command delivered three times with retry headers saves one job and answers once', async () => {
    const first = await slack.command('add Platform Engineer at Globex', { triggerId: 'trigger-retried' });
    await slack.fake.waitFor('response_url');
    const second = await slack.command('add Platform Engineer at Globex', { triggerId: 'trigger-retried', retryNum: 1 });
    const third = await slack.command('add Platform Engineer at Globex', { triggerId: 'trigger-retried', retryNum: 2 });
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    await slack.settled();

    const ctx = await slack.app.as('U1', 'slack');
    const rows = await listApplications(slack.app.services.db, ctx.person.id);
    expect(rows.map((row) => `${row.job.title} at ${row.job.company}`)).toEqual(['Platform Engineer at Globex']);
    expect(slack.fake.callsTo('response_url')).toHaveLength(1);
  });

  it('a different trigger is a different request, even with the same text', async () => {
    await slack.command('add Platform Engineer at Globex');
    await slack.command('add Platform Engineer at Globex');
    await slack.fake.waitFor('response_url', 2);
    const ctx = await slack.app.as('U1', 'slack');
    expect(await listApplications(slack.app.services.db, ctx.person.id)).toHaveLength(2);
  });
});

describe('mrkdwn escaping', () => {
  it('user text cannot mention, link or ping a channel', async () => {
    // As Slack sends it: &, < and > in command text arrive escaped.
    await slack.command('add &lt;!channel&gt; Engineer &lt;@U999&gt; &amp; &lt;https://evil.example|click me&gt; at Acme &lt;!here&gt;');
    const [answer] = await slack.fake.waitFor('response_url');
    // Everything Slack parses as mrkdwn (the notification text and mrkdwn objects) is escaped.
    const parsed = [answer!.args.text as string, ...mrkdwnTexts(answer!.args.blocks)];
    expect(parsed.join('\n')).not.toMatch(/<!channel>|<!here>|<@U999>|<https:\/\/evil/);
    expect(answer!.args.text).toBe('Saved #1.');
    const blocks = answer!.args.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[1]!.text!.text).toBe('#1 · <!channel> Engineer <@U999> & <https://evil.example|click me> at Acme <!here>');
    expect(blocks[1]!.type).toBe('header');
    // The header is plain text (shown literally); everything in mrkdwn is escaped.
    const list = await slack.command('list');
    expect(list.status).toBe(200);
    const [, listed] = await slack.fake.waitFor('response_url', 2);
    const section = (listed!.args.blocks as { type: string; text?: { type: string; text: string } }[]).find((block) => block.text?.type === 'mrkdwn')!;
    expect(section.text!.text).toBe('• #1 · &lt;!channel&gt; Engineer &lt;@U999&gt; &amp; &lt;https://evil.example|click me&gt; at Acme &lt;!here&gt; — Saved');
    // Stored as the person typed it, not as Slack's escaped form.
    const ctx = await slack.app.as('U1', 'slack');
    const [row] = await listApplications(slack.app.services.db, ctx.person.id);
    expect(row!.job.title).toBe('<!channel> Engineer <@U999> & <https://evil.example|click me>');
  });
});

/** The text of every mrkdwn text object in a Block Kit tree. */
function mrkdwnTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(mrkdwnTexts);
  if (!node || typeof node !== 'object') return [];
  const object = node as Record<string, unknown>;
  const own = object.type === 'mrkdwn' && typeof object.text === 'string' ? [object.text] : [];
  return [...own, ...Object.values(object).flatMap(mrkdwnTexts)];
}

describe('when Slack refuses a call', () => {
  it('a modal whose trigger expired is answered with what to do instead', async () => {
    slack.fake.failNext('views.open', 'expired_trigger_id');
    await slack.command('add');
    const [answer] = await slack.fake.waitFor('response_url');
    expect(answer!.args).toMatchObject({ response_type: 'ephemeral', text: 'That took too long to open the form. Use /job add to enter the job, or try again.' });
  });

  it('the person gets an apology with an error id instead of silence', async () => {
    slack.fake.failNext('views.open', 'invalid_arguments');
    await slack.command('add');
    const [answer] = await slack.fake.waitFor('response_url');
    expect(answer!.args).toMatchObject({ response_type: 'ephemeral' });
    expect(answer!.args.text).toMatch(/^Sorry, something went wrong on our side\. If it keeps happening, mention error id [0-9a-f]{8}\.$/);
  });
});

describe('bad input', () => {
  it('answers a typo with a short ephemeral suggestion and saves nothing', async () => {
    const before = await snapshot(slack.app.database.db);
    await slack.command('lsit');
    const [answer] = await slack.fake.waitFor('response_url');
    expect(answer!.args).toMatchObject({ response_type: 'ephemeral', text: 'There is no /job lsit. Did you mean /job list?' });
    const after = await snapshot(slack.app.database.db);
    // Only the person's first-contact row and the record that this delivery was answered may appear.
    expect({ ...after, people: [] }).toEqual({ ...before, people: [] });
  });
});
