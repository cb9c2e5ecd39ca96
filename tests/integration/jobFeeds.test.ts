import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeeds } from '../../src/jobs/feedPolling.js';
import { jobs } from '../../src/models/jobs.js';
import { FakeWeb } from '../fakes/webPages.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const json = (name: string) => ({ body: readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8'), headers: { 'content-type': 'application/json' } });
let web: FakeWeb;
let app: TestApp;

beforeAll(async () => {
  web = await new FakeWeb().start();
  web.page('/remotive', json('remotive.json'));
  web.page('/remoteok', json('remoteok.json'));
  web.page('/arbeitnow', json('arbeitnow.json'));
  web.page('/hn/search_by_date', json('hn-search.json'));
  web.page('/hn/items/46000001', json('hn-thread.json'));
  app = await createTestApp({
    env: {
      JOBSCOUT_FETCH_ALLOW_HOSTS: '127.0.0.1',
      JOBSCOUT_FETCH_HOST_INTERVAL_MS: '0',
      JOBSCOUT_FEEDS: 'remotive,remoteok,arbeitnow,hackernews',
      JOBSCOUT_REMOTIVE_URL: web.url('/remotive'),
      JOBSCOUT_REMOTEOK_URL: web.url('/remoteok'),
      JOBSCOUT_ARBEITNOW_URL: web.url('/arbeitnow'),
      JOBSCOUT_HACKERNEWS_URL: web.url('/hn'),
    },
  });
});
afterAll(async () => {
  await app.dispose();
  await web.stop();
});

describe('no-key job feeds, when switched on', () => {
  it('stores the postings of Remotive, RemoteOK, Arbeitnow and the Hacker News hiring thread, once', async () => {
    expect(await pollFeeds(app.services)).toEqual({ remotive: 2, remoteok: 1, arbeitnow: 1, hackernews: 2 });
    const stored = (await app.services.db.select().from(jobs).orderBy(jobs.id)).map((job) => [job.source, job.title, job.company, job.location, job.workMode]);
    expect(stored).toEqual([
      ['remotive', 'Senior Rails Developer', 'Basecamp-ish', 'Europe', 'remote'],
      ['remotive', 'Product Designer', 'Figmaish', 'Remote', 'remote'],
      ['remoteok', 'Go Engineer', 'Acme Remote', 'Worldwide', 'remote'],
      ['arbeitnow', 'Data Engineer (m/w/d)', 'Datenfabrik GmbH', 'Berlin', null],
      ['hackernews', 'Senior Backend Engineer', 'Initrode', 'Austin, TX', 'onsite'],
      ['hackernews', 'Founding ML Engineer, Data Scientist', 'Vandelay Industries', null, 'remote'],
    ]);
    expect(await pollFeeds(app.services)).toEqual({ remotive: 0, remoteok: 0, arbeitnow: 0, hackernews: 0 });
  });

  it('are off by default', async () => {
    const plain = await createTestApp();
    expect(plain.services.feeds).toEqual([]);
    await plain.dispose();
  });
});
