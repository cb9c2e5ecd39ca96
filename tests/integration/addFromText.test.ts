import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import { jobAnalyses } from '../../src/models/jobAnalyses.js';
import { jobs } from '../../src/models/jobs.js';
import { textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.dispose());

const POSTING = `Senior Go Engineer at Acme
Location: Remote (EU)

We move money for millions.

Requirements
- 5+ years with Go and PostgreSQL
- Kubernetes

Nice to have
- Kafka`;

describe('a posting pasted after /job add', () => {
  it('creates the job from the text, analysed', async () => {
    const me = await app.as('ada');
    const text = textOf(await runText(me, `/job add ${POSTING}`));
    expect(text).toContain('Saved #1.\n#1 · Senior Go Engineer at Acme');
    expect(text).toContain('Skills: Go, PostgreSQL, Kubernetes, Kafka');
    const [job] = await app.services.db.select().from(jobs);
    expect(job).toMatchObject({ title: 'Senior Go Engineer', company: 'Acme', location: 'Remote (EU)', source: 'pasted', description: POSTING });
    const [analysis] = await app.services.db.select().from(jobAnalyses);
    expect(analysis).toMatchObject({ seniority: 'senior', workMode: 'remote', yearsExperience: 5 });
  });

  it('shows soft skills on a line of their own, so they never push a tool off the card', async () => {
    const me = await app.as('soft');
    const posting = 'Platform Engineer at Umbrella\n\nRequirements\n- Excellent communication skills; mentoring\n- Go, Terraform, Kubernetes, AWS and PostgreSQL';
    const text = textOf(await runText(me, `/job add ${posting}`));
    expect(text).toContain('Skills: Go, Terraform, Kubernetes, AWS, PostgreSQL');
    expect(text).toContain('Soft skills: Communication, Mentoring');
  });

  it('through the add form, with title and company left empty', async () => {
    const me = await app.as('grace');
    const outcome = await submitForm(me, 'add', '', { title: '', company: '', url: '', posting: 'Data Analyst - Globex\nSQL and Python.' });
    expect(outcome.ok && textOf(outcome.reply)).toContain('#1 · Data Analyst at Globex');
  });

  it('asks for title and company when the text does not say them, and saves nothing', async () => {
    const me = await app.as('ada');
    const before = await snapshotTables(app.database.db);
    expect(textOf(await runText(me, '/job add We are hiring!\nGreat team, great benefits.'))).toBe(
      'Couldn\'t tell the title and company from that text — put "<title> at <company>" on its first line, or use /job add alone and paste it into the form.',
    );
    const outcome = await submitForm(me, 'add', '', { title: '', company: '', url: '', posting: 'We are hiring!\nGreat benefits.' });
    expect(outcome).toEqual({
      ok: false,
      errors: { title: "The posting doesn't say the job title clearly — type it here.", company: "The posting doesn't name the company clearly — type it here." },
    });
    expect(await snapshotTables(app.database.db)).toEqual(before);
  });

  it('a sentence after "Company:" is not taken for a name, and a posting too long is the only thing named', async () => {
    const me = await app.as('ada');
    const sentence = await submitForm(me, 'add', '', { title: '', company: '', url: '', posting: 'Job title: Platform Engineer\nCompany: Acme is a leading provider of widgets to hospitals.' });
    expect(sentence).toEqual({ ok: false, errors: { company: "The posting doesn't name the company clearly — type it here." } });
    const long = await submitForm(me, 'add', '', { title: '', company: '', url: '', posting: 'x'.repeat(20_001) });
    expect(long).toEqual({ ok: false, errors: { posting: 'The posting can be at most 20000 characters.' } });
  });

  it('the form asks only for what the paste leaves unclear, and keeps what it read', async () => {
    // A Hacker News header that names the company and the team but no title.
    const posting = 'Initech | Sales | Remote US | Full-Time | $83k-$120k\n\nWe sell sleep studies to clinics.\n\nRequirements\n- Salesforce';
    const me = await app.as('ada');
    const before = await snapshotTables(app.database.db);
    expect(textOf(await runText(me, `/job add ${posting}`))).toBe(
      'Couldn\'t tell the job title from that text (the company reads "Initech") — put "<title> at <company>" on its first line, or use /job add alone and paste it into the form.',
    );
    const asked = await submitForm(me, 'add', '', { title: '', company: '', url: '', posting });
    expect(asked).toEqual({ ok: false, errors: { title: "The posting doesn't say the job title clearly — type it here." } });
    expect(await snapshotTables(app.database.db)).toEqual(before);

    const saved = await submitForm(me, 'add', '', { title: 'Regional Sales Executive', company: '', url: '', posting });
    expect(saved.ok && textOf(saved.reply)).toContain('· Regional Sales Executive at Initech');
    const [job] = await app.services.db.select().from(jobs).where(eq(jobs.company, 'Initech'));
    expect(job).toMatchObject({ title: 'Regional Sales Executive', location: 'Remote US', source: 'pasted', description: posting });
  });
});
