import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { communityKey } from '../../src/domain/people/communities.js';
import { refreshRecommendations } from '../../src/domain/recommendations/refresh.js';
import { pollBoards } from '../../src/jobs/boardPolling.js';
import { applications } from '../../src/models/applications.js';
import { jobs } from '../../src/models/jobs.js';
import { recommendations } from '../../src/models/recommendations.js';
import { FakeWeb } from '../fakes/webPages.js';
import { fillProfile } from '../support/jobPool.js';
import { textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// Two Slack workspaces, a Discord server, a Discord user who only ever used DMs, and the console,
// all in one process and one database.
let web: FakeWeb;
let app: TestApp;
let amy: CommandContext; // Slack T1
let ben: CommandContext; // Slack T1
let cleo: CommandContext; // Slack T1
let carl: CommandContext; // Slack T2 (the same Slack user id as Amy, in another workspace)
let dana: CommandContext; // Discord, in server G1
let eve: CommandContext; // Discord, in server G1
let finn: CommandContext; // Discord, DMs only
let gus: CommandContext; // the console
const G1 = communityKey.discord('500000000000000001');
const PROFILE = { skills: 'Go: expert, Kubernetes: advanced, PostgreSQL: advanced', years: '5', titles: 'Platform Engineer' };

const greenhouseJob = (id: number, title: string) => ({ id, title, location: { name: 'Remote' }, content: '&lt;p&gt;Requirements: Go, Kubernetes, PostgreSQL.&lt;/p&gt;', absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}` });
function serveBoard(list: { id: number; title: string }[]) {
  web.page('/greenhouse/v1/boards/acme', { body: JSON.stringify({ name: 'Acme', content: '' }), headers: { 'content-type': 'application/json' } });
  web.page('/greenhouse/v1/boards/acme/jobs', { body: JSON.stringify({ jobs: list.map((entry) => greenhouseJob(entry.id, entry.title)), meta: { total: list.length } }), headers: { 'content-type': 'application/json' } });
}

async function recsOf(ctx: CommandContext): Promise<string> {
  return textOf(await runText(ctx, '/job recs'));
}

async function jobIdOf(company: string, community: string | null): Promise<number> {
  const rows = await app.services.db.select({ id: jobs.id, community: jobs.community }).from(jobs).where(eq(jobs.company, company));
  return rows.find((row) => row.community === community)!.id;
}

async function tracks(ctx: CommandContext, jobId: number): Promise<boolean> {
  return (await app.services.db.select().from(applications).where(and(eq(applications.personId, ctx.person.id), eq(applications.jobId, jobId)))).length > 0;
}

beforeAll(async () => {
  web = await new FakeWeb().start();
  serveBoard([
    { id: 1, title: 'Platform Engineer (Go)' },
    { id: 2, title: 'Go Platform Engineer, Kubernetes' },
  ]);
  app = await createTestApp({ env: { JOBSCOUT_FETCH_ALLOW_HOSTS: '127.0.0.1', JOBSCOUT_FETCH_HOST_INTERVAL_MS: '0', JOBSCOUT_FETCH_CACHE_SECONDS: '0', JOBSCOUT_GREENHOUSE_API_URL: web.url('/greenhouse') } });
  amy = await app.as('U1', 'slack', 'T1');
  ben = await app.as('U2', 'slack', 'T1');
  cleo = await app.as('U3', 'slack', 'T1');
  carl = await app.as('U1', 'slack', 'T2');
  dana = await app.as('300000000000000001', 'discord', 'discord', G1);
  eve = await app.as('300000000000000002', 'discord', 'discord', G1);
  finn = await app.as('300000000000000003', 'discord', 'discord');
  gus = await app.as('gus');
  for (const ctx of [amy, ben, cleo, carl, dana, eve, finn, gus]) await fillProfile(ctx, PROFILE);
});
afterAll(async () => {
  await app.dispose();
  await web.stop();
});

describe('a job added by hand stays in the community it was added in', () => {
  it('is recommended to a colleague in the same Slack workspace, and to no one anywhere else', async () => {
    await runText(amy, '/job add Go Platform Engineer at Initech https://initech.example/jobs/7');
    expect(await recsOf(ben)).toContain('Go Platform Engineer at Initech');
    for (const elsewhere of [carl, dana, finn, gus]) expect(await recsOf(elsewhere)).not.toContain('Initech');
  });

  it("its id on a button is refused outside the community like another person's application, and nothing changes", async () => {
    const initech = await jobIdOf('Initech', communityKey.slack('T1'));
    const before = await snapshotTables(app.services.db);
    for (const action of ['rec.save', 'rec.applied', 'rec.like', 'rec.no', 'rec.more', 'job.track']) {
      expect(textOf(await runAction(carl, action, String(initech)))).toMatch(/^That posting is no longer known\./);
    }
    const form = await submitForm(carl, 'notforme', String(initech), { reason: 'too senior' });
    expect(form.ok && textOf(form.reply)).toMatch(/^That posting is no longer known\./);
    expect(await snapshotTables(app.services.db)).toEqual(before);

    // Inside the community the same button works.
    expect(textOf(await runAction(ben, 'rec.save', String(initech)))).toContain('Go Platform Engineer at Initech');
  });

  it('the same link typed in another workspace is that workspace\'s own posting: what was typed in one never shows in the other', async () => {
    await runText(amy, '/job add Secret Skunkworks Lead at Umbrella https://umbrella.example/jobs/1');
    const card = textOf(await runText(carl, '/job add Platform Engineer at Umbrella https://umbrella.example/jobs/1'));
    expect(card).toContain('Platform Engineer at Umbrella');
    expect(card).not.toContain('Skunkworks');
    const rows = await app.services.db.select({ title: jobs.title, community: jobs.community }).from(jobs).where(eq(jobs.company, 'Umbrella'));
    expect(rows.sort((a, b) => a.community!.localeCompare(b.community!))).toEqual([
      { title: 'Secret Skunkworks Lead', community: 'slack:T1' },
      { title: 'Platform Engineer', community: 'slack:T2' },
    ]);
    // Within one workspace it is one posting, as before.
    const again = textOf(await runText(ben, '/job add Umbrella Lead at Umbrella https://umbrella.example/jobs/1'));
    expect(again).toContain('Secret Skunkworks Lead at Umbrella');
  });
});

describe('Discord', () => {
  it('a link a person tracks, added again in another server, gives back their application and stores no copy there', async () => {
    const user = '300000000000000008';
    const inOne = await app.as(user, 'discord', 'discord', communityKey.discord('500000000000000081'));
    expect(textOf(await runText(inOne, '/job add Go Engineer at Soylent https://soylent.example/jobs/3'))).toContain('Saved #1.');
    const inTwo = await app.as(user, 'discord', 'discord', communityKey.discord('500000000000000082'));
    expect(textOf(await runText(inTwo, '/job add Go Engineer at Soylent https://soylent.example/jobs/3'))).toContain('You already track this job as #1.');
    expect(await app.services.db.select({ community: jobs.community }).from(jobs).where(eq(jobs.company, 'Soylent'))).toEqual([{ community: communityKey.discord('500000000000000081') }]);
  });

  it('a DM belongs to the server used last, even minutes apart', async () => {
    const user = '300000000000000007';
    const [first, second] = [communityKey.discord('500000000000000071'), communityKey.discord('500000000000000072')];
    await app.as(user, 'discord', 'discord', first);
    app.clock.advance(60_000);
    await app.as(user, 'discord', 'discord', second);
    expect((await app.as(user, 'discord', 'discord')).community).toBe(second);
    app.clock.advance(60_000);
    await app.as(user, 'discord', 'discord', first);
    expect((await app.as(user, 'discord', 'discord')).community).toBe(first);
  });

  it('a job added in a DM belongs to the server the person used Jobscout in; one added by someone in no server stays with them', async () => {
    const inDm = await app.as('300000000000000001', 'discord', 'discord');
    expect(inDm.community).toBe(G1);
    await runText(inDm, '/job add Kubernetes Platform Engineer at Hooli');
    expect(await recsOf(eve)).toContain('Kubernetes Platform Engineer at Hooli');

    expect(finn.community).toBe(communityKey.personal(finn.person.id));
    await runText(finn, '/job add Go Kubernetes Engineer at Vandelay');
    for (const other of [dana, eve, amy, carl, gus]) expect(await recsOf(other)).not.toContain('Vandelay');
  });
});

describe('public postings', () => {
  it('a posting from a watched board is recommended in every community; one the person tracks by hand is not offered again under its public row', async () => {
    // Gus typed in the link of a board posting before anyone watched the board.
    await runText(gus, '/job add Platform Engineer at Acme https://boards.greenhouse.io/acme/jobs/1');
    await runText(amy, '/job watch greenhouse:acme');
    const publicId = await jobIdOf('Acme', null);
    for (const anyone of [ben, carl, dana, finn]) expect(await recsOf(anyone)).toContain('Platform Engineer (Go) at Acme');
    expect(await recsOf(gus)).not.toContain('Platform Engineer (Go) at Acme');
    expect(await tracks(gus, publicId)).toBe(false);

    // Adding the link again, or saving the board's row, gives back the application Gus has.
    const [seq] = /#(\d+)/.exec(textOf(await runText(gus, '/job list')))!.slice(1);
    expect(textOf(await runText(gus, '/job add Platform Engineer at Acme https://boards.greenhouse.io/acme/jobs/1'))).toContain(`You already track this job as #${seq}.`);
    expect(textOf(await runAction(gus, 'job.track', String(publicId)))).toContain(`You already track this job as #${seq}.`);
    expect(await tracks(gus, publicId)).toBe(false);
    // …and stores no further row for it.
    expect(await app.services.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.canonicalUrl, 'https://boards.greenhouse.io/acme/jobs/1'))).toHaveLength(2);
  });

});

describe('collaborative counts', () => {
  it('"people who saved … also saved this" counts only people in the same community', async () => {
    const [first, second] = [await jobIdOf('Acme', null), (await app.services.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.title, 'Go Platform Engineer, Kubernetes')))[0]!.id];
    // In T1, two people saved both board postings.
    for (const ctx of [amy, ben]) for (const jobId of [first, second]) await runAction(ctx, 'job.track', String(jobId));
    // In T1 and in T2 someone saved only the first.
    await runAction(cleo, 'job.track', String(first));
    await runAction(carl, 'job.track', String(first));
    await refreshRecommendations(app.services, [cleo.person.id, carl.person.id]);
    const row = async (ctx: CommandContext) => (await app.services.db.select().from(recommendations).where(and(eq(recommendations.personId, ctx.person.id), eq(recommendations.jobId, second))))[0]!;
    const sameWorkspace = await row(cleo);
    const otherWorkspace = await row(carl);
    expect(sameWorkspace.collaborative).toBeGreaterThan(0);
    expect(sameWorkspace.reasons).toContain('people who saved Acme also saved this');
    expect(otherWorkspace.collaborative).toBe(0);
    expect(otherWorkspace.reasons.join(' ')).not.toContain('people who saved');
  });
});

describe('closed postings', () => {
  it('a posting gone from its board is closed, and so are the copies people added by hand', async () => {
    serveBoard([{ id: 2, title: 'Go Platform Engineer, Kubernetes' }]);
    await pollBoards(app.services, app.notifier);
    const copies = await app.services.db.select({ community: jobs.community, closedAt: jobs.closedAt }).from(jobs).where(eq(jobs.canonicalUrl, 'https://boards.greenhouse.io/acme/jobs/1'));
    expect(copies.map((copy) => [copy.community, copy.closedAt !== null]).sort()).toEqual([
      [null, true],
      ['console:test', true],
    ]);

    // Listed again, it is open again everywhere.
    serveBoard([{ id: 1, title: 'Platform Engineer (Go)' }, { id: 2, title: 'Go Platform Engineer, Kubernetes' }]);
    await pollBoards(app.services, app.notifier);
    const reopened = await app.services.db.select({ community: jobs.community, closedAt: jobs.closedAt }).from(jobs).where(eq(jobs.canonicalUrl, 'https://boards.greenhouse.io/acme/jobs/1'));
    expect(reopened.map((copy) => copy.closedAt)).toEqual([null, null]);
  });
});
