import { readFileSync } from 'node:fs';
import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText } from '../../src/bots/commands/dispatch.js';
import { PRESUMED_WORK_MODE } from '../../src/domain/analysis/workModeText.js';
import { jobs } from '../../src/models/jobs.js';
import { FakeWeb } from '../fakes/webPages.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ats/${name}`, import.meta.url), 'utf8');
const json = (name: string) => ({ body: fixture(name), headers: { 'content-type': 'application/json' } });
let web: FakeWeb;
let app: TestApp;

beforeAll(async () => {
  web = await new FakeWeb().start();
  web.page('/greenhouse/v1/boards/acme/jobs/4012345', json('greenhouse-job.json'));
  web.page('/lever/v0/postings/northwind-traders/5f6c1b2a-3d4e-4f50-8a9b-0c1d2e3f4a5b', json('lever-posting.json'));
  web.page('/ashby/posting-api/job-board/globex', json('ashby-board.json'));
  web.page('/workable/api/v2/accounts/contoso/jobs/A1B2C3D4E5', json('workable-job.json'));
  web.page('/workable/api/v1/accounts/contoso', json('workable-account.json'));
  // The older widget API's shape: the place as the job's own fields, remote as "telecommuting".
  const widgetJob = { shortcode: 'W1DGET0001', title: 'Local Ambassador', telecommuting: true, city: 'Miami', state: 'Florida', country: 'United States', description: '<p>Host events at galleries.</p>' };
  web.page('/workable/api/v2/accounts/contoso/jobs/W1DGET0001', { body: JSON.stringify(widgetJob), headers: { 'content-type': 'application/json' } });
  // Workable's short link redirects to the account's page of the job.
  web.page('/workable/j/A1B2C3D4E5', { redirect: '/workable/contoso/j/A1B2C3D4E5/' });
  web.page('/workable/contoso/j/A1B2C3D4E5/', { body: '<html><body><div id="app"></div></body></html>' });
  web.page('/workable/j/ZZZZZZZZZZ', { redirect: '/workable/' });
  web.page('/workable/', { body: '<html><body>Workable</body></html>' });
  web.page('/smartrecruiters/v1/companies/WayneEnterprises/postings/744000012345678', json('smartrecruiters-posting.json'));
  web.page('/recruitee/starklabs/api/offers/frontend-developer', json('recruitee-offer.json'));
  // A remote offer: Recruitee writes "Remote job" where the place goes, and the team's town beside it.
  web.page('/recruitee/weekday/api/offers/key-account-manager', { body: JSON.stringify({ offer: { id: 78, title: 'Key Account Manager', company_name: 'Weekday', location: 'Remote job', city: 'Bangalore', country: 'India', remote: true, hybrid: false, on_site: false, description: '&lt;p&gt;Run hiring for our portfolio companies.&lt;/p&gt;' } }), headers: { 'content-type': 'application/json' } });
  // A company's own careers page showing a Greenhouse job through the embed script.
  web.page('/careers/open-positions', { body: '<html><body><div id="grnhse_app"></div><script src="https://boards.greenhouse.io/embed/job_board/js?for=globex"></script></body></html>' });
  web.page('/greenhouse/v1/boards/globex/jobs/5550001', { body: JSON.stringify({ id: 5550001, title: 'Campaign Operations Manager', location: { name: 'Austin, TX' }, content: '&lt;p&gt;Run our campaigns in HubSpot.&lt;/p&gt;' }), headers: { 'content-type': 'application/json' } });
  web.page('/greenhouse/v1/boards/globex', { body: JSON.stringify({ name: 'Globex Corporation' }), headers: { 'content-type': 'application/json' } });
  // A Recruitee career site on the company's own domain: the same offers API on that domain.
  web.page('/o/customer-success-manager-benelux', { body: '<html><body>Loading…</body></html>' });
  web.page('/api/offers/customer-success-manager-benelux', { body: JSON.stringify({ offer: { id: 77, title: 'Customer Success Manager Benelux', company_name: 'Channable', location: 'Utrecht, Netherlands', hybrid: true, description: '&lt;p&gt;Onboard customers onto our feed management tool.&lt;/p&gt;', requirements: '&lt;ul&gt;&lt;li&gt;Dutch and English&lt;/li&gt;&lt;/ul&gt;' } }), headers: { 'content-type': 'application/json' } });
  // A site whose /o/ pages are its own, not Recruitee's: no offers API behind them.
  web.page('/o/our-story', { body: '<html><head><meta property="og:title" content="Support Specialist at Initrode"><meta property="og:description" content="Help our customers every day with Zendesk and a smile, across chat and email, in a small team."></head><body></body></html>' });
  // One whose board can't be found: read as a page.
  web.page('/jobs/designer', { body: '<html><head><meta property="og:title" content="Product Designer at Initech"><meta property="og:description" content="Design the tools our customers use every day, from research to polished screens, with Figma."></head><body></body></html>' });
  const base = web.url('');
  app = await createTestApp({
    env: {
      JOBSCOUT_FETCH_ALLOW_HOSTS: '127.0.0.1',
      JOBSCOUT_FETCH_HOST_INTERVAL_MS: '0',
      JOBSCOUT_GREENHOUSE_API_URL: `${base}/greenhouse`,
      JOBSCOUT_LEVER_API_URL: `${base}/lever`,
      JOBSCOUT_ASHBY_API_URL: `${base}/ashby`,
      JOBSCOUT_WORKABLE_API_URL: `${base}/workable`,
      JOBSCOUT_SMARTRECRUITERS_API_URL: `${base}/smartrecruiters`,
      JOBSCOUT_RECRUITEE_API_URL: `${base}/recruitee/{company}`,
    },
  });
});
afterAll(async () => {
  await app.dispose();
  await web.stop();
});

async function addAndRead(link: string) {
  const me = await app.as('ada');
  const text = textOf(await runText(me, `/job add ${link}`));
  const [job] = await app.services.db.select().from(jobs).orderBy(desc(jobs.id)).limit(1);
  return { text, job: job! };
}

describe('applicant-tracking systems, read through their public APIs', () => {
  it('Greenhouse', async () => {
    const { text, job } = await addAndRead('https://boards.greenhouse.io/acme/jobs/4012345?gh_src=abc');
    expect(text).toContain('#1 · Senior Site Reliability Engineer at Acme');
    expect(job).toMatchObject({ source: 'greenhouse', externalId: '4012345', location: 'Remote - Europe', workMode: 'remote' });
    expect(job.description).toBe('Acme keeps payments flowing.\n\nWhat you bring\n\n• Kubernetes and Terraform\n• Go or Python');
  });

  it("Greenhouse behind a company's own careers page (?gh_jid=): the board from the embed script, read through the API", async () => {
    const { text, job } = await addAndRead(`${web.url('/careers/open-positions')}?gh_jid=5550001`);
    expect(text).toContain('#2 · Campaign Operations Manager at Globex Corporation');
    expect(job).toMatchObject({ source: 'greenhouse', externalId: '5550001', location: 'Austin, TX' });
    expect(job.description).toBe('Run our campaigns in HubSpot.');
  });

  it('a careers page with ?gh_jid= whose board no one answers for is read as a page', async () => {
    const { text, job } = await addAndRead(`${web.url('/jobs/designer')}?gh_jid=999`);
    expect(text).toContain('Product Designer at Initech');
    expect(job).toMatchObject({ source: 'meta' });
  });

  it("Recruitee on the company's own domain (/o/<slug>): read through that domain's offers API", async () => {
    const { text, job } = await addAndRead(web.url('/o/customer-success-manager-benelux'));
    expect(text).toContain('Customer Success Manager Benelux at Channable');
    expect(job).toMatchObject({ source: 'recruitee', externalId: '77', location: 'Utrecht, Netherlands', workMode: 'hybrid' });
    expect(job.description).toContain('Requirements\n\n• Dutch and English');
  });

  it('an /o/ page of a site that is not Recruitee is read as a page', async () => {
    const { text, job } = await addAndRead(web.url('/o/our-story'));
    expect(text).toContain('Support Specialist at Initrode');
    expect(job).toMatchObject({ source: 'meta' });
  });

  it('Lever', async () => {
    const { job } = await addAndRead('https://jobs.lever.co/northwind-traders/5f6c1b2a-3d4e-4f50-8a9b-0c1d2e3f4a5b/apply?lever-source=LinkedIn');
    expect(job).toMatchObject({
      title: 'Platform Engineer',
      company: 'Northwind Traders',
      location: 'Toronto, ON · Montreal, QC',
      workMode: 'hybrid',
      salaryMin: 120000,
      salaryMax: 150000,
      salaryCurrency: 'CAD',
      source: 'lever',
    });
    expect(job.description).toContain('Requirements\n\n• 5 years with Java or Kotlin\n• PostgreSQL');
    expect(job.description).toContain('Nice to have\n\n• Kafka');
  });

  it('Ashby: finds the posting on the board, salary and work mode included', async () => {
    const { job } = await addAndRead('https://jobs.ashbyhq.com/globex/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e');
    expect(job).toMatchObject({ title: 'Data Analyst', company: 'Globex', location: 'New York', workMode: 'onsite', salaryMin: 95000, salaryMax: 115000, salaryCurrency: 'USD', source: 'ashby' });
  });

  it('Ashby: a bare "Remote" says where from, by the posting\'s address', async () => {
    const { job } = await addAndRead('https://jobs.ashbyhq.com/globex/9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b');
    expect(job).toMatchObject({ title: 'Remote Support Engineer', location: 'Remote (United Kingdom)', workMode: 'remote' });
  });

  it('Ashby: a posting the board says is not remote, at a town, is on-site and says it is presumed', async () => {
    const { job } = await addAndRead('https://jobs.ashbyhq.com/globex/5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f');
    expect(job).toMatchObject({ title: 'Clinical Coding Specialist', location: 'San Francisco', workMode: 'onsite', workModeDetail: PRESUMED_WORK_MODE });
  });

  it('Ashby: a posting no longer on the board says so', async () => {
    const me = await app.as('ada');
    expect(textOf(await runText(me, '/job add https://jobs.ashbyhq.com/globex/11111111-2222-4333-8444-555555555555'))).toBe(
      "Couldn't read that link: The posting is no longer on the company's Ashby board (it may be closed). Nothing was saved.",
    );
  });

  it('Workable: account name, a monthly salary made yearly', async () => {
    const { job } = await addAndRead('https://apply.workable.com/contoso/j/A1B2C3D4E5/');
    expect(job).toMatchObject({ title: 'Mobile Developer (React Native)', company: 'Contoso Mobile', location: 'Lisbon, Lisbon, Portugal', workMode: 'hybrid', salaryMin: 48000, salaryMax: 60000, salaryCurrency: 'EUR' });
    expect(job.description).toContain('Requirements\n\n• React Native\n• TypeScript');
  });

  it("Workable: a short link that names no account is followed to the account's page, then read through the API", async () => {
    const { job } = await addAndRead('https://apply.workable.com/j/A1B2C3D4E5');
    expect(job).toMatchObject({ title: 'Mobile Developer (React Native)', company: 'Contoso Mobile', source: 'workable' });
  });

  it("Workable: a short link that leads nowhere says so and saves nothing", async () => {
    const me = await app.as('ada');
    expect(textOf(await runText(me, '/job add https://apply.workable.com/j/ZZZZZZZZZZ'))).toBe("Couldn't read that link: Workable's short link didn't lead to the company's page for the job. Nothing was saved.");
  });

  it("Workable: a job in the widget API's shape keeps its place and remote flag", async () => {
    const { job } = await addAndRead('https://apply.workable.com/contoso/j/W1DGET0001/');
    expect(job).toMatchObject({ title: 'Local Ambassador', company: 'Contoso Mobile', location: 'Miami, Florida, United States', workMode: 'remote' });
  });

  it('SmartRecruiters', async () => {
    const { job } = await addAndRead('https://jobs.smartrecruiters.com/WayneEnterprises/744000012345678-qa-automation-engineer');
    expect(job).toMatchObject({ title: 'QA Automation Engineer', company: 'Wayne Enterprises', location: 'Gotham, NJ, United States', workMode: 'onsite', source: 'smartrecruiters', externalId: '744000012345678' });
    expect(job.description).toContain('Job Description\n\nAutomate our test suites with Selenium and Cypress.');
  });

  it('Recruitee', async () => {
    const { job } = await addAndRead('https://starklabs.recruitee.com/o/frontend-developer');
    expect(job).toMatchObject({ title: 'Frontend Developer', company: 'Stark Labs', location: 'Amsterdam, Netherlands', workMode: 'hybrid', salaryMin: 60000, salaryMax: 75000, salaryCurrency: 'EUR', source: 'recruitee' });
    const { job: remote } = await addAndRead('https://weekday.recruitee.com/o/key-account-manager');
    expect(remote).toMatchObject({ title: 'Key Account Manager', company: 'Weekday', location: 'Bangalore, India', workMode: 'remote' });
  });

  it('the same posting by another link of the same system is the same job', async () => {
    const me = await app.as('ada');
    expect(textOf(await runText(me, '/job add https://job-boards.greenhouse.io/acme/jobs/4012345'))).toContain('You already track this job as #1.');
  });
});
