import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applications } from '../../models/applications.js';
import { jobs } from '../../models/jobs.js';
import { pendingImports, type StoredImportRow } from '../../models/pendingImports.js';
import { interviews, type InterviewKind, type InterviewOutcome, type InterviewRow } from '../../models/interviews.js';
import { notes } from '../../models/notes.js';
import { contacts } from '../../models/contacts.js';
import { emails } from '../../models/emails.js';
import { negotiationRounds, offers, type OfferStatus } from '../../models/offers.js';
import { addApplicationAt } from '../ats/applications.js';
import { appendEvent } from '../ats/events.js';
import type { State } from '../ats/lifecycle.js';
import { canonicalUrl } from '../intake/canonicalUrl.js';
import { changePersonData } from '../people/changes.js';
import { UserError } from '../errors.js';
import type { Services } from '../services.js';
import type { ImportRow, ParsedImport } from './csvImport.js';

/** What an import would do, shown before anything is stored. */
export interface ImportPreview {
  pendingId: number | null;
  layout: string;
  fresh: ImportRow[];
  alreadyTracked: ImportRow[];
  problems: ParsedImport['problems'];
}

const sameName = (text: string) => text.trim().toLowerCase();
// One import is one transaction; a search of thousands of applications comes in a few files.
const MAX_IMPORT_ROWS = 2000;

/**
 * Whether the person tracks this job already: by its link when it has one, else by title and
 * company, which is what an export of another tool has to go on.
 */
async function tracks(db: Executor, personId: number, row: Pick<ImportRow, 'title' | 'company' | 'link'>): Promise<boolean> {
  const mine = eq(applications.personId, personId);
  const same = row.link
    ? eq(jobs.canonicalUrl, canonicalUrl(row.link))
    : and(sql`lower(trim(${jobs.title})) = ${sameName(row.title)}`, sql`lower(trim(${jobs.company})) = ${sameName(row.company)}`);
  const [found] = await db.select({ id: applications.id }).from(applications).innerJoin(jobs, eq(jobs.id, applications.jobId)).where(and(mine, same)).limit(1);
  return Boolean(found);
}

/** Splits a parsed file into new and known rows (one row per job: a file that lists a job twice keeps the first) and keeps the new ones for *Import*. */
export async function previewImport(services: Services, person: { id: number; community: string }, parsed: ParsedImport): Promise<ImportPreview> {
  if (parsed.rows.length > MAX_IMPORT_ROWS) {
    throw new UserError('import_too_large', `That file has ${parsed.rows.length} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString('en')} at a time. Split it into smaller files.`);
  }
  const fresh: ImportRow[] = [];
  const alreadyTracked: ImportRow[] = [];
  const seen = new Set<string>();
  for (const row of parsed.rows) {
    const key = row.link ? canonicalUrl(row.link) : `${sameName(row.title)}\u0000${sameName(row.company)}`;
    if (seen.has(key) || (await tracks(services.db, person.id, row))) alreadyTracked.push(row);
    else fresh.push(row);
    seen.add(key);
  }
  let pendingId: number | null = null;
  if (fresh.length) {
    const stored: StoredImportRow[] = fresh.map((row) => ({ ...row, moves: row.moves.map((move) => ({ ...move, at: move.at.toISOString() })) }));
    const [pending] = await services.db.insert(pendingImports).values({ personId: person.id, community: person.community, rows: stored, createdAt: services.clock() }).returning({ id: pendingImports.id });
    pendingId = pending!.id;
  }
  return { pendingId, layout: parsed.layout, fresh, alreadyTracked, problems: parsed.problems };
}

/**
 * Interviews, offers (with their negotiation rounds), notes, contacts and sent emails as a JSON export had them. Stored
 * as they were: an interview that is past sets off no reminder now.
 */
async function restoreExtras(tx: Executor, personId: number, applicationId: number, extras: NonNullable<StoredImportRow['extras']>, now: Date): Promise<InterviewRow[]> {
  const restored: InterviewRow[] = [];
  for (const [index, interview] of extras.interviews.entries()) {
    const [row] = await tx.insert(interviews).values({
      applicationId,
      seq: index + 1,
      kind: interview.kind as InterviewKind,
      startsAt: new Date(interview.at),
      timezone: interview.timezone,
      durationMinutes: interview.minutes,
      interviewers: interview.interviewers,
      location: interview.location,
      outcome: interview.outcome as InterviewOutcome,
      feedback: interview.feedback,
      createdAt: now,
      updatedAt: now,
    }).returning();
    restored.push(row!);
  }
  for (const offer of extras.offers) {
    const [stored] = await tx
      .insert(offers)
      .values({ applicationId, base: offer.base, bonus: offer.bonus, equity: offer.equity, currency: offer.currency, startDate: offer.startDate, deadline: offer.deadline, status: offer.status as OfferStatus, createdAt: now, updatedAt: now })
      .returning({ id: offers.id });
    for (const round of offer.rounds) await tx.insert(negotiationRounds).values({ offerId: stored!.id, asked: round.asked, response: round.response, occurredAt: new Date(round.at) });
  }
  for (const [index, note] of extras.notes.entries()) await tx.insert(notes).values({ applicationId, seq: index + 1, authorPersonId: personId, body: note.text, createdAt: new Date(note.at) });
  for (const [index, contact] of (extras.contacts ?? []).entries()) await tx.insert(contacts).values({ applicationId, personId, seq: index + 1, name: contact.name, email: contact.email, role: contact.role, createdAt: now });
  // Sent emails come back as a record of what was sent: never sent again, with no thread to match replies to.
  for (const email of extras.emails ?? []) {
    const at = new Date(email.at);
    await tx.insert(emails).values({ personId, applicationId, kind: email.kind, source: 'imported', toAddress: email.to, subject: email.subject, body: email.text, status: 'sent', sentAt: at, createdAt: at, updatedAt: at });
  }
  return restored;
}

/**
 * Imports a previewed file: each new job becomes an application with its dated moves, in one
 * transaction. Once only: a second press, a redelivery or a second worker finds it imported and
 * adds nothing; a job tracked meanwhile is skipped, so running the same file twice is safe.
 */
export async function confirmImport(services: Services, personId: number, pendingId: number): Promise<{ imported: number; skipped: number }> {
  const restored: InterviewRow[] = [];
  const result = await changePersonData(services, personId, async (tx) => {
    const [pending] = await tx
      .select()
      .from(pendingImports)
      .where(and(eq(pendingImports.id, pendingId), eq(pendingImports.personId, personId)))
      .for('update');
    if (!pending) throw new UserError('unknown_import', 'That import is not yours or no longer exists. Run /job data import again.');
    if (pending.importedAt) throw new UserError('already_imported', 'That file is imported already; nothing was added twice. See /job list.');
    let imported = 0;
    for (const row of pending.rows) {
      if (await tracks(tx, personId, row)) continue;
      const [first, ...later] = row.moves;
      const added = await addApplicationAt(services, tx, { personId, community: pending.community }, { title: row.title, company: row.company, url: row.link, location: row.location, source: 'import' }, new Date(first!.at));
      let application = added.application;
      for (const move of first!.state === 'saved' ? later : row.moves) {
        if (move.state === application.state) continue;
        application = await appendEvent(tx, application, { type: 'state_changed', actorPersonId: personId, fromState: application.state as State, toState: move.state as State, reason: move.reason, payload: { imported: true }, occurredAt: new Date(move.at) });
      }
      if (row.extras) restored.push(...(await restoreExtras(tx, personId, application.id, row.extras, services.clock())));
      imported++;
    }
    await tx.update(pendingImports).set({ importedAt: services.clock() }).where(and(eq(pendingImports.id, pendingId), isNull(pendingImports.importedAt)));
    return { imported, skipped: pending.rows.length - imported };
  });
  // An interview still ahead gets its reminders, as one logged by hand does.
  const now = services.clock();
  for (const interview of restored) if (interview.startsAt > now && interview.outcome === 'pending') await services.reminders.scheduleInterview(interview);
  return result;
}
