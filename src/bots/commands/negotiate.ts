import { getApplication } from '../../domain/ats/applications.js';
import { addNegotiationRound } from '../../domain/ats/offers.js';
import { loadWhen } from './loadWhen.js';
import { ui } from '../ui.js';
import { applicationTitle, zoneOf } from '../views/format.js';
import { FieldReader } from './formValues.js';
import { ID_OPTION, idOnly, parseSeq } from './options.js';
import { defineCommand, type CommandContext, type FormDefinition } from './types.js';

async function openNegotiationForm(ctx: CommandContext, seq: number) {
  const { job } = await getApplication(ctx.services.db, ctx.person.id, seq);
  return ui.form({
    id: 'negotiate',
    context: String(seq),
    title: `Negotiation · #${seq} ${job.company}`.slice(0, 45),
    submitLabel: 'Save round',
    fields: [
      { name: 'asked', label: 'What you asked for', kind: 'multiline', required: true, placeholder: '135k base, start in March' },
      { name: 'response', label: 'What came back (if anything yet)', kind: 'multiline', required: false, placeholder: '128k base, March is fine' },
      { name: 'when', label: 'When', kind: 'text', required: false, placeholder: 'now', hint: 'Leave empty for now.' },
    ],
  });
}

export const negotiate = defineCommand({
  name: 'negotiate',
  summary: 'Record a negotiation round on an offer (opens a form)',
  usage: '/job negotiate <id>',
  opensForm: true,
  options: [ID_OPTION],
  schema: idOnly,
  run: (ctx, options) => openNegotiationForm(ctx, options.id),
});

export const negotiateForm: FormDefinition = {
  id: 'negotiate',
  open: (ctx, context) => openNegotiationForm(ctx, parseSeq(context)),
  async submit(ctx, context, values) {
    const { parseWhen } = await loadWhen();
    const seq = parseSeq(context);
    const now = ctx.services.clock();
    const fields = new FieldReader(values);
    const asked = fields.required('asked', 'What you asked for', 1000);
    const response = fields.optional('response', 'What came back', 1000);
    const when = fields.parse('when', (raw) => (raw.toLowerCase() === 'now' ? { at: now } : parseWhen(raw, zoneOf(ctx.services, ctx.person), now)));
    if (!fields.ok || !asked) return { ok: false, errors: fields.errors };
    const result = await addNegotiationRound(ctx.services, ctx.person.id, seq, { asked, response, occurredAt: when?.at ?? now });
    const lines = [`Round recorded. You asked: ${asked}`];
    if (result.round.response) lines.push(`They answered: ${result.round.response}`);
    if (result.movedFrom) lines.push(`Moved #${seq} to negotiating.`);
    return { ok: true, reply: ui.message([ui.header(applicationTitle(seq, result.job)), ui.section(lines.join('\n'))]) };
  },
};
