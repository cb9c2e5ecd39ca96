import { and, eq, max } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { notes, type NoteRow } from '../../models/notes.js';
import { UserError } from '../errors.js';
import type { Services } from '../services.js';
import { getApplication, type ApplicationView } from './applications.js';
import { appendEvent } from './events.js';
import { parseItemRef } from './itemRef.js';
import { changePersonData } from '../people/changes.js';

export const MAX_NOTE_LENGTH = 4000;

/** Adds a private note to one of the person's applications. */
export async function addNote(services: Services, personId: number, seq: number, body: string): Promise<ApplicationView & { note: NoteRow }> {
  const text = body.trim();
  if (!text) throw new UserError('empty_note', 'A note needs some text: /job note 3 Called the recruiter.', 'text');
  if (text.length > MAX_NOTE_LENGTH) throw new UserError('note_too_long', `A note can be at most ${MAX_NOTE_LENGTH} characters.`, 'text');
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const view = await getApplication(tx, personId, seq, true);
    const [last] = await tx.select({ seq: max(notes.seq) }).from(notes).where(eq(notes.applicationId, view.application.id));
    const [note] = await tx.insert(notes).values({ applicationId: view.application.id, seq: (last?.seq ?? 0) + 1, authorPersonId: personId, body: text, createdAt: now }).returning();
    const application = await appendEvent(tx, view.application, {
      type: 'note_added',
      actorPersonId: personId,
      payload: { noteId: note!.id },
      occurredAt: now,
    });
    return { application, job: view.job, note: note! };
  });
}

/** Reads "3.2" (application 3, note 2). */
export function parseNoteRef(input: string): { seq: number; noteSeq: number } {
  const { seq, itemSeq } = parseItemRef(input, () => new UserError('bad_note_ref', `"${input}" is not a note. Write 3.2 for the second note of application #3; /job timeline 3 numbers them.`));
  return { seq, noteSeq: itemSeq };
}

/** One of the person's notes; someone else's reads like one that doesn't exist. */
export async function getNote(db: Executor, personId: number, ref: { seq: number; noteSeq: number }): Promise<ApplicationView & { note: NoteRow }> {
  const view = await getApplication(db, personId, ref.seq);
  const [note] = await db.select().from(notes).where(and(eq(notes.applicationId, view.application.id), eq(notes.seq, ref.noteSeq)));
  if (!note) throw new UserError('unknown_note', `You have no note ${ref.seq}.${ref.noteSeq}. /job timeline ${ref.seq} lists the notes of #${ref.seq}.`);
  return { ...view, note };
}

/** Rewrites a note; the timeline says it was edited. What it said before is not kept: notes are private, and a correction may be taking something out. */
export async function editNote(services: Services, personId: number, ref: { seq: number; noteSeq: number }, body: string): Promise<ApplicationView & { note: NoteRow; changed: boolean }> {
  const text = body.trim();
  if (!text) throw new UserError('empty_note', 'A note needs some text; /job note delete removes one.', 'text');
  if (text.length > MAX_NOTE_LENGTH) throw new UserError('note_too_long', `A note can be at most ${MAX_NOTE_LENGTH} characters.`, 'text');
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const view = await getNote(tx, personId, ref);
    if (view.note.body === text) return { ...view, changed: false };
    const [note] = await tx.update(notes).set({ body: text }).where(eq(notes.id, view.note.id)).returning();
    const application = await appendEvent(tx, view.application, {
      type: 'note_edited',
      actorPersonId: personId,
      payload: { noteId: view.note.id, summary: `Note ${ref.seq}.${ref.noteSeq} edited` },
      occurredAt: now,
    });
    return { application, job: view.job, note: note!, changed: true };
  });
}

/** Deletes a note. The event says a note was deleted, not what it said: deleting is for forgetting. */
export async function deleteNote(services: Services, personId: number, ref: { seq: number; noteSeq: number }): Promise<ApplicationView & { note: NoteRow }> {
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const view = await getNote(tx, personId, ref);
    await tx.delete(notes).where(eq(notes.id, view.note.id));
    const application = await appendEvent(tx, view.application, {
      type: 'note_deleted',
      actorPersonId: personId,
      payload: { noteId: view.note.id, summary: `Note ${ref.seq}.${ref.noteSeq} deleted` },
      occurredAt: now,
    });
    return { ...view, application };
  });
}
