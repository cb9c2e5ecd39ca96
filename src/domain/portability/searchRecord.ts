import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applicationEvents, applications } from '../../models/applications.js';
import { interviews } from '../../models/interviews.js';
import { jobs } from '../../models/jobs.js';
import { notes } from '../../models/notes.js';
import { contacts } from '../../models/contacts.js';
import { emails } from '../../models/emails.js';
import { groupBy } from '../groupBy.js';
import { negotiationRounds, offers } from '../../models/offers.js';

/** One application as it leaves Jobscout: the job, where it stands, and everything that happened. */
export interface ExportedApplication {
  id: number;
  title: string;
  company: string;
  link: string | null;
  location: string | null;
  workMode: string | null;
  state: string;
  added: string;
  /** Every move, oldest first, with its date (ISO 8601). */
  stages: { state: string; at: string; reason: string | null }[];
  interviews: { kind: string; at: string; timezone: string; minutes: number; interviewers: string | null; location: string | null; outcome: string; feedback: string | null }[];
  offers: { base: number; bonus: number | null; equity: string | null; currency: string; startDate: string | null; deadline: string | null; status: string; rounds: { asked: string; response: string | null; at: string }[] }[];
  /** Only when the person asked for them (with notes: all three are private). */
  notes?: { at: string; text: string }[];
  contacts?: { name: string; email: string | null; role: string }[];
  /** The emails Jobscout sent for this application, oldest first. */
  emails?: { at: string; kind: string; to: string; subject: string; text: string }[];
}

/**
 * A person's whole search, theirs alone: every application with its stage history, interviews,
 * offers and, when asked, notes, contacts and the emails sent. What unemployment agencies ask as proof, and what a person
 * takes with them when they leave.
 */
export async function searchRecord(db: Executor, personId: number, options: { notes: boolean }): Promise<ExportedApplication[]> {
  const rows = await db.select({ application: applications, job: jobs }).from(applications).innerJoin(jobs, eq(jobs.id, applications.jobId)).where(eq(applications.personId, personId)).orderBy(asc(applications.seq));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.application.id);
  const [events, interviewRows, offerRows, roundRows, noteRows, contactRows, emailRows] = await Promise.all([
    db.select().from(applicationEvents).where(inArray(applicationEvents.applicationId, ids)).orderBy(asc(applicationEvents.id)),
    db.select().from(interviews).where(inArray(interviews.applicationId, ids)).orderBy(asc(interviews.seq)),
    db.select().from(offers).where(inArray(offers.applicationId, ids)).orderBy(asc(offers.id)),
    db.select({ round: negotiationRounds, applicationId: offers.applicationId }).from(negotiationRounds).innerJoin(offers, eq(offers.id, negotiationRounds.offerId)).where(inArray(offers.applicationId, ids)).orderBy(asc(negotiationRounds.id)),
    options.notes ? db.select().from(notes).where(inArray(notes.applicationId, ids)).orderBy(asc(notes.id)) : Promise.resolve([]),
    options.notes ? db.select().from(contacts).where(inArray(contacts.applicationId, ids)).orderBy(asc(contacts.seq)) : Promise.resolve([]),
    options.notes ? db.select().from(emails).where(and(inArray(emails.applicationId, ids), eq(emails.status, 'sent'))).orderBy(asc(emails.sentAt), asc(emails.id)) : Promise.resolve([]),
  ]);
  const contactsOf = groupBy(contactRows, (row) => row.applicationId);
  const emailsOf = groupBy(emailRows, (row) => row.applicationId);
  const eventsOf = groupBy(events, (event) => event.applicationId);
  const interviewsOf = groupBy(interviewRows, (row) => row.applicationId);
  const offersOf = groupBy(offerRows, (row) => row.applicationId);
  const notesOf = groupBy(noteRows, (row) => row.applicationId);
  const roundsOf = groupBy(roundRows, (row) => row.round.offerId);
  return rows.map(({ application, job }) => ({
    id: application.seq,
    title: job.title,
    company: job.company,
    link: job.url,
    location: job.location,
    workMode: job.workMode,
    state: application.state,
    added: application.createdAt.toISOString(),
    stages: (eventsOf.get(application.id) ?? []).filter((event) => event.toState).map((event) => ({ state: event.toState!, at: event.occurredAt.toISOString(), reason: event.reason })),
    interviews: (interviewsOf.get(application.id) ?? []).map((row) => ({ kind: row.kind, at: row.startsAt.toISOString(), timezone: row.timezone, minutes: row.durationMinutes, interviewers: row.interviewers, location: row.location, outcome: row.outcome, feedback: row.feedback })),
    offers: (offersOf.get(application.id) ?? []).map((row) => ({ base: row.base, bonus: row.bonus, equity: row.equity, currency: row.currency, startDate: row.startDate, deadline: row.deadline, status: row.status, rounds: (roundsOf.get(row.id) ?? []).map(({ round }) => ({ asked: round.asked, response: round.response, at: round.occurredAt.toISOString() })) })),
    ...(options.notes
      ? {
          notes: (notesOf.get(application.id) ?? []).map((row) => ({ at: row.createdAt.toISOString(), text: row.body })),
          contacts: (contactsOf.get(application.id) ?? []).map((row) => ({ name: row.name, email: row.email, role: row.role })),
          emails: (emailsOf.get(application.id) ?? []).map((row) => ({ at: row.sentAt!.toISOString(), kind: row.kind, to: row.toAddress!, subject: row.subject, text: row.body })),
        }
      : {}),
  }));
}
