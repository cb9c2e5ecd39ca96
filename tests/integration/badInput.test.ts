import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { eq } from 'drizzle-orm';
import { listApplications } from '../../src/domain/ats/applications.js';
import { notes } from '../../src/models/notes.js';
import { textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let me: CommandContext;

beforeAll(async () => {
  app = await createTestApp();
  me = await app.as('grace');
  await runText(me, '/job add Platform Engineer at Initech');
  await runText(me, '/job move 1 applied');
});
afterAll(() => app.dispose());

/** Runs a bad request and proves every table is exactly as it was. */
async function refused(run: () => Promise<string>): Promise<string> {
  const before = await snapshotTables(app.services.db);
  const text = await run();
  expect(await snapshotTables(app.services.db)).toEqual(before);
  return text;
}

const say = (line: string) => refused(async () => textOf(await runText(me, line)));

describe('bad input gets a clear reply and changes nothing', () => {
  it.each([
    ['/job frobnicate 1', 'There is no /job frobnicate. Try one of: add, list, pipeline, show, edit, move, deadline, timeline, prefs, digest, letter, help, profile, interview, offer, note, contact, followup, email, calendar, stats, data, boards, recs — or /job help.'],
    ['/job lsit', 'There is no /job lsit. Did you mean /job list?'],
    ['/job show', 'Missing <id>. Usage: /job show <id>'],
    ['/job show abc', '<id> must be an application number like 3 or #3. Usage: /job show <id>'],
    ['/job show 99', 'You have no application #99. Use /job list to see yours.'],
    ['/job move 1', 'Missing <state>. Usage: /job move <id> <state> [reason]'],
    ['/job move 1 hired', '<state> must be one of: saved, preparing, applied, screening, assessment, interviewing, final_round, offer, negotiating, accepted, rejected, withdrawn, ghosted, archived. Usage: /job move <id> <state> [reason]'],
    ['/job move 1 accepted', "Can't move from applied to accepted. From applied it can move to: screening, interviewing, rejected, assessment, ghosted, withdrawn, archived."],
    ['/job move 1 applied', 'It is already applied.'],
    ['/job add Engineer', 'Write the title, "at", then the company, e.g. /job add Backend Engineer at Acme https://acme.com/jobs/1 — or just /job add for a form.'],
    ['/job add Engineer at Acme ftp://example.com/x', '<url> must be an http(s) link. Usage: /job add <url> | <title> at <company> [url]'],
    ['/job note 1', 'Missing <text>. Usage: /job note <id> <text>'],
    ['/job list hired', '<state> must be one of: saved, preparing, applied, screening, assessment, interviewing, final_round, offer, negotiating, accepted, rejected, withdrawn, ghosted, archived. Usage: /job list [state]'],
    ['/job show 1 2', 'Too many arguments. Usage: /job show <id>'],
    ['/job reschedule 1.1 tomorrow 10:00', 'You have no interview 1.1. Log one with /job interview 1.'],
    ['/job reschedule x.y tomorrow', '"x.y" is not an interview. Write 3.1 for the first interview of application #3.'],
    ['/job show 0x1', '<id> must be an application number like 3 or #3. Usage: /job show <id>'],
    ['/job show 1e0', '<id> must be an application number like 3 or #3. Usage: /job show <id>'],
    ['/job show 99999999999999999999', '<id> must be an application number like 3 or #3. Usage: /job show <id>'],
    ['/job cancel 1.0', '"1.0" is not an interview. Write 3.1 for the first interview of application #3.'],
    ['/job outcome 1.0 passed', '"1.0" is not an interview. Write 3.1 for the first interview of application #3.'],
    ['/job reschedule 1.0 tomorrow 10:00', '"1.0" is not an interview. Write 3.1 for the first interview of application #3.'],
    ['/job reschedule 1.99999999999999999999 tomorrow 10:00', '"1.99999999999999999999" is not an interview. Write 3.1 for the first interview of application #3.'],
    ['/job reschedule 99999999999.1 tomorrow 10:00', '"99999999999.1" is not an interview. Write 3.1 for the first interview of application #3.'],
    ['/job negotiate 1', 'Negotiation · #1 Initech — answer each field; leave empty to skip an optional one, "cancel" to stop.'],
    ['/job draft 1 follow-up', 'There is no template "follow-up". Templates: applied-3, applied-7, applied-14, thank-you, nudge, offer-time, offer-accept, offer-decline, withdraw, cover-letter (see /job templates).'],
    ['/job template salary', 'There is no template "salary". Templates: applied-3, applied-7, applied-14, thank-you, nudge, offer-time, offer-accept, offer-decline, withdraw, cover-letter (see /job templates).'],
    ['/job template thank-you forget', '<action> must be edit or reset. Usage: /job template <kind> [reset]'],
    ['/job contact remove 1', '"1" is not a contact. Write 3.2 for the second contact of application #3; /job contact list 3 numbers them.'],
    ['/job contact remove 1.4', 'You have no contact 1.4. /job contact list 1 lists them.'],
    ['/job sequence 1 sometimes', '<action> must be start, stop or change. Usage: /job sequence <id> [start|stop|change]'],
    ['/job email connect', "Email isn't set up on this Jobscout: whoever runs it needs JOBSCOUT_SECRET_KEY, which keeps your mail password encrypted. Until then, Draft it gives you text to copy into your own mail."],
    ['/job email imap', 'Connect your email first with /job email connect; then /job email imap lets Jobscout notice replies.'],
  ])('%s', async (line, expected) => {
    expect(await say(line)).toBe(expected);
  });

  it('a date chrono would read day-first, or one years away, is refused instead of guessed', async () => {
    const outcome = await refused(async () => JSON.stringify(await submitForm(me, 'interview', '1', { kind: 'video', when: '2026-13-01 10:00' })));
    expect(JSON.parse(outcome).errors).toEqual({ when: 'When: "2026-13-01 10:00" is not a date and time. Try "tomorrow 14:00", "2026-12-01 09:30" or "next tuesday 3pm Europe/Berlin".' });
    const far = await refused(async () => JSON.stringify(await submitForm(me, 'offer', '1', { base: '100k USD', deadline: '2126-01-01' })));
    expect(JSON.parse(far).errors).toEqual({ deadline: 'Deadline: "2126-01-01" is more than 5 years away. Check the year.' });
  });

  it('control characters are dropped from what is typed, so text with a NUL is saved without it', async () => {
    const other = await app.as('nul-typist');
    expect(textOf(await runText(other, '/job add Foo\u0000Bar at Baz\u0007 Corp'))).toMatch(/^Saved #1\./);
    expect(textOf(await runText(other, '/job note 1 a\u0000b\u0007c'))).toContain('Note 1.1 added.');
    const [job] = (await listApplications(app.services.db, other.person.id)).map((view) => view.job);
    expect([job!.title, job!.company]).toEqual(['FooBar', 'Baz Corp']);
    const stored = await app.services.db.select({ text: notes.body }).from(notes).where(eq(notes.authorPersonId, other.person.id));
    expect(stored).toEqual([{ text: 'abc' }]);
  });

  it('a malformed date in the interview form names the field and saves nothing', async () => {
    const outcome = await refused(async () => JSON.stringify(await submitForm(me, 'interview', '1', { kind: 'video', when: 'someday soon', duration: 'an hour' })));
    expect(JSON.parse(outcome)).toEqual({
      ok: false,
      errors: {
        when: 'When: "someday soon" is not a date and time. Try "tomorrow 14:00", "2026-12-01 09:30" or "next tuesday 3pm Europe/Berlin".',
        duration: 'Duration must be whole minutes between 5 and 480, e.g. 45.',
      },
    });
  });

  it('an interview type that does not exist is refused on its field', async () => {
    const outcome = await refused(async () => JSON.stringify(await submitForm(me, 'interview', '1', { kind: 'coffee', when: 'tomorrow 10:00' })));
    expect(JSON.parse(outcome).errors).toEqual({ kind: 'Type must be one of: phone, video, technical, onsite, panel.' });
  });

  it('a malformed amount in the offer form names the field and saves nothing', async () => {
    const outcome = await refused(async () => JSON.stringify(await submitForm(me, 'offer', '1', { base: 'lots', bonus: '5k', deadline: 'the day after never' })));
    expect(JSON.parse(outcome).errors).toEqual({
      base: 'Base salary: "lots" is not an amount. Try 120000, 120k EUR or $95,000.',
      deadline: 'Deadline: "the day after never" is not a date. Try 2026-12-01 or "next friday".',
    });
  });

  it('an overlong free-text field is refused on that field', async () => {
    const outcome = await refused(async () => JSON.stringify(await submitForm(me, 'interview', '1', { kind: 'video', when: 'tomorrow 10:00', interviewers: 'x'.repeat(501) })));
    expect(JSON.parse(outcome).errors).toEqual({ interviewers: 'Interviewers can be at most 500 characters.' });
  });

  it('an offer without a currency asks for one', async () => {
    const outcome = await refused(async () => JSON.stringify(await submitForm(me, 'offer', '1', { base: '120000' })));
    expect(JSON.parse(outcome).errors).toEqual({ base: 'Base salary: add the currency, e.g. 120000 EUR or $120k.' });
  });

  it('a negotiation round before any offer is refused', async () => {
    const outcome = await refused(async () => {
      const result = await submitForm(me, 'negotiate', '1', { asked: 'more' });
      return result.ok ? textOf(result.reply) : JSON.stringify(result.errors);
    });
    expect(outcome).toBe('#1 has no offer yet. Log it first with /job offer 1.');
  });

  it('a forged or stale button is refused', async () => {
    expect(await refused(async () => textOf(await runAction(me, 'app.move', '1:hired')))).toBe('That button is out of date. Use /job show <id> for a fresh card.');
    expect(await refused(async () => textOf(await runAction(me, 'app.explode', '1')))).toBe('That button no longer does anything. Use /job help to see what you can do.');
  });

  it('replies to user mistakes are ephemeral', async () => {
    const reply = await runText(me, '/job show 42');
    expect(reply.kind === 'message' && reply.ephemeral).toBe(true);
  });

  it('an unexpected failure is logged and answered with an apology and an error id', async () => {
    const broken = { ...me, services: { ...me.services, db: undefined as never } };
    const text = textOf(await runText(broken, '/job list'));
    expect(text).toMatch(/^Sorry, something went wrong on our side\. If it keeps happening, mention error id [0-9a-f]{8}\.$/);
  });
});
