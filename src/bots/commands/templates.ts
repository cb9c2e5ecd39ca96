import { z } from 'zod';
import { MAX_SUBJECT_LENGTH, MAX_TEMPLATE_LENGTH, parseTemplateKind, personalKinds, personalTemplateProblems, resetTemplate, saveTemplate, templateFor } from '../../domain/writing/personalTemplates.js';
import { TEMPLATE_KIND_NAMES, TEMPLATE_KINDS, TEMPLATE_VARIABLES, type TemplateKind } from '../../domain/writing/templateKinds.js';
import { ui, type Reply } from '../ui.js';
import { defineCommand, type CommandContext, type FormDefinition } from './types.js';

export const templatesCommand = defineCommand({
  name: 'templates',
  summary: 'The messages Jobscout drafts, and the variables they use',
  usage: '/job templates',
  options: [],
  schema: z.object({}),
  async run(ctx) {
    const own = await personalKinds(ctx.services.db, ctx.person.id);
    return ui.message([
      ui.header('Message templates'),
      ui.list(TEMPLATE_KIND_NAMES.map((kind) => `${kind} — ${TEMPLATE_KINDS[kind]}${own.has(kind) ? ' (your version)' : ''}`)),
      ui.section(`Variables: ${Object.entries(TEMPLATE_VARIABLES).map(([name, means]) => `{{${name}}} ${means}`).join('; ')}. A part between {{#notes}} and {{/notes}} shows only when there is something to say.`),
      ui.context('Keep your own version with /job template <kind>; go back to Jobscout\'s with /job template <kind> reset. /job draft <id> uses them.'),
    ]);
  },
});

const TEMPLATE_ACTIONS = ['edit', 'reset'] as const;

async function openTemplateForm(ctx: CommandContext, kind: TemplateKind): Promise<Reply> {
  const current = await templateFor(ctx.services.db, ctx.person.id, kind);
  return ui.form({
    id: 'template',
    context: kind,
    title: `Template · ${kind}`.slice(0, 45),
    submitLabel: 'Save my version',
    fields: [
      { name: 'subject', label: 'Subject', kind: 'text', required: true, initial: current.subject },
      { name: 'body', label: 'Message', kind: 'multiline', required: true, initial: current.body, manyLines: true, hint: 'Variables: {{name}} {{company}} {{role}} {{contact}} {{interviewer}} {{days}} {{notes}} {{skills}}' },
    ],
  });
}

export const templateCommand = defineCommand({
  name: 'template',
  summary: 'Keep your own version of a template (opens a form), or reset it',
  usage: '/job template <kind> [reset]',
  opensForm: (raw) => String(raw.action ?? 'edit').toLowerCase() !== 'reset',
  options: [
    { name: 'kind', description: 'Which template (see /job templates)', type: 'string', required: true, choices: TEMPLATE_KIND_NAMES },
    { name: 'action', description: "reset: go back to Jobscout's version", type: 'string', required: false, choices: TEMPLATE_ACTIONS },
  ],
  schema: z.object({
    kind: z.string({ message: 'is missing' }).transform((value) => parseTemplateKind(value)),
    action: z.preprocess((value) => (typeof value === 'string' ? value.toLowerCase() : value), z.enum(TEMPLATE_ACTIONS, { message: 'must be edit or reset' }).optional()),
  }),
  async run(ctx, options) {
    if (options.action !== 'reset') return openTemplateForm(ctx, options.kind);
    const had = await resetTemplate(ctx.services, ctx.person.id, options.kind);
    return ui.message([ui.section(had ? `Back to Jobscout's ${options.kind} template.` : `You were already using Jobscout's ${options.kind} template.`)]);
  },
});

export const templateForm: FormDefinition = {
  id: 'template',
  open: (ctx, context) => openTemplateForm(ctx, parseTemplateKind(context)),
  async submit(ctx, context, values) {
    const kind = parseTemplateKind(context);
    const template = { subject: (values.subject ?? '').slice(0, MAX_SUBJECT_LENGTH + 1), body: (values.body ?? '').slice(0, MAX_TEMPLATE_LENGTH + 1) };
    const errors = personalTemplateProblems(template);
    if (Object.keys(errors).length) return { ok: false, errors };
    await saveTemplate(ctx.services, ctx.person.id, kind, template);
    return { ok: true, reply: ui.message([ui.section(`Saved your ${kind} template (${TEMPLATE_KINDS[kind]}). Drafts use it from now on; /job template ${kind} reset goes back to Jobscout's.`)]) };
  },
};
