import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { applications } from '../../src/models/applications.js';
import { textOf } from '../support/replyText.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let owner: CommandContext;
let stranger: CommandContext;
let sameIdOtherPlatform: CommandContext;

const NOT_YOURS = 'You have no application #1. Use /job list to see yours.';

beforeAll(async () => {
  app = await createTestApp();
  owner = await app.as('owner');
  stranger = await app.as('stranger');
  // The same user id on another platform is another person.
  sameIdOtherPlatform = await app.as('owner', 'slack');
  await runText(owner, '/job add Staff Engineer at Umbrella');
  await runText(owner, '/job move 1 applied');
  await runText(owner, '/job sequence 1 start');
  await submitForm(owner, 'contact', '1', { name: 'Jane Recruiter', email: 'jane@umbrella.example', role: 'recruiter' });
  await runText(owner, '/job note 1 Salary expectations: 150k, do not share');
  await submitForm(owner, 'interview', '1', { kind: 'video', when: '2026-11-30 10:00' });
  await submitForm(owner, 'offer', '1', { base: '150k USD' });
});
afterAll(() => app.dispose());

describe("another person cannot read or change someone's applications", () => {
  for (const who of ['stranger', 'sameIdOtherPlatform'] as const) {
    const ctx = () => (who === 'stranger' ? stranger : sameIdOtherPlatform);

    it(`${who}: every command, button and form on #1 is refused and nothing changes`, async () => {
      const before = await snapshotTables(app.services.db);
      const replies: string[] = [];
      for (const line of ['show 1', 'move 1 screening', 'note 1 hello', 'timeline 1', 'interview 1', 'offer 1', 'negotiate 1', 'reschedule 1.1 tomorrow 10:00', 'outcome 1.1 failed', 'cancel 1.1', 'similar 1', 'fit 1', 'deadline 1', 'deadline 1 friday', 'deadline 1 none', 'edit 1', 'interview edit 1.1', 'interview delete 1.1', 'offer edit 1', 'contact 1', 'contact list 1', 'contact remove 1.1', 'draft 1', 'draft 1 thank-you', 'letter 1', 'sequence 1', 'sequence 1 start', 'sequence 1 stop', 'sequence 1 change']) {
        replies.push(textOf(await runText(ctx(), line)));
      }
      for (const [action, value] of [['app.move', '1:screening'], ['app.timeline', '1'], ['app.show', '1'], ['app.interview', '1'], ['app.offer', '1'], ['app.note', '1'], ['fu.done', '1'], ['fu.thanked', '1'], ['fu.snooze', '1'], ['fu.replied', '1'], ['fu.stop', '1'], ['fu.draft', '1:applied-7'], ['app.contact', '1'], ['seq.start', '1'], ['seq.stop', '1'], ['seq.change', '1']] as const) {
        replies.push(textOf(await runAction(ctx(), action, value)));
      }
      for (const [form, values] of [
        ['interview', { kind: 'video', when: 'tomorrow 10:00' }],
        ['offer', { base: '1 USD' }],
        ['negotiate', { asked: 'more' }],
        ['note', { text: 'sneaky' }],
        ['job-edit', { title: 'Mine', company: 'Now' }],
        ['offer-edit', { base: '1 USD' }],
        ['contact', { name: 'Mallory', email: 'm@evil.example', role: 'recruiter' }],
        ['sequence', { strategy: 'fixed', steps: '1', mode: 'automatic' }],
      ] as const) {
        const outcome = await submitForm(ctx(), form, '1', values);
        replies.push(outcome.ok ? textOf(outcome.reply) : JSON.stringify(outcome.errors));
      }
      const edit = await submitForm(ctx(), 'interview-edit', '1.1', { kind: 'video', when: 'tomorrow 10:00' });
      replies.push(edit.ok ? textOf(edit.reply) : JSON.stringify(edit.errors));
      // An id that belongs to someone else reads exactly like one that doesn't exist.
      expect(replies).toEqual(Array(replies.length).fill(NOT_YOURS));
      expect(await snapshotTables(app.services.db)).toEqual(before);
    });

    it(`${who}: stats and charts count none of the owner's applications`, async () => {
      for (const line of ['/job stats all', '/job stats charts all']) expect(textOf(await runText(ctx(), line))).toMatch(/[Nn]o applications sent in this period/);
      const button = await runAction(ctx(), 'stats.charts', 'all');
      expect(button.kind === 'message' && button.files).toBeFalsy();
    });

    it(`${who}: the list shows none of the owner's applications`, async () => {
      const text = textOf(await runText(ctx(), '/job list'));
      expect(text).toBe('You are not tracking any jobs yet. Add one with /job add <title> at <company> [url].');
    });
  }

  it("a stranger's own #1 is theirs; moving it leaves the owner's #1 untouched", async () => {
    const ownerRowBefore = (await app.services.db.select().from(applications).where(eq(applications.personId, owner.person.id)))[0];
    await runText(stranger, '/job add Intern at Hooli');
    expect(textOf(await runText(stranger, '/job move 1 applied'))).toContain('#1 · Intern at Hooli');
    const timeline = textOf(await runText(stranger, '/job timeline 1'));
    expect(timeline).not.toContain('Salary expectations');
    expect(timeline).not.toContain('Umbrella');
    const ownerRowAfter = (await app.services.db.select().from(applications).where(eq(applications.personId, owner.person.id)))[0];
    expect(ownerRowAfter).toEqual(ownerRowBefore);
  });
});
