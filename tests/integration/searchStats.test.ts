import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { applications } from '../../src/models/applications.js';
import { jobs } from '../../src/models/jobs.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const DAY = 86_400_000;
let app: TestApp;
let me: CommandContext;

/** Moves, each a day number after the start and the words of a /job command. */
async function at(day: number, ...commands: string[]): Promise<void> {
  app.clock.set(new Date(Date.parse('2026-10-01T10:00:00Z') + day * DAY));
  for (const command of commands) {
    const text = textOf(await runText(me, command));
    expect(text, command).not.toMatch(/Sorry|Can't|Missing/);
  }
}

beforeAll(async () => {
  app = await createTestApp({ now: '2026-10-01T10:00:00Z' });
  me = await app.as('grace');
  // Twelve applications sent on day 0: six remote, six on-site.
  for (let n = 1; n <= 12; n++) await at(0, `/job add Engineer ${n} at Company ${n}`, `/job move ${n} applied`);
  const mine = await app.services.db.select({ jobId: applications.jobId, seq: applications.seq }).from(applications);
  const jobOf = (seqs: number[]) => mine.filter((row) => seqs.includes(row.seq)).map((row) => row.jobId);
  await app.services.db.update(jobs).set({ workMode: 'remote' }).where(inArray(jobs.id, jobOf([1, 2, 3, 4, 5, 6])));
  await app.services.db.update(jobs).set({ workMode: 'onsite' }).where(inArray(jobs.id, jobOf([7, 8, 9, 10, 11, 12])));
  // Industry cuts across work mode: four answered fintech jobs and two rejected ones.
  await app.services.db.update(jobs).set({ industry: 'Fintech' }).where(inArray(jobs.id, jobOf([1, 2, 3, 4, 7, 8])));
  await app.services.db.update(jobs).set({ industry: 'Retail' }).where(inArray(jobs.id, jobOf([5, 6, 9, 10, 11, 12])));
  // Every remote one answered (days 2, 3, 3, 3, 4, 4); two went on to interviews, one to an offer, accepted.
  await at(2, '/job move 1 screening');
  await at(3, '/job move 2 screening', '/job move 3 screening', '/job move 4 screening');
  await at(4, '/job move 5 screening', '/job move 6 screening');
  await at(7, '/job move 1 interviewing');
  await at(9, '/job move 2 interviewing');
  await at(20, '/job move 1 offer');
  await at(25, '/job move 1 accepted');
  // Two on-site ones said no; the other four never answered.
  await at(10, '/job move 7 rejected', '/job move 8 rejected');
  app.clock.set('2026-11-10T10:00:00Z');
});
afterAll(() => app.dispose());

describe('/job stats', () => {
  it('shows the funnel, the rates by source and work mode, and what clearly works, as computed by hand', async () => {
    const text = textOf(await runText(me, '/job stats all'));
    expect(text).toContain(
      [
        'Funnel',
        '  • Applied: 12',
        '  • Answered: 6 (50% of the step before, median 3 days)',
        '  • Interviewed: 2 (33% of the step before, median 5.5 days)',
        '  • Offer: 1 (50% of the step before, median 13 days)',
        '  • Accepted: 1 (100% of the step before, median 5 days)',
        '  Rejected: 2 · No answer after the configured wait (ghosted): 4',
      ].join('\n'),
    );
    // Wilson 95% intervals worked out by hand: 0 of 6 → 0–39%, 1 of 6 → 3–56%, 2 of 6 → 10–70%, 4 of 6 → 30–90%, 6 of 12 → 25–75%.
    expect(text).toContain('Where they came from\n  • Typed by hand: 6 of 12 answered (50%, likely 25%–75%) · 2 interviews (17%, likely 5%–45%) · 1 offer (8%, likely 1%–35%)');
    expect(text).toContain(
      [
        'By work mode',
        '  • On-site roles: 0 of 6 answered (0%, likely 0%–39%) · 0 interviews (0%, likely 0%–39%) · 0 offers (0%, likely 0%–39%)',
        '  • Remote roles: 6 of 6 answered (100%, likely 61%–100%) · 2 interviews (33%, likely 10%–70%) · 1 offer (17%, likely 3%–56%)',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        'By industry or department',
        '  • Fintech: 4 of 6 answered (67%, likely 30%–90%) · 2 interviews (33%, likely 10%–70%) · 1 offer (17%, likely 3%–56%)',
        '  • Retail: 2 of 6 answered (33%, likely 10%–70%) · 0 interviews (0%, likely 0%–39%) · 0 offers (0%, likely 0%–39%)',
      ].join('\n'),
    );
    // Twelve companies of one application each: five listed, none with a rate.
    expect(text).toContain('By company\n  • Company 1: 1 of 1 answered (too few to tell)');
    expect(text).toContain('  and 7 more');
    expect(text).toContain('By role\n  • Software engineering: 6 of 12 answered');
    // Fintech and retail overlap (30–90% and 10–70%): only the work-mode difference is clear.
    expect(text).toContain('What stands out\n  • Remote roles answered 6 of 6 times, on-site roles 0 of 6.\n──');
  });

  it('counts applications in the period they were sent in, 90 days by default', async () => {
    expect(textOf(await runText(me, '/job stats 30d'))).toContain('No applications sent in this period yet.');
    expect(textOf(await runText(me, '/job stats'))).toContain('Your search in numbers — last 90 days\n');
    expect(textOf(await runText(me, '/job stats summary 90d'))).toContain('  • Applied: 12');
  });

  it('names no pattern from too few applications', async () => {
    const alan = await app.as('alan');
    for (const n of [1, 2, 3]) {
      await runText(alan, `/job add Analyst ${n} at Firm ${n}`);
      await runText(alan, `/job move ${n} applied`);
    }
    await runText(alan, '/job move 1 screening');
    const text = textOf(await runText(alan, '/job stats all'));
    expect(text).toContain('Typed by hand: 1 of 3 answered (too few to tell)');
    expect(text).toContain('Not enough data yet');
    // And nothing of grace's search.
    expect(text).toContain('  • Applied: 3\n');
  });

  it('answers a period it does not know with what to type instead', async () => {
    expect(textOf(await runText(me, '/job stats 7d'))).toBe('<period> must be 30d, 90d or all. Usage: /job stats [30d|90d|all]');
  });
});
