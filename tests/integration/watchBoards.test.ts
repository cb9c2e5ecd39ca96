import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { pollBoards } from '../../src/jobs/boardPolling.js';
import { deliveries } from '../../src/models/deliveries.js';
import { jobs } from '../../src/models/jobs.js';
import { FakeWeb } from '../fakes/webPages.js';
import { textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let web: FakeWeb;
let app: TestApp;
let ada: CommandContext;
let grace: CommandContext;

const job = (id: number, title: string) => ({ id, title, location: { name: 'Berlin' }, content: '&lt;p&gt;Go and Kubernetes.&lt;/p&gt;', absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}` });
function serveBoard(list: { id: number; title: string }[]) {
  web.page('/greenhouse/v1/boards/acme', { body: JSON.stringify({ name: 'Acme', content: '' }), headers: { 'content-type': 'application/json' } });
  web.page('/greenhouse/v1/boards/acme/jobs', { body: JSON.stringify({ jobs: list.map((entry) => job(entry.id, entry.title)), meta: { total: list.length } }), headers: { 'content-type': 'application/json' } });
}

beforeAll(async () => {
  web = await new FakeWeb().start();
  serveBoard([
    { id: 1, title: 'Backend Engineer' },
    { id: 2, title: 'Designer' },
  ]);
  app = await createTestApp({ env: { JOBSCOUT_FETCH_ALLOW_HOSTS: '127.0.0.1', JOBSCOUT_FETCH_HOST_INTERVAL_MS: '0', JOBSCOUT_FETCH_CACHE_SECONDS: '0', JOBSCOUT_GREENHOUSE_API_URL: web.url('/greenhouse') } });
  ada = await app.as('ada');
  grace = await app.as('grace');
});
afterAll(async () => {
  await app.dispose();
  await web.stop();
});

describe('watching company boards', () => {
  it('/job watch checks the board, stores its postings and says how many are open', async () => {
    expect(textOf(await runText(ada, '/job watch greenhouse:acme'))).toContain('Watching Acme on greenhouse: 2 open postings now.');
    expect(textOf(await runText(grace, '/job watch greenhouse:acme engineer'))).toContain('You\'ll get a message about new ones whose titles have "engineer".');
    const stored = await app.services.db.select().from(jobs);
    expect(stored.map((row) => [row.title, row.source, row.externalId, row.closedAt])).toEqual([
      ['Backend Engineer', 'greenhouse', '1', null],
      ['Designer', 'greenhouse', '2', null],
    ]);
  });

  it('refuses a malformed or unknown board and saves nothing', async () => {
    const before = await snapshotTables(app.database.db);
    expect(textOf(await runText(ada, '/job watch acme'))).toBe('Name a board as system:company, e.g. greenhouse:acme — the system is one of greenhouse, lever, ashby.');
    expect(textOf(await runText(ada, '/job watch workday:acme'))).toBe('Name a board as system:company, e.g. greenhouse:acme — the system is one of greenhouse, lever, ashby.');
    expect(textOf(await runText(ada, '/job watch greenhouse:nobody'))).toBe(
      'There is no greenhouse board called nobody. Check the name in the board\'s link, e.g. boards.greenhouse.io/acme → greenhouse:acme.',
    );
    expect(await snapshotTables(app.database.db)).toEqual(before);
  });

  it('a watch that fails at its last step leaves no board and no postings behind', async () => {
    web.page('/greenhouse/v1/boards/initech', { body: JSON.stringify({ name: 'Initech', content: '' }), headers: { 'content-type': 'application/json' } });
    web.page('/greenhouse/v1/boards/initech/jobs', { body: JSON.stringify({ jobs: [{ ...job(7, 'Analyst'), absolute_url: 'https://boards.greenhouse.io/initech/jobs/7' }], meta: { total: 1 } }), headers: { 'content-type': 'application/json' } });
    // The database refuses the watch itself, after the board and its postings were written.
    await app.database.db.execute(sql`create function refuse_watch() returns trigger language plpgsql as $$ begin raise exception 'no space left on device'; end $$`);
    await app.database.db.execute(sql`create trigger refuse_watch before insert on board_watches for each row execute function refuse_watch()`);
    const before = await snapshotTables(app.database.db);
    try {
      expect(textOf(await runText(ada, '/job watch greenhouse:initech'))).toMatch(/^Sorry, something went wrong/);
      expect(await snapshotTables(app.database.db)).toEqual(before);
    } finally {
      await app.database.db.execute(sql`drop trigger refuse_watch on board_watches`);
      await app.database.db.execute(sql`drop function refuse_watch()`);
    }
  });

  it('a poll stores new postings, closes gone ones, and tells each watcher once, within their filter', async () => {
    app.clock.advance(60_000);
    serveBoard([
      { id: 1, title: 'Backend Engineer' },
      { id: 3, title: 'Staff Engineer' },
      { id: 4, title: 'Office Manager' },
    ]);
    expect(await pollBoards(app.services, app.notifier)).toEqual({ boards: 1, newPostings: 2, sent: 3 });
    const told = (personId: number) => app.sent.filter((entry) => entry.personId === personId).map((entry) => textOf(entry.reply).split('\n')[0]);
    expect(told(ada.person.id)).toEqual(["New on Acme's greenhouse board: Staff Engineer", "New on Acme's greenhouse board: Office Manager"]);
    expect(told(grace.person.id)).toEqual(["New on Acme's greenhouse board: Staff Engineer"]);
    const [designer] = await app.services.db.select().from(jobs).where(eq(jobs.externalId, '2'));
    expect(designer!.closedAt).not.toBeNull();

    // The next round finds nothing new and sends nothing again.
    expect(await pollBoards(app.services, app.notifier)).toEqual({ boards: 1, newPostings: 0, sent: 0 });
    expect(app.sent).toHaveLength(3);
    expect((await app.services.db.select().from(deliveries)).map((row) => [row.key.split(':')[0], row.status])).toEqual([
      ['board-posting', 'sent'],
      ['board-posting', 'sent'],
      ['board-posting', 'sent'],
    ]);
  });

  it('"Save to my pipeline" starts tracking the posting, once', async () => {
    const [staff] = await app.services.db.select().from(jobs).where(eq(jobs.externalId, '3'));
    const saved = await runAction(ada, 'job.track', String(staff!.id));
    expect(saved.kind === 'message' && saved.replacesSource).toBe(true);
    expect(textOf(saved)).toContain('Saved #1.\n#1 · Staff Engineer at Acme');
    expect(textOf(await runAction(ada, 'job.track', String(staff!.id)))).toContain('You already track this job as #1.');
  });

  it('/job watching lists the boards with open counts; /job unwatch stops the messages', async () => {
    expect(textOf(await runText(ada, '/job watching'))).toContain('Acme — greenhouse:acme, 3 open');
    expect(textOf(await runText(grace, '/job watching'))).toContain('Acme — greenhouse:acme, 3 open, titles with "engineer"');
    expect(textOf(await runText(ada, '/job unwatch greenhouse:acme'))).toBe('Stopped watching greenhouse:acme.');
    expect(textOf(await runText(ada, '/job unwatch greenhouse:acme'))).toBe("You aren't watching greenhouse:acme. See yours with /job watching.");
    app.clock.advance(60_000);
    serveBoard([
      { id: 1, title: 'Backend Engineer' },
      { id: 5, title: 'Platform Engineer' },
    ]);
    await pollBoards(app.services, app.notifier);
    expect(app.sent.slice(3).map((entry) => entry.personId)).toEqual([grace.person.id]);
  });
});
