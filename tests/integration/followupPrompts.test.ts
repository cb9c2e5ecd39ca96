import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { sendFollowupPrompts } from '../../src/jobs/followupPrompts.js';
import { buttonsOf, textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const DAY = 24 * 60 * 60_000;

describe('follow-up prompts for an application that sits in applied', () => {
  let app: TestApp;
  let me: CommandContext;
  const appliedAt = Date.parse('2026-11-02T10:00:00Z');
  const at = (days: number, hours = 0) => app.clock.set(new Date(appliedAt + days * DAY + hours * 3_600_000));
  const prompts = () => app.sent.filter((entry) => entry.personId === me.person.id);
  const round = () => sendFollowupPrompts(app.services, app.notifier);

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-01T10:00:00Z' });
    me = await app.as('anna');
    await runText(me, '/job add Data Engineer at Globex');
    at(0);
    await runText(me, '/job move 1 applied');
  });
  afterAll(() => app.dispose());

  it('nothing before day 7; on day 7 one prompt, with its four answers', async () => {
    at(6, 23);
    expect(await round()).toEqual({ due: 0, sent: 0 });
    at(7);
    expect(await round()).toEqual({ due: 1, sent: 1 });
    at(7, 1);
    expect((await round()).sent).toBe(0);
    expect(prompts()).toHaveLength(1);
    const prompt = prompts()[0]!.reply;
    expect(textOf(prompt)).toContain('#1 · Data Engineer at Globex');
    expect(textOf(prompt)).toContain('It has been 7 days since you applied, with no news.');
    expect(buttonsOf(prompt)).toEqual([
      { label: 'Draft it', action: 'fu.draft', value: '1:applied-7' },
      { label: 'Mark followed up', action: 'fu.done', value: '1' },
      { label: 'Snooze 3 days', action: 'fu.snooze', value: '1' },
      { label: 'They replied', action: 'fu.replied', value: '1' },
      { label: 'Stop reminding', action: 'fu.stop', value: '1' },
    ]);
  });

  it('Snooze moves the prompt three days on, once', async () => {
    const answer = await runAction(me, 'fu.snooze', '1');
    expect(textOf(answer)).toBe('Snoozed: #1 · Data Engineer at Globex. Jobscout will ask again in 3 days.');
    expect(answer.kind === 'message' && answer.replacesSource).toBe(true);
    at(9);
    expect((await round()).sent).toBe(0);
    at(10, 1);
    expect((await round()).sent).toBe(1);
    at(10, 2);
    expect((await round()).sent).toBe(0);
    expect(prompts()).toHaveLength(2);
    expect(textOf(prompts()[1]!.reply)).toContain('It has been 7 days since you applied');
  });

  it('Mark followed up goes on the timeline; the day-14 prompt still comes if nothing happens', async () => {
    await runAction(me, 'fu.done', '1');
    at(13, 23);
    expect((await round()).sent).toBe(0);
    at(14);
    expect((await round()).sent).toBe(1);
    expect(textOf(prompts()[2]!.reply)).toContain('It has been 14 days since you applied');
    expect(textOf(await runText(me, '/job timeline 1'))).toContain('Followed up');
  });

  it('They replied records the response and ends the prompts for good', async () => {
    const answer = await runAction(me, 'fu.replied', '1');
    expect(textOf(answer)).toContain('Their reply is on the timeline of #1 · Data Engineer at Globex');
    const timeline = textOf(await runText(me, '/job timeline 1'));
    expect(timeline.indexOf('Followed up')).toBeLessThan(timeline.indexOf('They replied'));
    for (const day of [15, 21, 28, 60]) {
      at(day);
      expect((await round()).sent).toBe(0);
    }
    expect(prompts()).toHaveLength(3);
  });

  it("someone else can't answer another person's prompt: the id is read as theirs, and nothing changes", async () => {
    const bob = await app.as('bob');
    const before = await snapshotTables(app.services.db);
    const answer = await runAction(bob, 'fu.stop', '1');
    expect(textOf(answer)).toMatch(/You have no application #1/);
    expect(await snapshotTables(app.services.db)).toEqual(before);
  });
});

describe('an application left in applied for good', () => {
  let app: TestApp;
  let me: CommandContext;

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-02T10:00:00Z' });
    me = await app.as('anna');
    await runText(me, '/job add QA Engineer at Vandelay');
    await runText(me, '/job move 1 applied');
  });
  afterAll(() => app.dispose());

  it('is prompted at 7 and 14 days, then left alone, in prompts and in the digest', async () => {
    let sent = 0;
    for (let day = 1; day <= 40; day++) {
      app.clock.set(new Date(Date.parse('2026-11-02T10:00:00Z') + day * DAY));
      sent += (await sendFollowupPrompts(app.services, app.notifier)).sent;
    }
    expect(sent).toBe(2);
    const digest = textOf(await runText(me, '/job digest now'));
    expect(digest).not.toContain('Follow up:');
  });
});

describe('the thank-you prompt the morning after an interview', () => {
  let app: TestApp;
  let me: CommandContext;

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-24T08:00:00Z' });
    me = await app.as('anna');
    await runText(me, '/job add Platform Engineer at Initech');
    await submitForm(me, 'interview', '1', { kind: 'onsite', when: '2026-11-24 15:00 UTC', interviewers: 'Grace Hopper' });
  });
  afterAll(() => app.dispose());

  it('comes at the digest time the day after, once, naming the interviewers', async () => {
    app.clock.set('2026-11-24T17:00:00Z');
    expect((await sendFollowupPrompts(app.services, app.notifier)).sent).toBe(0);
    app.clock.set('2026-11-25T08:59:00Z');
    expect((await sendFollowupPrompts(app.services, app.notifier)).sent).toBe(0);
    app.clock.set('2026-11-25T09:00:00Z');
    expect((await sendFollowupPrompts(app.services, app.notifier)).sent).toBe(1);
    app.clock.set('2026-11-25T12:00:00Z');
    expect((await sendFollowupPrompts(app.services, app.notifier)).sent).toBe(0);
    const [prompt] = app.sent.filter((entry) => entry.personId === me.person.id);
    expect(textOf(prompt!.reply)).toContain('How did your onsite interview go? A short thank-you to Grace Hopper today keeps you in their mind.');
    expect(buttonsOf(prompt!.reply).map((button) => button.label)).toEqual(['Draft it', 'Sent a thank-you', 'Snooze 3 days', 'They replied', 'Stop reminding']);
    await runAction(me, 'fu.thanked', '1');
    expect(textOf(await runText(me, '/job timeline 1'))).toContain('Sent a thank-you');
  });
});
