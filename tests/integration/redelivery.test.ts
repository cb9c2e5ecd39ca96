import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { purgeHandledRequests } from '../../src/jobs/housekeeping.js';
import { applicationEvents } from '../../src/models/applications.js';
import { handledRequests } from '../../src/models/handledRequests.js';
import { interviews } from '../../src/models/interviews.js';
import { jobs } from '../../src/models/jobs.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let me: CommandContext;
const delivery = (key: string): CommandContext => ({ ...me, idempotencyKey: key });

beforeAll(async () => {
  app = await createTestApp();
  me = await app.as('barbara', 'slack');
});
afterAll(() => app.dispose());

describe('a platform redelivering the same event', () => {
  it('three deliveries of one /job add create one job and get the same reply', async () => {
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(textOf(await runText(delivery('evt-add-1'), '/job add Compiler Engineer at Bell Labs')));
    expect(await app.services.db.select().from(jobs)).toHaveLength(1);
    expect(new Set(replies)).toEqual(new Set([replies[0]]));
    expect(replies[0]).toContain('Saved #1.');
  });

  it('deliveries racing each other still run once; the loser hears it is in hand', async () => {
    const replies = await Promise.all([1, 2, 3].map(() => runText(delivery('evt-add-2'), '/job add Researcher at Xerox PARC')));
    expect(await app.services.db.select().from(jobs)).toHaveLength(2);
    const texts = replies.map(textOf);
    expect(texts.filter((text) => text.includes('Saved #2.')).length).toBeGreaterThanOrEqual(1);
    expect(texts.every((text) => text.includes('Saved #2.') || text === 'Already on it: that request is still being handled.')).toBe(true);
  });

  it('a repeated button press and a repeated form submission change things once', async () => {
    await runAction(delivery('evt-btn'), 'app.move', '1:applied');
    await runAction(delivery('evt-btn'), 'app.move', '1:applied');
    const values = { kind: 'video', when: '2026-12-01 10:00' };
    await submitForm(delivery('evt-form'), 'interview', '1', values);
    await submitForm(delivery('evt-form'), 'interview', '1', values);
    expect(await app.services.db.select().from(interviews)).toHaveLength(1);
    const events = await app.services.db.select().from(applicationEvents);
    expect(events.map((event) => event.type).sort()).toEqual(['created', 'created', 'interview_logged', 'state_changed']);
  });

  it('a different delivery id is a new request', async () => {
    await runText(delivery('evt-note-1'), '/job note 1 first');
    await runText(delivery('evt-note-2'), '/job note 1 first');
    const timeline = textOf(await runText(me, '/job timeline 1'));
    expect(timeline.match(/Note 1\.\d: first/g)).toHaveLength(2);
  });

  it('old handled deliveries are forgotten by housekeeping, recent ones kept', async () => {
    const before = (await app.services.db.select().from(handledRequests)).length;
    expect(await purgeHandledRequests(app.services.db, new Date(app.clock.now().getTime() + 24 * 3600_000))).toBe(0);
    expect(await purgeHandledRequests(app.services.db, new Date(app.clock.now().getTime() + 3 * 24 * 3600_000))).toBe(before);
    expect(await app.services.db.select().from(handledRequests)).toEqual([]);
  });
});
