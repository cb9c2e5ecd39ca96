import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { addApplication } from '../../src/domain/ats/applications.js';
import { sendDeadlineReminders } from '../../src/jobs/deadlineReminders.js';
import { Notifier } from '../../src/bots/notifier.js';
import { offers } from '../../src/models/offers.js';
import { textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// Berlin is UTC+1 in winter: a deadline "on 4 Dec" ends at 23:59 there, 22:59 UTC.
describe('deadlines to apply and to answer an offer, in the person’s zone', () => {
  let app: TestApp;
  let anna: CommandContext;
  const round = () => sendDeadlineReminders(app.services, app.notifier);
  const dms = () => app.sent.filter((entry) => entry.personId === anna.person.id).map((entry) => textOf(entry.reply));

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-24T10:00:00Z', env: { JOBSCOUT_TIMEZONE: 'Europe/Berlin' } });
    anna = await app.as('anna');
    await runText(anna, '/job add Data Engineer at Globex');
  });
  afterAll(() => app.dispose());

  it('/job deadline sets a date as the end of that day, shows it on the card and says which reminders will come', async () => {
    const reply = textOf(await runText(anna, '/job deadline 1 2026-12-04'));
    expect(reply).toContain('Deadline to apply for #1: Fri 4 Dec 2026 (in 10 days), set by you.');
    expect(reply).toContain('Reminders in your DMs: 3 d, 1 d, 3 h before.');
    expect(textOf(await runText(anna, '/job show 1'))).toContain('Deadline: Fri 4 Dec 2026');
    expect(textOf(await runText(anna, '/job deadline 1'))).toContain('Fri 4 Dec 2026 (in 10 days), set by you.');
  });

  it('sends each reminder once: 3 days, 1 day and 3 hours before the end of the day in Berlin', async () => {
    app.clock.set('2026-12-01T22:58:00Z');
    expect(await round()).toEqual({ due: 0, sent: 0, expired: 0 });
    app.clock.set('2026-12-01T22:59:00Z');
    expect((await round()).sent).toBe(1);
    app.clock.set('2026-12-02T06:00:00Z');
    expect((await round()).sent).toBe(0);
    app.clock.set('2026-12-03T22:59:00Z');
    expect((await round()).sent).toBe(1);
    app.clock.set('2026-12-04T20:00:00Z');
    expect((await round()).sent).toBe(1);
    app.clock.set('2026-12-04T21:00:00Z');
    expect((await round()).sent).toBe(0);
    expect(dms()).toHaveLength(3);
    expect(dms()[0]).toContain('Applications for #1 close Fri 4 Dec 2026 (in 3 days).');
    expect(dms()[1]).toContain('(tomorrow)');
    expect(dms()[2]).toContain('(in 3 hours)');
    expect(dms()[0]).toContain('#1 · Data Engineer at Globex');
  });

  it('after downtime, only the closest reminder comes; a deadline set two days out sends no "3 days left"', async () => {
    app.clock.set('2026-12-05T09:00:00Z');
    await runText(anna, '/job add Analyst at Initech');
    await runText(anna, '/job deadline 2 2026-12-07');
    expect((await round()).sent).toBe(0);
    // Down from before the 1-day mark until after the 3-hour one: one reminder, the 3-hour one.
    app.clock.set('2026-12-07T21:00:00Z');
    expect((await round()).sent).toBe(1);
    expect(dms().at(-1)).toContain('Applications for #2 close Mon 7 Dec 2026 (in 2 hours)');
    expect((await round()).sent).toBe(0);
  });

  it("a posting's closing date is the deadline until the person sets one; none once they applied", async () => {
    app.clock.set('2026-12-06T09:00:00Z');
    await addApplication(app.services, { personId: anna.person.id, community: anna.community }, { title: 'Designer', company: 'Umbrella', closesAt: new Date('2026-12-10T00:00:00Z') });
    expect(textOf(await runText(anna, '/job show 3'))).toContain('Closes: Thu 10 Dec 2026');
    expect(textOf(await runText(anna, '/job deadline 3'))).toContain("Thu 10 Dec 2026 (in 4 days), the posting's closing date.");
    await runText(anna, '/job move 3 applied');
    app.clock.set('2026-12-09T23:00:00Z');
    expect((await round()).sent).toBe(0);
    expect(textOf(await runText(anna, '/job deadline 3'))).toContain('You are past applying, so it sends no reminders.');
  });

  it('"none" clears a deadline, and the timeline tells both', async () => {
    app.clock.set('2026-12-06T09:00:00Z');
    await runText(anna, '/job add Tester at Hooli');
    await runText(anna, '/job deadline 4 2026-12-08 17:00');
    expect(textOf(await runText(anna, '/job deadline 4 none'))).toContain('Deadline cleared for #4');
    app.clock.set('2026-12-08T14:30:00Z');
    const before = dms().length;
    await round();
    expect(dms().slice(before)).toEqual([]);
    const timeline = textOf(await runText(anna, '/job timeline 4'));
    expect(timeline).toContain('Deadline to apply set: Tue 8 Dec 2026, 17:00 Europe/Berlin');
    expect(timeline).toContain('Deadline cleared');
  });

  it('bad input and other people change nothing', async () => {
    const bob = await app.as('bob');
    const before = await snapshotTables(app.services.db);
    const cases: [CommandContext, string, string][] = [
      [anna, '/job deadline 1 blorp', 'Deadline: "blorp" is not a date.'],
      [anna, '/job deadline 99 friday', 'You have no application #99.'],
      [anna, '/job deadline x friday', '<id> must be an application number like 3 or #3.'],
      [bob, '/job deadline 1 friday', 'You have no application #1.'],
      [bob, '/job deadline 1', 'You have no application #1.'],
    ];
    for (const [who, line, expected] of cases) {
      const reply = await runText(who, line);
      expect(reply.kind === 'message' && reply.ephemeral).toBe(true);
      expect(textOf(reply)).toContain(expected);
    }
    expect(await snapshotTables(app.services.db)).toEqual(before);
  });

  it('an offer deadline gets its reminders, and an offer left unanswered past it expires once', async () => {
    app.clock.set('2026-12-06T09:00:00Z');
    await runText(anna, '/job add Engineer at Stark');
    const logged = await submitForm(anna, 'offer', '5', { base: '100000 EUR', deadline: '2026-12-10' });
    expect(logged.ok).toBe(true);
    app.clock.set('2026-12-07T22:59:00Z');
    expect((await round()).sent).toBe(1);
    expect(dms().at(-1)).toContain('Your offer for #5 needs an answer by Thu 10 Dec 2026 (in 3 days).');
    app.clock.set('2026-12-10T22:58:00Z');
    expect((await round()).expired).toBe(0);
    app.clock.set('2026-12-10T23:00:00Z');
    expect((await round()).expired).toBe(1);
    expect((await round()).expired).toBe(0);
    const [offer] = await app.services.db.select().from(offers);
    expect(offer!.status).toBe('expired');
    expect(textOf(await runText(anna, '/job timeline 5'))).toContain('Offer expired: no answer by 2026-12-10');
  });

  it('an answered offer neither reminds nor expires', async () => {
    app.clock.set('2026-12-11T09:00:00Z');
    await runText(anna, '/job add Lead at Wayne');
    await submitForm(anna, 'offer', '6', { base: '120000 EUR', deadline: '2026-12-20' });
    await runText(anna, '/job move 6 accepted');
    app.clock.set('2026-12-17T23:00:00Z');
    expect((await round()).sent).toBe(0);
    app.clock.set('2026-12-21T09:00:00Z');
    expect((await round()).expired).toBe(0);
    const rows = await app.services.db.select().from(offers).where(eq(offers.status, 'accepted'));
    expect(rows).toHaveLength(1);
  });

  it('a restart, or a second worker on the same data, sends nothing twice; a rejected application gets none', async () => {
    app.clock.set('2026-12-21T09:00:00Z');
    await runText(anna, '/job add Engineer at Initrode');
    await runText(anna, '/job deadline 7 2026-12-28');
    await runText(anna, '/job add Engineer at Vandelay');
    await runText(anna, '/job deadline 8 2026-12-28');
    await runText(anna, '/job move 8 applied');
    await runText(anna, '/job move 8 rejected');
    // A second worker on the same database, with its own notifier.
    const otherSent: string[] = [];
    const other = new Notifier();
    other.register({ platform: 'console', canReach: () => true, send: async (_person, reply) => void otherSent.push(textOf(reply)) });
    // Past the 3-day mark (22:59 UTC on the 25th) of the deadline that ends 28 Dec in Berlin.
    app.clock.set('2026-12-25T23:00:00Z');
    const [first, second] = await Promise.all([round(), sendDeadlineReminders(app.services, other)]);
    expect(first.sent + second.sent).toBe(1);
    // Run again, as after a restart: the key is recorded as sent.
    expect((await round()).sent).toBe(0);
    expect((await sendDeadlineReminders(app.services, other)).sent).toBe(0);
    const sentTo = [...dms(), ...otherSent].filter((text) => text.includes('Applications for #'));
    expect(sentTo.filter((text) => text.includes('#7 close'))).toHaveLength(1);
    expect(sentTo.filter((text) => text.includes('#8 close'))).toHaveLength(0);
  });

  it('the digest lists deadlines to apply in the next days', async () => {
    app.clock.set('2026-12-21T09:00:00Z');
    await runText(anna, '/job add Writer at Acme');
    await runText(anna, '/job deadline 9 2026-12-23');
    await runText(anna, '/job add Editor at Acme');
    await runText(anna, '/job deadline 10 2027-01-20');
    const digest = textOf(await runText(anna, '/job digest now'));
    expect(digest).toContain('Apply by Wed 23 Dec 2026: #9 · Writer at Acme');
    expect(digest).not.toContain('#10');
  });
});
