import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getApplication, listApplications } from '../../../src/domain/ats/applications.js';
import { interviews } from '../../../src/models/interviews.js';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';
import { snapshotTables } from '../../support/snapshot.js';
import { FakeWeb } from '../../fakes/webPages.js';
import { pastedRealPosting } from '../../support/realWorldPostings.js';

let slack: SlackHarness;
beforeEach(async () => {
  slack = await startSlackHarness({ now: '2026-11-24T10:00:00Z' });
  await slack.command('add Backend Engineer at Acme');
  await slack.fake.waitFor('response_url');
});
afterEach(async () => {
  await slack.dispose();
});

type Blocks = { type: string; text?: { text: string }; elements?: { action_id: string; value?: string; text?: { text: string } }[]; fields?: { text: string }[] }[];

const buttonsOf = (blocks: unknown) => (blocks as Blocks).flatMap((block) => block.elements ?? []).filter((element) => element.action_id);
const stateOf = async (user = 'U1', seq = 1) => {
  const ctx = await slack.app.as(user, 'slack');
  return (await getApplication(slack.app.services.db, ctx.person.id, seq)).application.state;
};

describe('buttons on a card', () => {
  it('a move button on an ephemeral card replaces that card through its response_url', async () => {
    const [card] = slack.fake.callsTo('response_url');
    const applied = buttonsOf(card!.args.blocks).find((button) => button.value === '1:applied')!;
    const responseUrl = slack.fake.responseUrl('card-1');
    const clicked = await slack.click(applied, { responseUrl });
    expect(clicked.status).toBe(200);
    const [, update] = await slack.fake.waitFor('response_url', 2);
    expect(update!.args).toMatchObject({ url: '/response/card-1', replace_original: true, response_type: 'ephemeral', text: 'Moved #1 to applied.' });
    const fields = (update!.args.blocks as Blocks).find((block) => block.fields)!.fields!;
    expect(fields[0]!.text).toBe('*State*\nApplied');
    expect(await stateOf()).toBe('applied');
  });

  it('a move button on a DM card edits that message with chat.update', async () => {
    await slack.click({ action_id: 'app.move#0', value: '1:applied' }, { container: { type: 'message', channel_id: 'D1', message_ts: '1700000000.000200', is_ephemeral: false } });
    const [update] = await slack.fake.waitFor('chat.update');
    expect(update!.args).toMatchObject({ channel: 'D1', ts: '1700000000.000200', text: 'Moved #1 to applied.' });
    expect(update!.token).toBe('xoxb-test');
    expect(await stateOf()).toBe('applied');
  });

  it('picking a state in the "Move to…" menu moves it and updates the card', async () => {
    await slack.click({ action_id: 'app.move#3', selected: '1:archived' }, { responseUrl: slack.fake.responseUrl('card-menu') });
    const [, update] = await slack.fake.waitFor('response_url', 2);
    expect(update!.args).toMatchObject({ url: '/response/card-menu', replace_original: true, text: 'Moved #1 to archived.' });
    expect(await stateOf()).toBe('archived');
  });

  it('a refused move changes nothing and says which moves are allowed, without touching the card', async () => {
    await slack.click({ action_id: 'app.move#0', value: '1:accepted' });
    const [, answer] = await slack.fake.waitFor('response_url', 2);
    expect(answer!.args).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
    expect(answer!.args.text).toMatch(/^Can't move from saved to accepted\. From saved it can move to: /);
    expect(await stateOf()).toBe('saved');
  });
});

describe('modals', () => {
  it('Log interview opens a modal; bad fields come back inline and nothing is saved; a good submit saves and answers', async () => {
    await slack.click({ action_id: 'app.interview#4', value: '1' });
    const [opened] = await slack.fake.waitFor('views.open');
    const view = opened!.args.view as Record<string, unknown> & { blocks: { block_id: string; type: string }[] };
    expect(opened!.args.trigger_id).toMatch(/^trigger-/);
    expect(view).toMatchObject({ type: 'modal', callback_id: 'form:interview', title: { type: 'plain_text', text: 'Interview · #1 Acme' }, submit: { text: 'Log interview' } });
    expect(view.blocks.map((block) => block.block_id)).toEqual(['kind', 'when', 'duration', 'interviewers', 'location']);

    const before = await snapshotTables(slack.app.database.db);
    const refused = await slack.submit(view, { kind: 'video', when: 'someday', duration: 'an hour' });
    expect(refused.status).toBe(200);
    expect(JSON.parse(refused.body)).toEqual({
      response_action: 'errors',
      errors: {
        when: 'When: "someday" is not a date and time. Try "tomorrow 14:00", "2026-12-01 09:30" or "next tuesday 3pm Europe/Berlin".',
        duration: 'Duration must be whole minutes between 5 and 480, e.g. 45.',
      },
    });
    const after = await snapshotTables(slack.app.database.db);
    expect(after).toEqual(before);

    const accepted = await slack.submit(view, { kind: 'onsite', when: '2026-11-26 14:00', duration: '45', interviewers: 'Ada' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toBe('');
    const [, answer] = await slack.fake.waitFor('response_url', 2);
    expect(answer!.args.text).toBe('#1 · Backend Engineer at Acme');
    expect(JSON.stringify(answer!.args.blocks)).toContain('Logged interview 1.1: onsite, Thu 26 Nov 2026, 14:00 UTC (in 2 days), 45 min.');
    const rows = await slack.app.services.db.select().from(interviews);
    expect(rows.map((row) => [row.kind, row.startsAt.toISOString(), row.durationMinutes, row.interviewers])).toEqual([['onsite', '2026-11-26T14:00:00.000Z', 45, 'Ada']]);
    expect(await stateOf()).toBe('interviewing');
  });

  it('/job add with nothing opens the add modal, whose answer goes back to the channel it came from', async () => {
    const sent = await slack.command('add');
    const [opened] = await slack.fake.waitFor('views.open');
    const view = opened!.args.view as Record<string, unknown>;
    expect(view).toMatchObject({ callback_id: 'form:add', title: { text: 'Add a job' } });
    expect(JSON.parse(view.private_metadata as string)).toEqual({ c: '', r: sent.responseUrl, ch: 'C1' });

    const refused = await slack.submit(view, { title: 'Data Engineer', company: '', url: 'ftp://x' });
    expect(JSON.parse(refused.body)).toEqual({
      response_action: 'errors',
      errors: { company: 'Company is required.', url: 'Link must be an http(s) address, e.g. https://acme.com/jobs/1.' },
    });
    await slack.submit(view, { title: 'Data Engineer', company: 'Hooli', url: 'https://hooli.example/jobs/9' });
    const answers = await slack.fake.waitFor('response_url', 2);
    expect(answers[1]!.args).toMatchObject({ url: new URL(sent.responseUrl).pathname, text: 'Saved #2.' });
    const ctx = await slack.app.as('U1', 'slack');
    expect((await listApplications(slack.app.services.db, ctx.person.id)).map((row) => row.job.url)).toEqual([null, 'https://hooli.example/jobs/9']);
  });
});

describe('pasting a posting into the add modal', () => {
  it('title and company may stay empty when the pasted text names them', async () => {
    await slack.command('add');
    const [opened] = await slack.fake.waitFor('views.open');
    const view = opened!.args.view as Record<string, unknown> & { blocks: { block_id: string; optional: boolean; element: { multiline?: boolean } }[] };
    expect(view.blocks.map((block) => [block.block_id, block.optional])).toEqual([
      ['title', true],
      ['company', true],
      ['url', true],
      ['posting', true],
    ]);
    expect(view.blocks[3]!.element.multiline).toBe(true);
    const accepted = await slack.submit(view, { posting: 'Site Reliability Engineer at Hooli\nRequirements\n- Terraform' });
    expect(accepted.body).toBe('');
    const [, answer] = await slack.fake.waitFor('response_url', 2);
    expect(JSON.stringify(answer!.args.blocks)).toContain('#2 · Site Reliability Engineer at Hooli');
  });

  it('a real posting pasted into the modal is saved under its own title and company', async () => {
    const zero = pastedRealPosting('text-zero-networks-senior-technical-support-engineer.json');
    await slack.command('add');
    const [opened] = await slack.fake.waitFor('views.open');
    const accepted = await slack.submit(opened!.args.view as Record<string, unknown>, { posting: zero.text });
    expect(accepted.body).toBe('');
    const [, answer] = await slack.fake.waitFor('response_url', 2);
    expect(JSON.stringify(answer!.args.blocks)).toContain(`#2 · ${zero.title} at ${zero.company}`);
    const ctx = await slack.app.as('U1', 'slack');
    expect((await listApplications(slack.app.services.db, ctx.person.id)).map((row) => [row.job.title, row.job.company, row.job.source])).toEqual([
      ['Backend Engineer', 'Acme', 'manual'],
      [zero.title, zero.company, 'pasted'],
    ]);
  });

  it('a paste that names no title gets the question on the title field, and nothing is saved', async () => {
    const ensodata = pastedRealPosting('text-ensodata-regional-sales-executive.json');
    await slack.command('add');
    const [opened] = await slack.fake.waitFor('views.open');
    const before = await snapshotTables(slack.app.database.db);
    const refused = await slack.submit(opened!.args.view as Record<string, unknown>, { posting: ensodata.text });
    expect(JSON.parse(refused.body)).toEqual({ response_action: 'errors', errors: { title: "The posting doesn't say the job title clearly — type it here." } });
    expect(await snapshotTables(slack.app.database.db)).toEqual(before);
    await slack.submit(opened!.args.view as Record<string, unknown>, { title: ensodata.title, posting: ensodata.text });
    const [, answer] = await slack.fake.waitFor('response_url', 2);
    expect(JSON.stringify(answer!.args.blocks)).toContain(`#2 · ${ensodata.title} at ${ensodata.company}`);
  });
});

describe('message shortcut "Save to Jobscout"', () => {
  const shortcut = (text: string) => ({
    type: 'message_action',
    callback_id: 'save_job',
    trigger_id: 'trigger-shortcut',
    message_ts: '1700000000.000300',
    response_url: slack.fake.responseUrl('shortcut'),
    team: { id: 'T1', domain: 'test' },
    channel: { id: 'C2', name: 'jobs' },
    user: { id: 'U1', name: 'u1', team_id: 'T1' },
    message: { type: 'message', user: 'U7', ts: '1700000000.000300', text },
    token: 'deprecated-verification-token',
    is_enterprise_install: false,
  });

  it('reads a link it can, and answers with the saved card', async () => {
    const web = await new FakeWeb().start();
    const link = web.page('/jobs/7', { body: '<html><head><meta property="og:title" content="Firmware Engineer at Initech"></head></html>' });
    await slack.interact(shortcut(`Worth a look: <${link}?utm_source=slack>`));
    const [, answer] = await slack.fake.waitFor('response_url', 2);
    expect(answer!.args).toMatchObject({ url: '/response/shortcut', response_type: 'ephemeral', text: 'Saved #2.' });
    expect(JSON.stringify(answer!.args.blocks)).toContain('#2 · Firmware Engineer at Initech');
    expect(slack.fake.callsTo('views.open')).toEqual([]);
    await web.stop();
  });

  it("opens the add modal with the link filled in when the page can't be read", async () => {
    const web = await new FakeWeb().start();
    const link = web.page('/careers', { body: '<html><body>We are hiring!</body></html>' });
    await slack.interact(shortcut(`Look at this one <${link}?gh_src=x&amp;y=1|Staff Engineer> and <https://other.example>`));
    const [opened] = await slack.fake.waitFor('views.open');
    const view = opened!.args.view as { blocks: { block_id: string; element: { initial_value?: string }; hint?: { text: string } }[] };
    expect(view.blocks.find((block) => block.block_id === 'url')!.element.initial_value).toBe(`${link}?gh_src=x&y=1`);
    expect(view.blocks.find((block) => block.block_id === 'title')!.hint!.text).toBe(
      "Couldn't find a job posting on that page — paste the posting's text instead, or use /job add <title> at <company> <link>.",
    );
    await slack.submit(view as never, { title: 'Staff Engineer', company: 'Acme', url: `${link}?gh_src=x&y=1` });
    await slack.fake.waitFor('response_url', 2);
    const ctx = await slack.app.as('U1', 'slack');
    expect((await listApplications(slack.app.services.db, ctx.person.id)).map((row) => row.job.title)).toEqual(['Backend Engineer', 'Staff Engineer']);
    await web.stop();
  });

  it('a message without a link gets a short ephemeral answer and nothing opens', async () => {
    await slack.interact(shortcut('no links here, just chatting'));
    const [, answer] = await slack.fake.waitFor('response_url', 2);
    expect(answer!.args).toMatchObject({ url: '/response/shortcut', response_type: 'ephemeral', text: 'That message has no link to save. Use /job add to type the job in.' });
    expect(slack.fake.callsTo('views.open')).toEqual([]);
  });
});

describe('App Home', () => {
  it('publishes the pipeline when opened, and again when the person changes something', async () => {
    await slack.event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' });
    const [published] = await slack.fake.waitFor('views.publish');
    expect(published!.args.user_id).toBe('U1');
    const home = published!.args.view as { type: string; blocks: Blocks };
    expect(home.type).toBe('home');
    expect(home.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Your job search', emoji: true } });
    expect(buttonsOf(home.blocks).map((button) => [button.action_id, button.text!.text])).toEqual([
      ['job.add#0', 'Add a job'],
      ['job.list#1', 'All applications'],
    ]);
    expect(home.blocks.find((block) => block.fields)!.fields!.map((field) => field.text)).toEqual(['*Saved*\n1']);

    await slack.command('move 1 applied');
    const [, refreshed] = await slack.fake.waitFor('views.publish', 2);
    const fields = (refreshed!.args.view as { blocks: Blocks }).blocks.find((block) => block.fields)!.fields!;
    expect(fields.map((field) => field.text)).toEqual(['*Applied*\n1']);
  });

  it('"Add a job" on the Home tab opens the add modal; "All applications" answers in the DM', async () => {
    await slack.click({ action_id: 'job.add#0' }, { container: { type: 'view', view_id: 'VHOME' }, responseUrl: null });
    const [opened] = await slack.fake.waitFor('views.open');
    expect((opened!.args.view as { callback_id: string }).callback_id).toBe('form:add');
    await slack.click({ action_id: 'job.list#1' }, { container: { type: 'view', view_id: 'VHOME' }, responseUrl: null });
    const [dm] = await slack.fake.waitFor('chat.postMessage');
    expect(dm!.args).toMatchObject({ channel: 'U1', text: 'Your applications (1)' });
  });
});

describe('privacy', () => {
  it("another person's click or form on my application id acts only on their own (empty) pipeline", async () => {
    await slack.click({ action_id: 'app.move#0', value: '1:applied' }, { user: 'U2' });
    const [, answer] = await slack.fake.waitFor('response_url', 2);
    expect(answer!.args.text).toBe('You have no application #1. Use /job list to see yours.');

    const view = { callback_id: 'form:note', private_metadata: JSON.stringify({ c: '1' }), blocks: [{ type: 'input', block_id: 'text', element: { type: 'plain_text_input', action_id: 'value' } }] };
    await slack.submit(view, { text: 'sneaky' }, { user: 'U2' });
    await slack.settled();
    expect(await stateOf('U1')).toBe('saved');
    const owner = await slack.app.as('U1', 'slack');
    const { notes } = await import('../../../src/models/notes.js');
    expect(await slack.app.services.db.select().from(notes)).toEqual([]);
    expect(owner.person.platformUserId).toBe('U1');
  });
});
