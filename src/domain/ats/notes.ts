import { notes, type NoteRow } from '../../models/notes.js';
import { UserError } from '../errors.js';
import type { Services } from '../services.js';
import { getApplication, type ApplicationView } from './applications.js';
import { appendEvent } from './events.js';
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
    const [note] = await tx.insert(notes).values({ applicationId: view.application.id, authorPersonId: personId, body: text, createdAt: now }).returning();
    const application = await appendEvent(tx, view.application, {
      type: 'note_added',
      actorPersonId: personId,
      payload: { noteId: note!.id },
      occurredAt: now,
    });
    return { application, job: view.job, note: note! };
  });
}
