import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { fitWeightVersions } from '../../src/models/fitWeightVersions.js';
import { jobSignals } from '../../src/models/recommendations.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let me: CommandContext;

// Learning follows a change in the background: wait for it before looking.
const versionsOf = async (personId: number) => {
  await app.fitLearner.idle();
  return app.services.db.select().from(fitWeightVersions).where(eq(fitWeightVersions.personId, personId));
};

beforeAll(async () => {
  app = await createTestApp({ now: '2026-10-01T10:00:00Z' });
  me = await app.as('learner');
  const profile = await submitForm(me, 'profile', '', { skills: 'typescript expert, postgres advanced', years: '6', titles: 'Backend Engineer', locations: 'remote', salary: '90k EUR' });
  expect(profile.ok).toBe(true);
  for (let n = 1; n <= 12; n++) {
    await runText(me, `/job add Backend Engineer ${n} at Company ${n}`);
    await runText(me, `/job move ${n} applied`);
  }
});
afterAll(() => app.dispose());

describe('the fit weights learn from outcomes', () => {
  it('snapshots the fit at applying, and re-fits at the 10th outcome, not the 9th', async () => {
    for (let n = 1; n <= 9; n++) await runText(me, `/job move ${n} ${n % 2 ? 'screening' : 'rejected'}`);
    expect(await versionsOf(me.person.id)).toEqual([]);
    expect(textOf(await runText(me, '/job stats model'))).toContain('the defaults: nothing learned yet');

    await runText(me, '/job move 10 rejected');
    const [version] = await versionsOf(me.person.id);
    expect(version).toMatchObject({ outcomes: 10, trigger: '10 new outcomes (10 of yours in all)', previous: { skills: 30, experience: 25, culture: 20, growth: 15, compensation: 10 } });
    expect(Object.values(version!.weights).reduce((sum, weight) => sum + weight, 0)).toBe(100);
    for (const weight of Object.values(version!.weights)) expect(weight).toBeGreaterThanOrEqual(5);
    expect(version!.after.heldOut).toBe(version!.before.heldOut);

    // The 11th outcome is not yet ten more.
    await runText(me, '/job move 11 screening');
    expect(await versionsOf(me.person.id)).toHaveLength(1);
  });

  it('/job stats model shows the weights in use, the version with what set it off, and P/R/F1', async () => {
    const [version] = await versionsOf(me.person.id);
    const text = textOf(await runText(me, '/job stats model'));
    expect(text).toContain(version!.kept ? 'learned from your own outcomes' : 'the defaults: nothing learned yet');
    expect(text).toContain('after 10 new outcomes (10 of yours in all)');
    expect(text).toMatch(/held-out F1 \d\.\d\d → \d\.\d\d on \d+/);
    expect(text).toContain('You have 11 outcomes');
    expect(text).toContain('next after 9 more');
  });

  it('an interview or an offer teaches recommendations about jobs like it, and a rejection against them', async () => {
    await runText(me, '/job move 1 interviewing');
    const kinds = (await app.services.db.select({ kind: jobSignals.kind }).from(jobSignals).where(eq(jobSignals.personId, me.person.id))).map((row) => row.kind);
    expect(kinds.filter((kind) => kind === 'interview')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'rejected')).toHaveLength(5);
  });
});
