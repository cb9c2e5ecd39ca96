import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { eq } from 'drizzle-orm';
import { getProfile } from '../../src/domain/people/profile.js';
import { applicationEvents } from '../../src/models/applications.js';
import { textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let me: CommandContext;
beforeAll(async () => {
  app = await createTestApp();
  me = await app.as('ada');
  await runText(
    me,
    `/job add Senior Backend Engineer at Acme
Location: Berlin
Hybrid, two days in the office.

Requirements
- 5+ years with TypeScript and PostgreSQL
- Kubernetes

Nice to have
- Kafka

Salary: €90,000 - €110,000 per year`,
  );
});
afterAll(() => app.dispose());

describe('/job profile', () => {
  it('opens a form with five fields', async () => {
    const reply = await runText(me, '/job profile');
    expect(reply.kind === 'form' && reply.form.fields.map((field) => field.name)).toEqual(['skills', 'years', 'titles', 'locations', 'salary']);
  });

  it('names every bad field and saves nothing', async () => {
    const before = await snapshotTables(app.database.db);
    const outcome = await submitForm(me, 'profile', '', { skills: '', years: 'lots', salary: 'plenty' });
    expect(outcome).toEqual({
      ok: false,
      errors: {
        skills: 'Skills is required.',
        years: 'Years of experience must be a whole number between 0 and 60, e.g. 6.',
        salary: 'Salary floor: "plenty" is not an amount. Try 120000, 120k EUR or $95,000.',
      },
    });
    expect(await snapshotTables(app.database.db)).toEqual(before);
  });

  it('records skills with levels under their canonical names, and the rest', async () => {
    const outcome = await submitForm(me, 'profile', '', {
      skills: 'typescript: expert, postgres advanced, k8s, Basket weaving (beginner)',
      years: '6',
      titles: 'Senior Backend Engineer, Staff Engineer',
      locations: 'Berlin or remote',
      salary: '95k EUR',
    });
    expect(outcome.ok && textOf(outcome.reply)).toContain('Skills: TypeScript (expert), PostgreSQL (advanced), Kubernetes (intermediate), Basket weaving (beginner)');
    expect(outcome.ok && textOf(outcome.reply)).toContain("Jobscout doesn't know Basket weaving yet");
    const saved = await getProfile(app.services.db, me.person.id);
    expect(saved).toMatchObject({ yearsExperience: 6, targetTitles: ['Senior Backend Engineer', 'Staff Engineer'], locations: ['Berlin'], remotePreference: 'any', salaryFloor: 95000, salaryCurrency: 'EUR' });
    // Opening the form again shows what was saved.
    const again = await runText(me, '/job profile');
    expect(again.kind === 'form' && again.form.fields.map((field) => field.initial)).toEqual([
      'TypeScript: expert, PostgreSQL: advanced, Kubernetes: intermediate, Basket weaving: beginner',
      '6',
      'Senior Backend Engineer, Staff Engineer',
      'Berlin or remote',
      'EUR 95,000',
    ]);
  });
});

describe('/job fit', () => {
  it('scores the job 0–100 with the configured weights, each part with its reason', async () => {
    const text = textOf(await runText(me, '/job fit 1'));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^#1 · Senior Backend Engineer at Acme — fit (\d+)\/100$/);
    // TypeScript (expert 1.0) + PostgreSQL (advanced 0.9) + Kubernetes (intermediate 0.7) of 3 required and Kafka (nice, 0.5) missing: 2.6 / 3.5 of 30.
    expect(text).toContain('Skills 22/30: You have TypeScript, PostgreSQL, Kubernetes; nothing required is missing.');
    expect(text).toContain('Experience 25/25: It asks for 5 years; you have 6.');
    expect(text).toContain('Culture fit 20/20: It is hybrid in Berlin, which suits you.');
    expect(text).toContain('Growth 15/15: "Senior Backend Engineer" is a title you are aiming for.');
    expect(text).toContain('Compensation 10/10: It pays up to EUR 110,000, at or above your floor of EUR 95,000.');
    const total = Number(/fit (\d+)\/100/.exec(lines[0]!)![1]);
    expect(total).toBe(92); // 22.3 + 25 + 20 + 15 + 10
  });

  it('the card shows the score', async () => {
    expect(textOf(await runText(me, '/job show 1'))).toContain('Fit: 92/100 (/job fit 1 for why)');
  });

  it('keeps the fit score and its five parts with the move to applied, for comparing later with what happened', async () => {
    await runText(me, '/job move 1 applied');
    const [moved] = await app.services.db.select().from(applicationEvents).where(eq(applicationEvents.toState, 'applied'));
    expect(moved!.payload).toEqual({
      fit: {
        total: 92,
        parts: {
          skills: { score: expect.closeTo(2.6 / 3.5, 10), weight: 30 },
          experience: { score: 1, weight: 25 },
          culture: { score: 1, weight: 20 },
          growth: { score: 1, weight: 15 },
          compensation: { score: 1, weight: 10 },
        },
      },
    });
  });

  it('asks for a profile first, and uses only the asker’s own profile', async () => {
    const other = await app.as('grace');
    await runText(other, '/job add Senior Backend Engineer at Acme');
    expect(textOf(await runText(other, '/job fit 1'))).toBe('Fit scores compare a job with your profile, and you have none yet. Fill it in with /job profile, then try again.');
    expect(textOf(await runText(other, '/job fit 2'))).toBe('You have no application #2. Use /job list to see yours.');
  });
});
