import { editOffer, latestOffer } from '../../domain/ats/offers.js';
import { ui } from '../ui.js';
import { applicationTitle } from '../views/format.js';
import { offerDetails, offerFields, readOfferForm } from './offer.js';
import { ID_OPTION, idOnly, parseSeq } from './options.js';
import { defineCommand, type CommandContext, type FormDefinition } from './types.js';

async function openEditForm(ctx: CommandContext, seq: number) {
  const { job, offer } = await latestOffer(ctx.services.db, ctx.person.id, seq);
  return ui.form({ id: 'offer-edit', context: String(seq), title: `Edit offer · #${seq} ${job.company}`.slice(0, 45), submitLabel: 'Save', fields: offerFields(job, offer) });
}

export const editOfferCommand = defineCommand({
  name: 'edit',
  summary: 'Correct the latest offer: base, bonus, equity, currency, start, deadline (opens a form)',
  usage: '/job offer edit <id>',
  opensForm: true,
  groupWordRequired: true,
  options: [ID_OPTION],
  schema: idOnly,
  run: (ctx, options) => openEditForm(ctx, options.id),
});

export const editOfferForm: FormDefinition = {
  id: 'offer-edit',
  open: (ctx, context) => openEditForm(ctx, parseSeq(context)),
  async submit(ctx, context, values) {
    const seq = parseSeq(context);
    const read = await readOfferForm(ctx, values);
    if (!read.ok) return read;
    const { offer, job, changed } = await editOffer(ctx.services, ctx.person.id, seq, read.input);
    const lead = changed.length ? `Offer saved. Changed: ${changed.join(', ')}.` : 'Offer saved; nothing changed.';
    return { ok: true, reply: ui.message([ui.header(applicationTitle(seq, job)), ui.section(`${lead} Status: ${offer.status}.`), ui.fields(offerDetails(offer))]) };
  },
};
