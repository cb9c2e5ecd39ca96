import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getApplication } from '../../../src/domain/ats/applications.js';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';
import { snapshotTables } from '../../support/snapshot.js';

let slack: SlackHarness;
beforeEach(async () => {
  slack = await startSlackHarness({ now: '2026-11-24T10:00:00Z' });
  await slack.command('add Backend Engineer at Acme');
  await slack.fake.waitFor('response_url');
});
afterEach(async () => {
  await slack.dispose();
});

type View = Record<string, unknown> & { blocks: { block_id: string; element: { initial_value?: string } }[] };

describe('correcting records in Slack', () => {
  it('/job edit opens a modal filled in with the job; another person submitting it changes nothing; saving corrects it', async () => {
    const sent = await slack.command('edit 1');
    const [opened] = await slack.fake.waitFor('views.open');
    const view = opened!.args.view as View;
    expect(view).toMatchObject({ type: 'modal', callback_id: 'form:job-edit', title: { text: 'Edit #1 · Acme' } });
    expect(view.blocks.map((block) => [block.block_id, block.element.initial_value])).toEqual([
      ['title', 'Backend Engineer'],
      ['company', 'Acme'],
      ['url', undefined],
      ['location', undefined],
      ['salary', undefined],
    ]);

    // The same form submitted by someone else reaches only their own #1, which they don't have.
    // Their first request makes them known to Jobscout (people, communities): only that changes.
    const records = async () => {
      const { jobs, applications, application_events, job_analyses } = await snapshotTables(slack.app.database.db);
      return { jobs, applications, application_events, job_analyses };
    };
    const before = await records();
    await slack.submit(view, { title: 'Hacked', company: 'Acme' }, { user: 'U3' });
    const refusal = (await slack.fake.waitFor('response_url', 2))[1]!;
    expect(refusal.args.text).toBe('You have no application #1. Use /job list to see yours.');
    expect(await records()).toEqual(before);

    const accepted = await slack.submit(view, { title: 'Senior Backend Engineer', company: 'Acme', location: 'Berlin, DE', salary: '90k-110k EUR' });
    expect(accepted.status).toBe(200);
    const answer = (await slack.fake.waitFor('response_url', 3))[2]!;
    expect(answer.args).toMatchObject({ url: new URL(sent.responseUrl).pathname });
    expect(JSON.stringify(answer.args.blocks)).toContain('Saved: title, location, salary.');
    const ctx = await slack.app.as('U1', 'slack');
    const { job } = await getApplication(slack.app.services.db, ctx.person.id, 1);
    expect([job.title, job.location, job.salaryMin, job.salaryMax, job.salaryCurrency]).toEqual(['Senior Backend Engineer', 'Berlin, DE', 90000, 110000, 'EUR']);
  });
});
