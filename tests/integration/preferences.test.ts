import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { getPreferences } from '../../src/domain/people/preferences.js';
import { getProfile } from '../../src/domain/people/profile.js';
import { addToPool, fillProfile, posting, setPrefs } from '../support/jobPool.js';
import { textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let me: CommandContext;
beforeAll(async () => {
  app = await createTestApp({ env: { JOBSCOUT_TIMEZONE: 'Europe/Lisbon' } });
  me = await app.as('anna');
});
afterAll(() => app.dispose());

describe('/job prefs', () => {
  it('opens a form of five fields with the defaults filled in', async () => {
    const reply = await runText(me, '/job prefs');
    expect(reply.kind).toBe('form');
    if (reply.kind !== 'form') return;
    expect(reply.form.fields.map((field) => [field.name, field.initial])).toEqual([
      ['digest', '09:00'],
      ['size', '5'],
      ['where', undefined],
      ['salary', undefined],
      ['avoid', undefined],
    ]);
    expect(reply.form.fields[0]!.hint).toBe('Without a zone it follows Europe/Lisbon.');
  });

  it.each([
    [{ digest: '25:00', size: '5' }, 'digest', 'Write a time of day such as 09:00'],
    [{ digest: '09:00 Moon/Base', size: '5' }, 'digest', '"Moon/Base" is not a time zone Jobscout knows'],
    [{ digest: '09:00', size: '50' }, 'size', 'Jobs per digest must be a whole number from 1 to 10'],
    [{ digest: '09:00', size: '5', salary: 'lots' }, 'salary', ''],
  ])('refuses %o on its field and saves nothing', async (values, field, message) => {
    const before = await snapshotTables(app.services.db);
    const outcome = await submitForm(me, 'prefs', '', values);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(Object.keys(outcome.errors)).toEqual([field]);
    expect(outcome.errors[field]).toContain(message);
    expect(await snapshotTables(app.services.db)).toEqual(before);
  });

  it('saves the digest settings, where and for how much (shared with the profile), and titles to avoid', async () => {
    await fillProfile(me, { skills: 'Go: expert', years: '4' });
    const outcome = await submitForm(me, 'prefs', '', { digest: '7:30am America/New_York', size: '3', where: 'Berlin or remote', salary: '90k EUR', avoid: 'Manager, Sales' });
    expect(outcome.ok && textOf(outcome.reply)).toBe(
      ['Your preferences are saved', '──────────────────────────', 'Daily digest: 07:30 America/New_York, up to 3 jobs', 'Where: Berlin or remote', 'Salary floor: EUR 90,000', 'Never show: Manager, Sales', 'Weekly report: off', '[1] Turn on the weekly report', "  See today's picks with /job recs, or the digest now with /job digest now."].join('\n'),
    );
    expect(await getPreferences(app.services.db, app.services.config, me.person.id)).toEqual({ digestEnabled: true, digestTime: '07:30', chosenTimezone: 'America/New_York', digestSize: 3, avoidTitles: ['Manager', 'Sales'], weeklyReport: false });
    // The profile keeps its skills; where and the floor are updated, so fit scores read them too.
    expect(await getProfile(app.services.db, me.person.id)).toMatchObject({ skills: [{ name: 'Go', level: 'expert' }], locations: ['Berlin'], remotePreference: 'any', salaryFloor: 90000, salaryCurrency: 'EUR' });
  });

  it('titles to avoid never come up in recommendations', async () => {
    await addToPool(app, [posting('Go Engineer', 'Acme', ['Go']), posting('Engineering Manager', 'Globex', ['Go'])]);
    const text = textOf(await runText(me, '/job recs'));
    expect(text).toContain('Go Engineer at Acme');
    expect(text).not.toContain('Engineering Manager');
  });

  it('the zone chosen for the digest is the zone times are read in everywhere, until it is taken back', async () => {
    const dana = await app.as('dana');
    await setPrefs(dana, { digest: '08:00 Asia/Tokyo' });
    const again = await app.as('dana');
    await runText(again, '/job add Site Reliability Engineer at Hooli');
    const outcome = await submitForm(again, 'interview', '1', { kind: 'video', when: '2026-12-01 14:00' });
    expect(outcome.ok && textOf(outcome.reply)).toContain('Logged interview 1.1: video, Tue 1 Dec 2026, 14:00 Asia/Tokyo');
    // A time without a zone goes back to the default (the platform's zone, on Slack).
    await setPrefs(again, { digest: '08:00' });
    const form = await runText(await app.as('dana'), '/job interview 1');
    expect(form.kind === 'form' && form.form.fields.find((field) => field.name === 'when')?.hint).toBe('Your time zone is Europe/Lisbon; add another at the end, e.g. "Europe/Berlin".');
  });

  it("another person's form shows their own settings, never someone else's", async () => {
    const bob = await app.as('bob');
    const reply = await runText(bob, '/job prefs');
    expect(reply.kind === 'form' && reply.form.fields.map((field) => field.initial)).toEqual(['09:00', '5', undefined, undefined, undefined]);
    expect(textOf(await runText(bob, '/job digest'))).toContain('09:00 Europe/Lisbon');
  });
});
