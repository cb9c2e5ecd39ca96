import { z } from 'zod';
import { getApplication } from '../../domain/ats/applications.js';
import { addNote, MAX_NOTE_LENGTH } from '../../domain/ats/notes.js';
import { ui } from '../ui.js';
import { applicationTitle } from '../views/format.js';
import { FieldReader } from './formValues.js';
import { applicationId, ID_OPTION, parseSeq } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext, type FormDefinition } from './types.js';

async function saveNote(ctx: CommandContext, seq: number, text: string) {
  const { job } = await addNote(ctx.services, ctx.person.id, seq, text);
  return ui.message([ui.header(applicationTitle(seq, job)), ui.section('Note added. Only you can see it.')]);
}

export const note = defineCommand({
  name: 'note',
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
