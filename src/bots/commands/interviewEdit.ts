import { z } from 'zod';
import { deleteInterview, editInterview, getInterview, parseInterviewRef } from '../../domain/ats/interviews.js';
import { ui } from '../ui.js';
import { applicationTitle, formatRelative, formatWhen } from '../views/format.js';
import { interviewFields, readInterviewForm } from './interview.js';
import { defineCommand, type CommandContext, type FormDefinition } from './types.js';

const INTERVIEW_OPTION = { name: 'interview', description: 'Interview, e.g. 3.1', type: 'interview', required: true } as const;
const interviewOnly = z.object({ interview: z.string({ message: 'is missing' }) });

async function openEditForm(ctx: CommandContext, reference: string) {
  const ref = parseInterviewRef(reference);
  const { interview, job } = await getInterview(ctx.services.db, ctx.person.id, ref);
  return ui.form({
    id: 'interview-edit',
    // The interview's own number, so "3" (the latest) can't point elsewhere once another is logged.
    context: `${ref.seq}.${interview.seq}`,
    title: `Edit interview ${ref.seq}.${interview.seq} · ${job.company}`.slice(0, 45),
    submitLabel: 'Save',
    fields: interviewFields(ctx, interview),
  });
}

export const editInterviewCommand = defineCommand({
  name: 'edit',
  summary: 'Correct an interview: type, time, duration, interviewers, place (opens a form)',
  usage: '/job interview edit <id.n>',
  groupWordRequired: true,
  opensForm: true,
  options: [INTERVIEW_OPTION],
  schema: interviewOnly,
  run: (ctx, options) => openEditForm(ctx, options.interview),
});

export const editInterviewForm: FormDefinition = {
  id: 'interview-edit',
  open: (ctx, context) => openEditForm(ctx, context),
  async submit(ctx, context, values) {
    const ref = parseInterviewRef(context);
    const read = await readInterviewForm(ctx, values);
    if (!read.ok) return read;
    const { interview, job, changed } = await editInterview(ctx.services, ctx.person.id, ref, read.input);
    const now = ctx.services.clock();
    const what = changed.length ? `Changed: ${changed.join(', ')}.` : 'Nothing changed.';
    return {
      ok: true,
      reply: ui.message([
        ui.header(applicationTitle(ref.seq, job)),
        ui.section(`Interview ${ref.seq}.${interview.seq} saved: ${interview.kind}, ${formatWhen(interview.startsAt, interview.timezone)} (${formatRelative(interview.startsAt, now)}), ${interview.durationMinutes} min. ${what}`),
      ]),
    };
  },
};

export const deleteInterviewCommand = defineCommand({
  name: 'delete',
  summary: 'Delete an interview logged by mistake, and its reminders',
  usage: '/job interview delete <id.n>',
  groupWordRequired: true,
  options: [INTERVIEW_OPTION],
  schema: interviewOnly,
  async run(ctx, options) {
    const ref = parseInterviewRef(options.interview);
    const { interview, job } = await deleteInterview(ctx.services, ctx.person.id, ref);
    return ui.message([
      ui.header(applicationTitle(ref.seq, job)),
      ui.section(`Deleted interview ${ref.seq}.${interview.seq} (${interview.kind}, ${formatWhen(interview.startsAt, interview.timezone)}); its reminders are off. Its application stays where it is: /job move ${ref.seq} <state> changes that.`),
    ]);
  },
});
