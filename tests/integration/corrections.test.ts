import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import type { Reply } from '../../src/bots/ui.js';
import { addApplication } from '../../src/domain/ats/applications.js';
import { sendDeadlineReminders } from '../../src/jobs/deadlineReminders.js';
import { interviews } from '../../src/models/interviews.js';
import { jobs } from '../../src/models/jobs.js';
import { offers } from '../../src/models/offers.js';
import { textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

function initialValues(reply: Reply): Record<string, string | undefined> {
  if (reply.kind !== 'form') throw new Error(`expected a form, got: ${textOf(reply)}`);
  return Object.fromEntries(reply.form.fields.map((field) => [field.name, field.initial]));
}

async function saved(outcome: Awaited<ReturnType<typeof submitForm>>): Promise<string> {
  if (!outcome.ok) throw new Error(`form refused: ${JSON.stringify(outcome.errors)}`);
  return textOf(outcome.reply);
}

describe('correcting interviews, offers and postings', () => {
  let app: TestApp;
  let anna: CommandContext;
  let bob: CommandContext;

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-24T10:00:00Z' });
    anna = await app.as('anna');
    bob = await app.as('bob');
    await runText(anna, '/job add Data Engineer at Globex');
    await saved(await submitForm(anna, 'interview', '1', { kind: 'video', when: '2026-11-26 14:00', duration: '45', interviewers: 'Ada', location: 'https://meet.example.com/abc' }));
  });
  afterAll(() => app.dispose());

  it('the interview form opens filled in, and saving it says what changed and moves its reminders', async () => {
    const form = await runText(anna, '/job interview edit 1.1');
    expect(initialValues(form)).toEqual({ kind: 'video', when: '2026-11-26 14:00 UTC', duration: '45', interviewers: 'Ada', location: 'https://meet.example.com/abc' });
    const reply = await saved(await submitForm(anna, 'interview-edit', '1.1', { kind: 'onsite', when: '2026-11-27 10:00', duration: '90', interviewers: 'Ada, Grace', location: 'Globex HQ' }));
    expect(reply).toContain('Interview 1.1 saved: onsite, Fri 27 Nov 2026, 10:00 UTC (in 3 days), 90 min. Changed: type, time, duration, interviewers, place.');
    const [row] = await app.services.db.select().from(interviews);
    expect([row!.kind, row!.startsAt.toISOString(), row!.durationMinutes, row!.interviewers, row!.location]).toEqual(['onsite', '2026-11-27T10:00:00.000Z', 90, 'Ada, Grace', 'Globex HQ']);
    expect(textOf(await runText(anna, '/job timeline 1'))).toContain('Interview 1.1 edited: type, time, duration, interviewers, place');
    // The reminder planned for the old time is now stale: the scheduler's job for it was replaced.
    const agenda = await app.scheduler();
    const planned = await agenda.queryJobs({ name: 'interview-reminder' });
    expect(new Set(planned.jobs.map((job) => (job.data as { startsAt: string }).startsAt))).toEqual(new Set(['2026-11-27T10:00:00.000Z']));
  });

  it('a bad field is refused on that field and changes nothing', async () => {
    const before = await snapshotTables(app.services.db);
    const outcome = await submitForm(anna, 'interview-edit', '1.1', { kind: 'onsite', when: 'someday', duration: '2', interviewers: '', location: '' });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && Object.keys(outcome.errors).sort()).toEqual(['duration', 'when']);
    expect(await snapshotTables(app.services.db)).toEqual(before);
  });

  it('deleting an interview needs the group word, removes it with its reminders, and leaves a line on the timeline', async () => {
    expect(textOf(await runText(anna, '/job delete 1.1'))).toContain('There is no /job delete.');
    const reply = textOf(await runText(anna, '/job interview delete 1.1'));
    expect(reply).toContain('Deleted interview 1.1 (onsite, Fri 27 Nov 2026, 10:00 UTC); its reminders are off.');
    expect(await app.services.db.select().from(interviews)).toEqual([]);
    const agenda = await app.scheduler();
    expect((await agenda.queryJobs({ name: 'interview-reminder' })).jobs).toEqual([]);
    expect(textOf(await runText(anna, '/job timeline 1'))).toContain('Interview 1.1 deleted (onsite, was set for Fri 27 Nov 2026, 10:00 UTC)');
    expect(textOf(await runText(anna, '/job interview delete 1.1'))).toContain('You have no interview 1.1.');
  });

  it('the offer form opens with the latest offer; a corrected deadline brings an expired offer back', async () => {
    await saved(await submitForm(anna, 'offer', '1', { base: '100000 EUR', bonus: '5000', deadline: '2026-11-25' }));
    app.clock.set('2026-11-26T09:00:00Z');
    expect((await sendDeadlineReminders(app.services, app.notifier)).expired).toBe(1);
    expect(initialValues(await runText(anna, '/job offer edit 1'))).toEqual({ base: '100000 EUR', bonus: '5000', equity: undefined, start: undefined, deadline: '2026-11-25' });
    const reply = await saved(await submitForm(anna, 'offer-edit', '1', { base: '105000 EUR', bonus: '5000', equity: '', start: '2027-01-15', deadline: '2026-12-04' }));
    expect(reply).toContain('Offer saved. Changed: base, start date, deadline. Status: pending.');
    const [offer] = await app.services.db.select().from(offers);
    expect([offer!.base, offer!.startDate, offer!.deadline, offer!.status]).toEqual([105000, '2027-01-15', '2026-12-04', 'pending']);
    expect(textOf(await runText(anna, '/job timeline 1'))).toContain('Offer edited: base, start date, deadline');
    expect(textOf(await runText(anna, '/job offer edit 9'))).toContain('You have no application #9.');
  });

  it("a posting only the person tracks is corrected in place; the card shows it", async () => {
    const form = initialValues(await runText(anna, '/job edit 1'));
    expect(form).toMatchObject({ title: 'Data Engineer', company: 'Globex' });
    const reply = await saved(await submitForm(anna, 'job-edit', '1', { title: 'Senior Data Engineer', company: 'Globex Corp', url: 'https://globex.example/jobs/7', location: 'Berlin, DE', salary: '90k-110k EUR' }));
    expect(reply).toContain('Saved: title, company, link, location, salary.');
    expect(reply).toContain('#1 · Senior Data Engineer at Globex Corp');
    expect(reply).toContain('EUR 90,000 – 110,000 a year');
    expect(await app.services.db.select({ id: jobs.id }).from(jobs)).toHaveLength(1);
    // The salary it shows reads back as the same salary: saving the form untouched changes nothing.
    const again = initialValues(await runText(anna, '/job edit 1'));
    expect(await saved(await submitForm(anna, 'job-edit', '1', again as Record<string, string>))).toContain('Nothing changed.');
  });

  it("a posting others track too stays as it is for them; the corrector gets their own copy, still the same posting", async () => {
    const posting = { title: 'Platform Engineer', company: 'Initech', url: 'https://initech.example/careers/42' };
    await addApplication(app.services, { personId: bob.person.id, community: bob.community }, posting);
    const mine = await addApplication(app.services, { personId: anna.person.id, community: anna.community }, posting);
    expect(mine.job.createdBy).toBe(bob.person.id);
    const seq = mine.application.seq;
    const reply = await saved(await submitForm(anna, 'job-edit', String(seq), { title: 'Staff Platform Engineer', company: 'Initech', url: posting.url, location: '', salary: '' }));
    expect(reply).toContain('Saved: title. Others who track this posting still see it as it was; your version is yours.');
    expect(textOf(await runText(bob, '/job show 1'))).toContain('Platform Engineer at Initech');
    expect(textOf(await runText(bob, '/job show 1'))).not.toContain('Staff');
    expect(textOf(await runText(anna, `/job show ${seq}`))).toContain('Staff Platform Engineer at Initech');
    const again = await addApplication(app.services, { personId: anna.person.id, community: anna.community }, posting);
    expect([again.alreadyTracked, again.application.seq]).toEqual([true, seq]);
  });

  it('notes are numbered, rewritten in a form and deleted; the timeline says so without keeping what they said', async () => {
    expect(textOf(await runText(anna, '/job note 1 Recruiter is Sam'))).toContain('Note 1.1 added.');
    await runText(anna, '/job note 1 Salary band 90-110k');
    expect(initialValues(await runText(anna, '/job note edit 1.2'))).toEqual({ text: 'Salary band 90-110k' });
    expect(await saved(await submitForm(anna, 'note-edit', '1.2', { text: 'Salary band 95-115k' }))).toContain('Note 1.2 saved.');
    expect(textOf(await runText(anna, '/job note delete 1.1'))).toContain('Deleted note 1.1.');
    expect(textOf(await runText(anna, '/job delete 1.2'))).toContain('There is no /job delete.');
    const timeline = textOf(await runText(anna, '/job timeline 1'));
    expect(timeline).toContain('Note 1.2: Salary band 95-115k');
    expect(timeline).toContain('Note 1.2 edited');
    expect(timeline).toContain('Note 1.1 deleted');
    expect(timeline).not.toContain('Recruiter is Sam');
    expect(timeline).not.toContain('90-110k');
    expect(textOf(await runText(anna, '/job note 1 Third'))).toContain('Note 1.3 added.');
    expect(textOf(await runText(anna, '/job note edit 1.9'))).toContain('You have no note 1.9.');
    expect(textOf(await runText(anna, '/job note delete 1'))).toContain('"1" is not a note. Write 3.2');
  });

  it('bad input and other people change nothing', async () => {
    const before = await snapshotTables(app.services.db);
    const badSalary = await submitForm(anna, 'job-edit', '1', { title: 'X', company: 'Y', url: 'ftp://nope', location: '', salary: 'lots' });
    expect(!badSalary.ok && badSalary.errors).toEqual({
      url: 'Link must be an http(s) address, e.g. https://acme.com/jobs/1.',
      salary: 'Salary: write it like 90k–110k EUR, up to £80k, or $45/hour — or leave it empty.',
    });
    const noTitle = await submitForm(anna, 'job-edit', '1', { title: '', company: 'Y', url: '', location: '', salary: '' });
    expect(!noTitle.ok && noTitle.errors).toEqual({ title: 'Job title is required.' });
    // Anna has a #2; Bob does not.
    for (const line of ['/job edit 2', '/job interview edit 2.1', '/job offer edit 2', '/job interview delete 2.1', '/job note edit 2.1', '/job note delete 2.1']) expect(textOf(await runText(bob, line))).toContain('You have no application #2.');
    for (const [form, context, values] of [
      ['job-edit', '2', { title: 'Mine now', company: 'Bob Inc', url: '', location: '', salary: '' }],
      ['offer-edit', '2', { base: '1 EUR' }],
      ['interview-edit', '2.1', { kind: 'video', when: 'tomorrow 10:00' }],
      ['note-edit', '2.1', { text: 'mine now' }],
    ] as const) {
      const outcome = await submitForm(bob, form, context, values);
      expect(outcome.ok && textOf(outcome.reply)).toContain('You have no application #2.');
    }
    expect(await snapshotTables(app.services.db)).toEqual(before);
    const [anyJob] = await app.services.db.select().from(jobs).where(eq(jobs.title, 'Mine now'));
    expect(anyJob).toBeUndefined();
  });
});
