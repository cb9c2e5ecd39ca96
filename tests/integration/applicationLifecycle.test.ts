import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { rebuildProjection } from '../../src/domain/ats/projection.js';
import { rebuildApplication } from '../../src/domain/ats/events.js';
import { applicationEvents, applications } from '../../src/models/applications.js';
import { interviews } from '../../src/models/interviews.js';
import { negotiationRounds, offers } from '../../src/models/offers.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let me: CommandContext;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-11-24T10:00:00Z' });
  me = await app.as('ada');
});
afterAll(() => app.dispose());

async function say(line: string) {
  const reply = await runText(me, line);
  app.clock.advance(60_000);
  return textOf(reply);
}

async function submit(form: string, context: string, values: Record<string, string>) {
  const outcome = await submitForm(me, form, context, values);
  app.clock.advance(60_000);
  return outcome;
}

async function rowOf(seq: number) {
  const [row] = await app.services.db.select().from(applications).where(eq(applications.seq, seq));
  return row!;
}

describe('tracking an application through its lifecycle', () => {
  it('adds jobs with short per-person ids shown in the reply', async () => {
    expect(await say('/job add Backend Engineer at Acme https://acme.example/jobs/1?utm_source=x')).toContain('#1 · Backend Engineer at Acme');
    expect(await say('add Head of Data at AT at T Labs')).toContain('#2 · Head of Data at AT at T Labs');
    const row = await rowOf(1);
    expect(row.state).toBe('saved');
  });

  it('moves along allowed transitions and records each as an event with actor, from, to and reason', async () => {
    await say('/job move 1 applied');
    await say('/job move #1 screening Recruiter call booked');
    const events = await app.services.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, (await rowOf(1)).id))
      .orderBy(asc(applicationEvents.id));
    expect(events.map((event) => [event.type, event.fromState, event.toState, event.reason])).toEqual([
      ['created', null, 'saved', null],
      ['state_changed', 'saved', 'applied', null],
      ['state_changed', 'applied', 'screening', 'Recruiter call booked'],
    ]);
    expect(events.every((event) => event.actorPersonId === me.person.id)).toBe(true);
  });

  it('refuses a move that is not in the table and names the allowed ones', async () => {
    const text = await say('/job move 1 accepted');
    expect(text).toBe("Can't move from screening to accepted. From screening it can move to: interviewing, assessment, rejected, ghosted, withdrawn, archived.");
    expect((await rowOf(1)).state).toBe('screening');
  });

  it('logging an interview moves an earlier application to interviewing', async () => {
    const outcome = await submit('interview', '1', { kind: 'technical', when: '2026-11-26 15:30 Europe/Berlin', duration: '', interviewers: 'Grace Hopper', location: 'https://meet.example/x' });
    expect(outcome.ok).toBe(true);
    const text = outcome.ok ? textOf(outcome.reply) : '';
    expect(text).toContain('Logged interview 1.1: technical, Thu 26 Nov 2026, 15:30 Europe/Berlin');
    expect(text).toContain('Moved #1 from screening to interviewing.');
    const [row] = await app.services.db.select().from(interviews);
    expect(row).toMatchObject({ kind: 'technical', durationMinutes: 60, timezone: 'Europe/Berlin', interviewers: 'Grace Hopper', outcome: 'pending' });
    expect(row!.startsAt.toISOString()).toBe('2026-11-26T14:30:00.000Z');
    expect((await rowOf(1)).state).toBe('interviewing');
  });

  it('a second interview does not move an application already further along', async () => {
    await say('/job move 1 Final-Round'); // typed the way people type it
    const outcome = await submit('interview', '1', { kind: 'panel', when: '2026-11-30 10:00', duration: '90' });
    expect(outcome.ok && textOf(outcome.reply)).toContain('Logged interview 1.2: panel');
    expect((await rowOf(1)).state).toBe('final_round');
  });

  it('logging an offer moves to offer; a negotiation round moves to negotiating', async () => {
    const offer = await submit('offer', '1', { base: '120k EUR', bonus: '10,000', equity: '0.1% over 4 years', start: '2027-01-15', deadline: '2026-12-04' });
    expect(offer.ok && textOf(offer.reply)).toContain('Moved #1 from final_round to offer');
    const [stored] = await app.services.db.select().from(offers);
    expect(stored).toMatchObject({ base: 120000, bonus: 10000, currency: 'EUR', equity: '0.1% over 4 years', startDate: '2027-01-15', deadline: '2026-12-04', status: 'pending' });

    const round = await submit('negotiate', '1', { asked: '135k base', response: '128k base', when: '' });
    expect(round.ok && textOf(round.reply)).toContain('Moved #1 to negotiating.');
    const rounds = await app.services.db.select().from(negotiationRounds);
    expect(rounds.map((r) => [r.asked, r.response])).toEqual([['135k base', '128k base']]);
    expect((await app.services.db.select().from(offers))[0]!.status).toBe('negotiating');
    expect((await rowOf(1)).state).toBe('negotiating');
  });

  it('shows a timeline that merges changes, interviews, offers, rounds and notes in time order', async () => {
    await say('/job note 1 Team of six, hiring two');
    const text = await say('/job timeline 1');
    const lines = text.split('\n').filter((line) => line.startsWith('  • '));
    expect(lines.map((line) => line.split(' — ')[1])).toEqual([
      'Saved',
      'Saved → Applied',
      'Applied → Screening (Recruiter call booked)',
      'Screening → Interviewing (Interview logged)',
      'Interviewing → Final round',
      'Offer: EUR 120,000 + EUR 10,000 bonus + 0.1% over 4 years, decide by 2026-12-04',
      'Final round → Offer (Offer logged)',
      'Negotiation: asked 135k base; they said 128k base',
      'Offer → Negotiating (Negotiation started)',
      'Note 1.1: Team of six, hiring two',
      'Interview 1.1: technical, 60 min with Grace Hopper',
      'Interview 1.2: panel, 90 min',
    ]);
  });

  it('the application row equals the projection rebuilt from its events', async () => {
    // The deadline a person sets is projected too.
    await say('/job deadline 2 2026-12-20');
    for (const seq of [1, 2]) {
      const row = await rowOf(seq);
      const events = await app.services.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, row.id)).orderBy(asc(applicationEvents.id));
      expect(rebuildProjection(events)).toEqual({
        state: row.state,
        stateChangedAt: row.stateChangedAt,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        eventCount: row.eventCount,
        deadlineAt: row.deadlineAt,
        deadlineSetAt: row.deadlineSetAt,
      });
      // Rebuilding in the database from the events alone writes back the very same row.
      expect(await app.services.db.transaction((tx) => rebuildApplication(tx, row.id))).toEqual(row);
    }
    expect((await rowOf(1)).eventCount).toBeGreaterThan(8);
    expect((await rowOf(2)).deadlineAt).not.toBeNull();
  });

  it('lists by state', async () => {
    expect(await say('/job list negotiating')).toContain('#1 · Backend Engineer at Acme — Negotiating');
    expect(await say('/job list negotiating')).not.toContain('#2');
    expect(await say('/job list accepted')).toBe('Nothing is accepted right now.');
  });

  it('accepting settles the offer as accepted', async () => {
    expect(await say('/job move 1 accepted')).toContain('Moved #1 to accepted.');
    expect((await app.services.db.select().from(offers))[0]!.status).toBe('accepted');
  });
});
