import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText } from '../../src/bots/commands/dispatch.js';
import { listApplications } from '../../src/domain/ats/applications.js';
import { jobAnalyses } from '../../src/models/jobAnalyses.js';
import { jobs } from '../../src/models/jobs.js';
import { FakeWeb } from '../fakes/webPages.js';
import { textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
let web: FakeWeb;
let app: TestApp;

beforeAll(async () => {
  web = await new FakeWeb().start();
  web.page('/jobs/backend', { body: fixture('jsonld-basic.html') });
  web.page('/jobs/platform', { body: fixture('meta-only.html') });
  web.page('/about', { body: fixture('nothing.html') });
  web.page('/short/1', { redirect: '/jobs/backend?utm_source=newsletter' });
  app = await createTestApp({ env: { JOBSCOUT_FETCH_ALLOW_HOSTS: '127.0.0.1', JOBSCOUT_FETCH_HOST_INTERVAL_MS: '0' } });
});
afterAll(async () => {
  await app.dispose();
  await web.stop();
});

describe('/job add <link>', () => {
  it('reads the posting from the page and saves it with its details', async () => {
    const me = await app.as('ada');
    const text = textOf(await runText(me, `/job add ${web.url('/jobs/backend')}`));
    expect(text).toContain('Saved #1.\n#1 · Senior Backend Engineer at Acme');
    // The page names an office to report to and its words say nothing of remote or hybrid work: on-site.
    expect(text).toContain('Location: Berlin, DE · onsite, presumed\n');
    expect(text).toContain('Salary: EUR 85,000 – 105,000 a year');
    expect(text).toContain('Skills: TypeScript, Node.js, PostgreSQL, Kubernetes');
    const [job] = await app.services.db.select().from(jobs);
    expect(job).toMatchObject({ source: 'jsonld', externalId: 'BE-1042', canonicalUrl: web.url('/jobs/backend'), salaryCurrency: 'EUR', salaryPeriod: 'year', postedAt: new Date('2026-11-01T00:00:00.000Z') });
    expect(job!.description).toContain('5+ years of TypeScript & Node.js');
    const [analysis] = await app.services.db.select().from(jobAnalyses);
    expect(analysis).toMatchObject({
      jobId: job!.id,
      skills: [
        { name: 'TypeScript', category: 'languages', required: true },
        { name: 'Node.js', category: 'frameworks', required: true },
        { name: 'PostgreSQL', category: 'databases', required: true },
        { name: 'Kubernetes', category: 'devops', required: false },
      ],
      seniority: 'senior',
      workMode: 'onsite',
      yearsExperience: 5,
      salaryMin: 85000,
      salaryMax: 105000,
      salaryCurrency: 'EUR',
      analyzer: 'heuristic',
    });
  });

  it('gives back the same job for the same posting reached another way, never a second one', async () => {
    const me = await app.as('ada');
    expect(textOf(await runText(me, `/job add ${web.url('/jobs/backend')}?utm_source=linkedin&gh_src=x`))).toContain('You already track this job as #1.');
    expect(textOf(await runText(me, `/job add ${web.url('/short/1')}`))).toContain('You already track this job as #1.');
    const other = await app.as('grace');
    expect(textOf(await runText(other, `/job add ${web.url('/jobs/backend')}`))).toContain('Saved #1.');
    expect(await app.services.db.select().from(jobs)).toHaveLength(1);
    expect(await listApplications(app.services.db, me.person.id)).toHaveLength(1);
  });

  it('falls back to meta tags', async () => {
    const me = await app.as('ada');
    expect(textOf(await runText(me, `/job add ${web.url('/jobs/platform')}`))).toContain('#2 · Platform Engineer at Hooli');
  });

  it('says what to do when the page has no posting, and saves nothing', async () => {
    const me = await app.as('ada');
    const before = await snapshotTables(app.database.db);
    expect(textOf(await runText(me, `/job add ${web.url('/about')}`))).toBe(
      "Couldn't find a job posting on that page — paste the posting's text instead, or use /job add <title> at <company> <link>.",
    );
    expect(textOf(await runText(me, '/job add http://10.0.0.1/jobs/9'))).toBe(
      "Couldn't read that link: That link points to a private or local address (10.0.0.1); only public sites can be read. Nothing was saved.",
    );
    expect(textOf(await runText(me, `/job add ${web.url('/jobs/gone')}`))).toBe("Couldn't read that link: The site answered 404 (not found — the posting may be closed). Nothing was saved.");
    expect(await snapshotTables(app.database.db)).toEqual(before);
  });

  it('a title, company and link typed in still work, and the link dedupes too', async () => {
    const me = await app.as('linus');
    expect(textOf(await runText(me, `/job add Backend Engineer at Acme ${web.url('/jobs/backend')}`))).toContain('Saved #1.\n#1 · Senior Backend Engineer at Acme');
  });
});
