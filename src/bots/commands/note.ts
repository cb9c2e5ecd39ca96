import { z } from 'zod';
import { getApplication } from '../../domain/ats/applications.js';
import { addNote, deleteNote, editNote, getNote, MAX_NOTE_LENGTH, parseNoteRef } from '../../domain/ats/notes.js';
import { ui } from '../ui.js';
import { applicationTitle } from '../views/format.js';
import { FieldReader } from './formValues.js';
import { applicationId, ID_OPTION, parseSeq } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext, type CommandGroup, type FormDefinition } from './types.js';

async function saveNote(ctx: CommandContext, seq: number, text: string) {
  const { job, note } = await addNote(ctx.services, ctx.person.id, seq, text);
  return ui.message([ui.header(applicationTitle(seq, job)), ui.section(`Note ${seq}.${note.seq} added. Only you can see it.`)]);
}

export const addNoteCommand = defineCommand({
  name: 'add',
  summary: 'Add a private note to an application',
  usage: '/job note <id> <text>',
  options: [
    ID_OPTION,
    { name: 'text', description: 'The note', type: 'string', required: true, rest: true },
  ],
  schema: z.object({
    id: applicationId,
    text: z.string({ message: 'is missing' }).trim().min(1, 'is missing').max(MAX_NOTE_LENGTH, `is longer than ${MAX_NOTE_LENGTH} characters`),
  }),
  run: (ctx, options) => saveNote(ctx, options.id, options.text),
});

async function openNoteForm(ctx: CommandContext, seq: number) {
  const { job } = await getApplication(ctx.services.db, ctx.person.id, seq);
  return ui.form({
    id: 'note',
    context: String(seq),
    title: `Note · #${seq} ${job.company}`.slice(0, 45),
    submitLabel: 'Add note',
    fields: [{ name: 'text', label: 'Note', kind: 'multiline', required: true, placeholder: 'Recruiter said the team is hiring two people.' }],
  });
}

export const noteAction: ActionDefinition = { action: 'app.note', opensForm: true, run: (ctx, value) => openNoteForm(ctx, parseSeq(value)) };

export const noteForm: FormDefinition = {
  id: 'note',
  open: (ctx, context) => openNoteForm(ctx, parseSeq(context)),
  async submit(ctx, context, values) {
    const fields = new FieldReader(values);
    const text = fields.required('text', 'Note', MAX_NOTE_LENGTH);
    if (!fields.ok || !text) return { ok: false, errors: fields.errors };
    return { ok: true, reply: await saveNote(ctx, parseSeq(context), text) };
  },
};

const NOTE_OPTION = { name: 'note', description: 'Note, e.g. 3.2 (the timeline numbers them)', type: 'string', required: true } as const;

async function openNoteEditForm(ctx: CommandContext, reference: string) {
  const ref = parseNoteRef(reference);
  const { job, note } = await getNote(ctx.services.db, ctx.person.id, ref);
  return ui.form({
    id: 'note-edit',
    context: `${ref.seq}.${ref.noteSeq}`,
    title: `Edit note ${ref.seq}.${ref.noteSeq} · ${job.company}`.slice(0, 45),
    submitLabel: 'Save',
    fields: [{ name: 'text', label: 'Note', kind: 'multiline', required: true, initial: note.body }],
  });
}

const editNoteCommand = defineCommand({
  name: 'edit',
  summary: 'Rewrite a note (opens a form)',
  usage: '/job note edit <id.n>',
  opensForm: true,
  groupWordRequired: true,
  options: [NOTE_OPTION],
  schema: z.object({ note: z.string({ message: 'is missing' }) }),
  run: (ctx, options) => openNoteEditForm(ctx, options.note),
});

export const noteEditForm: FormDefinition = {
  id: 'note-edit',
  open: (ctx, context) => openNoteEditForm(ctx, context),
  async submit(ctx, context, values) {
    const ref = parseNoteRef(context);
    const fields = new FieldReader(values);
    const text = fields.required('text', 'Note', MAX_NOTE_LENGTH);
    if (!fields.ok || !text) return { ok: false, errors: fields.errors };
    const { job, changed } = await editNote(ctx.services, ctx.person.id, ref, text);
    return { ok: true, reply: ui.message([ui.header(applicationTitle(ref.seq, job)), ui.section(changed ? `Note ${ref.seq}.${ref.noteSeq} saved.` : 'Nothing changed.')]) };
  },
};

const deleteNoteCommand = defineCommand({
  name: 'delete',
  summary: 'Delete a note',
  usage: '/job note delete <id.n>',
  groupWordRequired: true,
  options: [NOTE_OPTION],
  schema: z.object({ note: z.string({ message: 'is missing' }) }),
  async run(ctx, options) {
    const ref = parseNoteRef(options.note);
    const { job } = await deleteNote(ctx.services, ctx.person.id, ref);
    return ui.message([ui.header(applicationTitle(ref.seq, job)), ui.section(`Deleted note ${ref.seq}.${ref.noteSeq}. The timeline says a note was deleted, not what it said.`)]);
  },
});

export const notesGroup: CommandGroup = { name: 'note', summary: 'Private notes on an application', commands: [addNoteCommand, editNoteCommand, deleteNoteCommand] };
