import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import type { Reply } from '../../src/bots/ui.js';
import { listApplications } from '../../src/domain/ats/applications.js';
import { refreshRecommendations } from '../../src/domain/recommendations/refresh.js';
import { jobSignals, tastes } from '../../src/models/recommendations.js';
import { addToPool, fillProfile, posting } from '../support/jobPool.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const DAY = 24 * 60 * 60_000;

/** The titles a recommendation list shows, in order ("Go Engineer at Acme"). */
function shownJobs(reply: Reply): string[] {
  return [...textOf(reply).matchAll(/^\d+\. (.+?) — \d+% match$/gm)].map((match) => match[1]!);
}

function buttonValue(reply: Reply, action: string, position: number): string {
  if (reply.kind !== 'message') throw new Error('not a message');
  const rows = reply.blocks.filter((block) => block.type === 'actions' && block.buttons.some((button) => button.action === action));
  const row = rows[position - 1];
  return row!.type === 'actions' ? row!.buttons.find((button) => button.action === action)!.value : '';
}

describe('/job recs', () => {
  let app: TestApp;
  let me: CommandContext;
  let ids: number[];

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-24T10:00:00Z' });
    ids = await addToPool(app, [
      posting('TypeScript Backend Engineer', 'Acme', ['TypeScript', 'PostgreSQL', 'Node.js']),
      posting('Senior Node.js Engineer', 'Globex', ['Node.js', 'TypeScript'], ['Kafka']),
      posting('Frontend Engineer', 'Initech', ['React', 'CSS', 'TypeScript']),
      posting('iOS Engineer', 'Hooli', ['Swift', 'SwiftUI']),
      posting('Data Engineer', 'Umbrella', ['Python', 'Spark', 'Airflow']),
    ]);
    me = await app.as('anna');
  });
  afterAll(() => app.dispose());

  it('with nothing to go on, says what to do', async () => {
    expect(textOf(await runText(me, '/job recs'))).toBe('No recommendations right now. Fill in /job profile so Jobscout knows your skills, and save a few jobs with /job add.');
  });

  it('after a profile: the matching jobs, best first, each with its reasons and five buttons', async () => {
    await fillProfile(me, { skills: 'TypeScript: expert, Node.js: advanced, PostgreSQL: advanced', years: '6', locations: 'remote' });
    const reply = await runText(me, '/job recs');
    expect(shownJobs(reply)).toEqual(['TypeScript Backend Engineer at Acme', 'Senior Node.js Engineer at Globex', 'Frontend Engineer at Initech']);
    expect(textOf(reply)).toContain('Why: matches TypeScript, PostgreSQL, Node.js; remote.');
    expect(textOf(reply)).not.toContain('iOS Engineer');
    expect(reply.kind === 'message' && reply.ephemeral).toBe(true);
    if (reply.kind !== 'message') return;
    const firstRow = reply.blocks.find((block) => block.type === 'actions');
    expect(firstRow?.type === 'actions' && firstRow.buttons.map((button) => button.label)).toEqual(['Save', 'Applied', '👍', '👎 Not for me', 'More like this']);
  });

  it('Not for me hides a job for good, and its reason teaches only what it names', async () => {
    const recs = await runText(me, '/job recs');
    const frontend = buttonValue(recs, 'rec.no', 3);
    expect(Number(frontend)).toBe(ids[2]);
    const form = await runAction(me, 'rec.no', frontend);
    expect(form.kind).toBe('form');
    const outcome = await submitForm(me, 'notforme', frontend, { reason: 'wrong stack, too much CSS' });
    expect(outcome.ok && textOf(outcome.reply)).toBe("Hidden Frontend Engineer at Initech: it won't be recommended to you again. Thanks, that helps.");
    const [taste] = await app.services.db.select().from(tastes).where(eq(tastes.personId, me.person.id));
    expect(taste!.weights['skill:css']).toBeLessThan(0);
    // "wrong stack" is about skills: the company and the title are not held against it.
    expect(taste!.weights['company:initech']).toBeUndefined();
    expect(shownJobs(await runText(me, '/job recs'))).not.toContain('Frontend Engineer at Initech');
    // Not in a digest, not after days, not after a refresh.
    app.clock.advance(3 * DAY);
    await refreshRecommendations(app.services, [me.person.id]);
    expect(textOf(await runText(me, '/job digest now'))).not.toContain('Frontend Engineer');
    expect(shownJobs(await runText(me, '/job recs'))).not.toContain('Frontend Engineer at Initech');
  });

  it('Save and Applied put the job in the pipeline, teach the weights, and it leaves the list', async () => {
    const recs = await runText(me, '/job recs');
    expect(shownJobs(recs)[1]).toBe('Senior Node.js Engineer at Globex');
    const saved = await runAction(me, 'rec.save', buttonValue(recs, 'rec.save', 2));
    expect(textOf(saved)).toMatch(/^Saved #1\.\n#1 · Senior Node\.js Engineer at Globex/);
    const applied = await runAction(me, 'rec.applied', buttonValue(recs, 'rec.applied', 1));
    expect(textOf(applied)).toContain('Marked #2 as applied.');
    expect((await listApplications(app.services.db, me.person.id)).map((view) => [view.job.title, view.application.state])).toEqual([
      ['Senior Node.js Engineer', 'saved'],
      ['TypeScript Backend Engineer', 'applied'],
    ]);
    const signals = await app.services.db.select().from(jobSignals).where(eq(jobSignals.personId, me.person.id));
    expect(signals.map((signal) => signal.kind).sort()).toEqual(['apply', 'dislike', 'save', 'save']);
    const [taste] = await app.services.db.select().from(tastes).where(eq(tastes.personId, me.person.id));
    // Two saves (+0.5 each) and an application (+0.7) of TypeScript jobs, one 👎 on a job's stack (−0.3).
    expect(taste!.weights['skill:typescript']).toBeCloseTo(0.5 + 0.5 + 0.7 - 0.3, 5);
    expect(taste!.weights['company:globex']).toBeCloseTo(0.5, 5);
    const after = shownJobs(await runText(me, '/job recs'));
    expect(after).not.toContain('Senior Node.js Engineer at Globex');
    expect(after).not.toContain('TypeScript Backend Engineer at Acme');
  });

  it('a second press of Save changes nothing twice', async () => {
    const before = await app.services.db.select().from(tastes).where(eq(tastes.personId, me.person.id));
    const again = await runAction(me, 'rec.save', String(ids[1]));
    expect(textOf(again)).toContain('You already track this job as #1');
    expect(await app.services.db.select().from(tastes).where(eq(tastes.personId, me.person.id))).toEqual(before);
  });

  it('/job similar shows open jobs like one in the pipeline, not the ones already in it', async () => {
    await addToPool(app, [posting('Node.js Platform Engineer', 'Stark', ['Node.js', 'TypeScript', 'Kafka'])]);
    const reply = await runText(me, '/job similar 1');
    expect(textOf(reply)).toContain('Jobs like #1 · Senior Node.js Engineer at Globex');
    expect(shownJobs(reply)[0]).toBe('Node.js Platform Engineer at Stark');
    expect(textOf(reply)).toContain('Why: shares Node.js, TypeScript, Kafka.');
    expect(shownJobs(reply)).not.toContain('TypeScript Backend Engineer at Acme');
    expect(textOf(await runText(me, '/job similar 9'))).toMatch(/You have no application #9/);
  });

  it('recommendations expire after 14 days and are not offered again', async () => {
    app.clock.set('2026-11-28T10:00:00Z');
    expect(shownJobs(await runText(me, '/job recs'))).toContain('Node.js Platform Engineer at Stark');
    app.clock.set('2026-12-13T10:00:00Z');
    expect(shownJobs(await runText(me, '/job recs'))).not.toContain('Node.js Platform Engineer at Stark');
  });
});

describe('collaborative reasons count people, never name them', () => {
  let app: TestApp;
  let ids: number[];

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-24T10:00:00Z' });
    // Each job found by a different person, so that no one has saved both yet.
    ids = [...(await addToPool(app, [posting('Go Engineer', 'Acme', ['Go', 'PostgreSQL'])], 'finder1')), ...(await addToPool(app, [posting('Rust Engineer', 'Globex', ['Rust', 'Linux'])], 'finder2'))];
  });
  afterAll(() => app.dispose());

  it("one other person's saves are not enough to say 'people who saved … also saved'; two are", async () => {
    const viewer = await app.as('viewer');
    await fillProfile(viewer, { skills: 'Go: advanced, Rust: advanced' });
    await runAction(viewer, 'rec.save', String(ids[0]));
    const alice = await app.as('alice');
    await runAction(alice, 'rec.save', String(ids[0]));
    await runAction(alice, 'rec.save', String(ids[1]));
    await runText(alice, '/job note 2 met their CTO at a meetup');
    expect(textOf(await runText(viewer, '/job recs'))).not.toContain('people who saved Acme also saved this');
    const carol = await app.as('carol');
    await runAction(carol, 'rec.save', String(ids[0]));
    await runAction(carol, 'rec.save', String(ids[1]));
    const text = textOf(await runText(viewer, '/job recs'));
    expect(text).toContain('Rust Engineer at Globex');
    expect(text).toContain('people who saved Acme also saved this');
    expect(text).not.toMatch(/alice|carol|CTO|meetup/i);
  });
});
