import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applicationEvents } from '../../models/applications.js';
import { interviews } from '../../models/interviews.js';
import { notes } from '../../models/notes.js';
import { getApplication, type ApplicationView } from './applications.js';
import type { State } from './lifecycle.js';
import { offersFor } from './offers.js';

/** One line of an application's story, in a shape every renderer can show. */
export type TimelineEntry =
  | { kind: 'created'; at: Date }
  | { kind: 'state'; at: Date; from: State; to: State; reason: string | null }
  | { kind: 'interview'; at: Date; ref: string; interviewKind: string; durationMinutes: number; timezone: string; interviewers: string | null; location: string | null; outcome: string; feedback: string | null }
  | { kind: 'offer'; at: Date; base: number; bonus: number | null; equity: string | null; currency: string; deadline: string | null; status: string }
  | { kind: 'negotiation'; at: Date; asked: string; response: string | null }
  | { kind: 'note'; at: Date; ref: string; body: string }
  /** `detail` says how, when Jobscout sent it: 'Emailed jane@acme.com: "…"'. */
  | { kind: 'followup'; at: Date; what: 'followed_up' | 'thanked' | 'replied'; detail?: string }
  | { kind: 'deadline'; at: Date; deadline: Date | null }
  /** A correction or something that happened on its own, told in the words stored with it. */
  | { kind: 'change'; at: Date; what: string };

// Events that say what they did in their payload's `summary` (edits, deletions, expiry).
const SUMMARISED = new Set(['offer_expired', 'interview_edited', 'interview_deleted', 'offer_edited', 'job_edited', 'note_edited', 'note_deleted', 'contact_added', 'contact_removed', 'email_sent']);

/**
 * Merges state changes, interviews (at the time they take place), offers, negotiation rounds
 * and notes into one list ordered by time; ties keep the order things were recorded in.
 */
export async function buildTimeline(db: Executor, personId: number, seq: number): Promise<ApplicationView & { entries: TimelineEntry[] }> {
  const view = await getApplication(db, personId, seq);
  const appId = view.application.id;
  const [events, interviewRows, noteRows, offerRows] = await Promise.all([
    db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, appId)).orderBy(asc(applicationEvents.id)),
    db.select().from(interviews).where(eq(interviews.applicationId, appId)),
    db.select().from(notes).where(eq(notes.applicationId, appId)),
    offersFor(db, [appId]),
  ]);
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    if (event.type === 'created') entries.push({ kind: 'created', at: event.occurredAt });
    else if (event.type === 'followed_up' || event.type === 'response_received') {
      const what = event.type === 'response_received' ? 'replied' : event.payload.thankYou ? 'thanked' : 'followed_up';
      // Jobscout says how when it did the work: the email sent, the reply noticed.
      const detail = typeof event.payload.summary === 'string' ? { detail: event.payload.summary } : {};
      entries.push({ kind: 'followup', at: event.occurredAt, what, ...detail });
    }
    else if (event.type === 'deadline_set') entries.push({ kind: 'deadline', at: event.occurredAt, deadline: typeof event.payload.deadlineAt === 'string' ? new Date(event.payload.deadlineAt) : null });
    else if (SUMMARISED.has(event.type) && typeof event.payload.summary === 'string') entries.push({ kind: 'change', at: event.occurredAt, what: event.payload.summary });
    else if (event.fromState && event.toState) {
      entries.push({ kind: 'state', at: event.occurredAt, from: event.fromState as State, to: event.toState as State, reason: event.reason });
    }
  }
  for (const row of interviewRows) {
    entries.push({
      kind: 'interview',
      at: row.startsAt,
      ref: `${seq}.${row.seq}`,
      interviewKind: row.kind,
      durationMinutes: row.durationMinutes,
      timezone: row.timezone,
      interviewers: row.interviewers,
      location: row.location,
      outcome: row.outcome,
      feedback: row.feedback,
    });
  }
  for (const { offer, rounds } of offerRows) {
    entries.push({ kind: 'offer', at: offer.createdAt, base: offer.base, bonus: offer.bonus, equity: offer.equity, currency: offer.currency, deadline: offer.deadline, status: offer.status });
    for (const round of rounds) entries.push({ kind: 'negotiation', at: round.occurredAt, asked: round.asked, response: round.response });
  }
  for (const note of noteRows) entries.push({ kind: 'note', at: note.createdAt, ref: `${seq}.${note.seq}`, body: note.body });
  // At the same instant, what happened (an offer) reads before the move it caused; the sort
  // is stable, so other ties keep the order they were recorded in.
  const rank = (entry: TimelineEntry) => (entry.kind === 'state' ? 1 : 0);
  entries.sort((a, b) => a.at.getTime() - b.at.getTime() || rank(a) - rank(b));
  return { ...view, entries };
}
