import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import type { MessageReply } from '../../src/bots/ui.js';
import { sendWeeklyReports } from '../../src/jobs/weeklyReport.js';
import { setPrefs } from '../support/jobPool.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
let app: TestApp;
let on: CommandContext;
let off: CommandContext;

const reportsTo = (ctx: CommandContext) => app.sent.filter((entry) => entry.personId === ctx.person.id && textOf(entry.reply).startsWith('Your week in the search'));

beforeAll(async () => {
  // Tuesday 17 November 2026, Berlin; applications go out that week.
  app = await createTestApp({ now: '2026-11-17T10:00:00Z' });
  on = await app.as('weekly-on');
  off = await app.as('weekly-off');
  for (const ctx of [on, off]) {
    await setPrefs(ctx, { digest: '08:30 Europe/Berlin' });
    for (let n = 1; n <= 3; n++) {
      await runText(ctx, `/job add Engineer ${n} at Firm ${n}`);
      await runText(ctx, `/job move ${n} applied`);
    }
  }
  app.clock.set('2026-11-19T10:00:00Z');
  await runText(on, '/job move 1 screening');
});
afterAll(() => app.dispose());

describe('the weekly report', () => {
  it('is off by default and turned on from /job prefs', async () => {
    expect(textOf(await runText(on, '/job prefs weekly on'))).toContain('The weekly report is on');
    app.clock.set('2026-11-23T07:35:00Z'); // Monday 08:35 in Berlin
    await sendWeeklyReports(app.services, app.notifier);
    expect(reportsTo(off)).toHaveLength(0);
    expect(reportsTo(on)).toHaveLength(1);
  });

  it("holds last week's numbers, the funnel chart with its text, and one insight or 'not enough data yet'", () => {
    const reply = reportsTo(on)[0]!.reply as MessageReply;
    const text = textOf(reply);
    expect(text).toContain('Your week in the search — from 2026-11-16');
    expect(text).toContain('Last week: 3 applications sent, 1 answer, 0 first interviews.');
    expect(text).toContain('Funnel, last 90 days: Applied 3 → Answered 1 (33%)');
    expect(text).toContain('What stands out: not enough data yet');
    expect(reply.files?.map((file) => file.name)).toEqual(['funnel.png']);
    expect(reply.files![0]!.data.subarray(0, 4)).toEqual(PNG);
  });

  it('is sent once per local week: later rounds, two rounds at once and the rest of the week send nothing more', async () => {
    for (const at of ['2026-11-23T07:40:00Z', '2026-11-23T09:00:00Z', '2026-11-24T07:35:00Z', '2026-11-27T07:35:00Z']) {
      app.clock.set(at);
      // Two rounds at once, as two workers would run them.
      await Promise.all([sendWeeklyReports(app.services, app.notifier), sendWeeklyReports(app.services, app.notifier)]);
    }
    expect(reportsTo(on)).toHaveLength(1);
    // The next Monday is a new week.
    app.clock.set('2026-11-30T07:35:00Z');
    await Promise.all([sendWeeklyReports(app.services, app.notifier), sendWeeklyReports(app.services, app.notifier)]);
    expect(reportsTo(on)).toHaveLength(2);
  });

  it('stops when turned off with the button', async () => {
    expect(textOf(await runAction(on, 'prefs.weekly', 'off'))).toContain('The weekly report is off.');
    app.clock.set('2026-12-07T07:35:00Z');
    await sendWeeklyReports(app.services, app.notifier);
    expect(reportsTo(on)).toHaveLength(2);
  });
});
