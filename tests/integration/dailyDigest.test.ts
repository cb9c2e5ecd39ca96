import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { Notifier } from '../../src/bots/notifier.js';
import type { Reply } from '../../src/bots/ui.js';
import { sendDailyDigests } from '../../src/jobs/dailyDigest.js';
import { deliveries } from '../../src/models/deliveries.js';
import { recommendations } from '../../src/models/recommendations.js';
import { addToPool, fillProfile, posting, setPrefs } from '../support/jobPool.js';
import { textOf } from '../support/replyText.js';
import { PATIENCE_MS } from '../support/patience.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const MINUTE = 60_000;
const PROFILE = { skills: 'TypeScript: expert, PostgreSQL: advanced, Node.js: advanced', years: '5' };
const isDigest = (reply: Reply) => textOf(reply).startsWith('Your Jobscout digest for');

/**
 * A worker that runs a digest round and dies in the send, for good: it has claimed the digest
 * and stored what it computed. Resolves with that digest once it has.
 */
async function dyingWorker(app: TestApp): Promise<Reply> {
  const dying = new Notifier();
  let computed: Reply | null = null;
  dying.register({ platform: 'console', canReach: () => true, send: (_person, reply) => ((computed = reply), new Promise<never>(() => undefined)) });
  void sendDailyDigests(app.services, dying);
  await expect.poll(() => computed, { timeout: PATIENCE_MS }).not.toBeNull();
  return computed!;
}

function digestsOf(app: TestApp, ctx: CommandContext) {
  return app.sent.filter((entry) => entry.personId === ctx.person.id && isDigest(entry.reply));
}

describe('the digest comes at 09:00 local time, once a day, across a daylight-saving change', () => {
  let app: TestApp;
  let berlin: CommandContext;
  let losAngeles: CommandContext;
  const sentAt = new Map<number, string[]>();

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-10-22T00:00:00Z' });
    await addToPool(app, [posting('TypeScript Engineer', 'Acme', ['TypeScript', 'PostgreSQL'])]);
    berlin = await app.as('anna');
    losAngeles = await app.as('lee');
    for (const [ctx, zone] of [[berlin, 'Europe/Berlin'], [losAngeles, 'America/Los_Angeles']] as const) {
      await fillProfile(ctx, PROFILE);
      await setPrefs(ctx, { digest: `09:00 ${zone}` });
    }
    // Berlin leaves summer time on 25 October, Los Angeles on 1 November. The job runs every
    // few minutes; each day a new matching job arrives, so each digest has something to say.
    let day = 0;
    for (let at = Date.parse('2026-10-22T00:00:00Z'); at < Date.parse('2026-11-03T00:00:00Z'); at += 15 * MINUTE) {
      app.clock.set(new Date(at));
      if (new Date(at).getUTCHours() === 0 && new Date(at).getUTCMinutes() === 0) {
        await addToPool(app, [posting(`Node.js Developer ${++day}`, `Company ${day}`, ['Node.js', 'TypeScript'])]);
      }
      const before = app.sent.length;
      await sendDailyDigests(app.services, app.notifier);
      for (const entry of app.sent.slice(before)) sentAt.set(entry.personId, [...(sentAt.get(entry.personId) ?? []), new Date(at).toISOString()]);
    }
  }, 120_000);
  afterAll(() => app.dispose());

  it('in Europe/Berlin: 07:00 UTC in summer time, 08:00 UTC after, one a day', () => {
    const times = sentAt.get(berlin.person.id)!;
    expect(times).toHaveLength(12);
    expect(times.slice(0, 4)).toEqual(['2026-10-22T07:00:00.000Z', '2026-10-23T07:00:00.000Z', '2026-10-24T07:00:00.000Z', '2026-10-25T08:00:00.000Z']);
    expect(times.map((at) => DateTime.fromISO(at, { zone: 'Europe/Berlin' }).toFormat('HH:mm'))).toEqual(Array(12).fill('09:00'));
    expect(new Set(times.map((at) => DateTime.fromISO(at, { zone: 'Europe/Berlin' }).toISODate())).size).toBe(12);
  });

  it('in America/Los_Angeles: 16:00 UTC in summer time, 17:00 UTC after, one a day', () => {
    const times = sentAt.get(losAngeles.person.id)!;
    expect(times).toHaveLength(12);
    expect(times.slice(9)).toEqual(['2026-10-31T16:00:00.000Z', '2026-11-01T17:00:00.000Z', '2026-11-02T17:00:00.000Z']);
    expect(times.map((at) => DateTime.fromISO(at, { zone: 'America/Los_Angeles' }).toFormat('HH:mm'))).toEqual(Array(12).fill('09:00'));
  });

  it('each digest carries only jobs not sent before, with its reasons', () => {
    const [first, second] = digestsOf(app, berlin).map((entry) => textOf(entry.reply));
    expect(first).toContain('Your Jobscout digest for Thu 22 Oct');
    expect(first).toMatch(/TypeScript Engineer at Acme — \d+% match/);
    expect(first).toMatch(/Why: matches TypeScript, PostgreSQL/);
    expect(second).toContain('Node.js Developer 2 at Company 2');
    expect(second).not.toContain('TypeScript Engineer at Acme');
    expect(second).not.toContain('Node.js Developer 1 at');
  });

  it('records one delivery per person and local day', async () => {
    const rows = await app.services.db.select().from(deliveries).where(eq(deliveries.personId, berlin.person.id));
    expect(rows.map((row) => row.key).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `digest:${berlin.person.id}:2026-${i < 10 ? `10-${22 + i}` : `11-0${i - 9}`}`));
  });
});

describe('a digest is sent once, whatever happens to the worker', () => {
  let app: TestApp;
  let me: CommandContext;

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-12-01T07:00:00Z' });
    await addToPool(app, [posting('Backend Engineer', 'Initech', ['TypeScript', 'PostgreSQL']), posting('API Engineer', 'Hooli', ['Node.js', 'TypeScript'])]);
    me = await app.as('anna');
    await fillProfile(me, PROFILE);
    await setPrefs(me, { digest: '09:00 Europe/Berlin' });
  });
  afterAll(() => app.dispose());

  it('a worker that dies after computing and before sending leaves it to the next, which sends what was computed, once', async () => {
    // 09:00 in Berlin. This worker claims the digest, then hangs in the send for good.
    app.clock.set('2026-12-01T08:00:00Z');
    const computed = await dyingWorker(app);
    expect((await app.services.db.select().from(deliveries)).map((row) => [row.key, row.status])).toEqual([[`digest:${me.person.id}:2026-12-01`, 'claimed']]);

    // A better job arrives; a fresh computation would now lead with it.
    await addToPool(app, [posting('TypeScript Platform Engineer', 'Globex', ['TypeScript', 'PostgreSQL', 'Node.js'])]);

    // Another worker two minutes later: the claim is still the first worker's.
    app.clock.set('2026-12-01T08:02:00Z');
    expect(await sendDailyDigests(app.services, app.notifier)).toMatchObject({ due: 1, sent: 0 });
    expect(digestsOf(app, me)).toHaveLength(0);

    // After the lease, it takes over and sends the digest that was computed, not a new one.
    app.clock.set('2026-12-01T08:06:00Z');
    await sendDailyDigests(app.services, app.notifier);
    const sent = digestsOf(app, me);
    expect(sent).toHaveLength(1);
    expect(textOf(sent[0]!.reply)).toBe(textOf(computed));
    expect(textOf(sent[0]!.reply)).not.toContain('Globex');

    // And never again that day.
    for (const at of ['2026-12-01T08:30:00Z', '2026-12-01T12:00:00Z']) {
      app.clock.set(at);
      await sendDailyDigests(app.services, app.notifier);
    }
    expect(digestsOf(app, me)).toHaveLength(1);
    const [row] = await app.services.db.select().from(deliveries).where(eq(deliveries.key, `digest:${me.person.id}:2026-12-01`));
    expect(row!.status).toBe('sent');

    // The job that came too late for today's digest is in tomorrow's.
    app.clock.set('2026-12-02T08:00:00Z');
    await sendDailyDigests(app.services, app.notifier);
    expect(digestsOf(app, me)).toHaveLength(2);
    expect(textOf(digestsOf(app, me)[1]!.reply)).toContain('TypeScript Platform Engineer at Globex');
  });

  it('two workers at the same moment send it once', async () => {
    app.clock.set('2026-12-03T08:00:00Z');
    await addToPool(app, [posting('Node.js Engineer', 'Umbrella', ['Node.js', 'PostgreSQL'])]);
    await Promise.all([sendDailyDigests(app.services, app.notifier), sendDailyDigests(app.services, app.notifier)]);
    expect(digestsOf(app, me)).toHaveLength(3);
  });

  it('nothing is sent on a day with nothing to say, and the day is done', async () => {
    app.clock.set('2026-12-04T08:00:00Z');
    expect(await sendDailyDigests(app.services, app.notifier)).toMatchObject({ sent: 0 });
    expect(digestsOf(app, me)).toHaveLength(3);
    const [row] = await app.services.db.select().from(deliveries).where(eq(deliveries.key, `digest:${me.person.id}:2026-12-04`));
    expect(row).toMatchObject({ status: 'sent', payload: { empty: true } });
  });

  it('a digest switched off in /job prefs does not come', async () => {
    await setPrefs(me, { digest: 'off' });
    await addToPool(app, [posting('TypeScript Developer', 'Stark', ['TypeScript', 'Node.js'])]);
    app.clock.set('2026-12-05T08:00:00Z');
    await sendDailyDigests(app.services, app.notifier);
    expect(digestsOf(app, me)).toHaveLength(3);
    expect((await app.services.db.select().from(recommendations).where(eq(recommendations.personId, me.person.id))).some((row) => row.digestedAt === null)).toBe(false);
    expect(textOf(await runText(me, '/job digest'))).toContain('Your daily digest is off.');
  });
});

describe("a dead worker's digest is sent even when the next worker finds nothing new", () => {
  let app: TestApp;
  let me: CommandContext;
  let jobId: number;

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-12-01T07:00:00Z' });
    [jobId] = (await addToPool(app, [posting('Backend Engineer', 'Initech', ['TypeScript', 'PostgreSQL'])])) as [number];
    me = await app.as('anna');
    await fillProfile(me, PROFILE);
    await setPrefs(me, { digest: '09:00 Europe/Berlin' });
  });
  afterAll(() => app.dispose());

  it('the stored digest goes out once after the lease, not an empty day', async () => {
    app.clock.set('2026-12-01T08:00:00Z');
    const computed = await dyingWorker(app);
    // The person saves the job from somewhere else: a fresh digest would now have nothing to say.
    await runAction(me, 'rec.save', String(jobId));
    app.clock.set('2026-12-01T08:06:00Z');
    await sendDailyDigests(app.services, app.notifier);
    app.clock.set('2026-12-01T08:30:00Z');
    await sendDailyDigests(app.services, app.notifier);
    const sent = digestsOf(app, me);
    expect(sent).toHaveLength(1);
    expect(textOf(sent[0]!.reply)).toBe(textOf(computed));
  });
});

describe('digests composed together keep each person to their own day', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-30T12:00:00Z' });
  });
  afterAll(() => app.dispose());

  it("an interview at 23:00 UTC is on Tokyo's next day and on Los Angeles' same day", async () => {
    const tokyo = await app.as('kenji');
    const losAngeles = await app.as('lee');
    for (const [ctx, zone] of [[tokyo, 'Asia/Tokyo'], [losAngeles, 'America/Los_Angeles']] as const) {
      await setPrefs(ctx, { digest: `09:00 ${zone}` });
      await runText(ctx, '/job add Site Reliability Engineer at Hooli');
      await submitForm(ctx, 'interview', '1', { kind: 'video', when: '2026-12-01 23:00 UTC' });
    }
    // 09:00 on 1 December in Los Angeles: the interview is at 15:00 that day.
    app.clock.set('2026-12-01T17:00:00Z');
    await sendDailyDigests(app.services, app.notifier);
    // 09:00 on 2 December in Tokyo (00:00 UTC): the interview is at 08:00 that day.
    app.clock.set('2026-12-02T00:00:00Z');
    await sendDailyDigests(app.services, app.notifier);
    expect(digestsOf(app, losAngeles).map((entry) => textOf(entry.reply))).toEqual([expect.stringContaining('Interview at 15:00: #1 · Site Reliability Engineer at Hooli (video)')]);
    expect(digestsOf(app, tokyo).map((entry) => textOf(entry.reply))).toEqual([expect.stringContaining('Interview at 08:00: #1 · Site Reliability Engineer at Hooli (video)')]);
  });
});
