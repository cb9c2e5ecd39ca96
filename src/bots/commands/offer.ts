import { getApplication } from '../../domain/ats/applications.js';
import { formatMoney, parseMoney } from '../../domain/ats/money.js';
import { logOffer, type OfferInput } from '../../domain/ats/offers.js';
import type { JobRow } from '../../models/jobs.js';
import type { OfferRow } from '../../models/offers.js';
import { loadWhen } from './loadWhen.js';
import { UserError } from '../../domain/errors.js';
import type { State } from '../../domain/ats/lifecycle.js';
import { ui, type Field, type FormField } from '../ui.js';
import { applicationActions } from '../views/applicationCard.js';
import { applicationTitle, zoneOf } from '../views/format.js';
import { FieldReader } from './formValues.js';
import { ID_OPTION, idOnly, parseSeq } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext, type FormDefinition } from './types.js';

/** The offer form's fields, filled in with `current` when editing one. */
export function offerFields(job: JobRow, current?: OfferRow): FormField[] {
  return [
    { name: 'base', label: 'Base salary (yearly) and currency', kind: 'text', required: true, placeholder: `120000 ${job.salaryCurrency ?? 'EUR'}`, initial: current ? `${current.base} ${current.currency}` : undefined },
    { name: 'bonus', label: 'Bonus', kind: 'text', required: false, placeholder: '10000', initial: current?.bonus ? String(current.bonus) : undefined },
    { name: 'equity', label: 'Equity', kind: 'text', required: false, placeholder: '0.1% over 4 years, 1-year cliff', initial: current?.equity ?? undefined },
    { name: 'start', label: 'Start date', kind: 'text', required: false, placeholder: '2027-01-15', initial: current?.startDate ?? undefined },
    { name: 'deadline', label: 'Decision deadline', kind: 'text', required: false, placeholder: 'next friday', initial: current?.deadline ?? undefined },
  ];
}

async function openOfferForm(ctx: CommandContext, seq: number) {
  const { job } = await getApplication(ctx.services.db, ctx.person.id, seq);
  return ui.form({
    id: 'offer',
    context: String(seq),
    title: `Offer · #${seq} ${job.company}`.slice(0, 45),
    submitLabel: 'Log offer',
    fields: offerFields(job),
  });
}

/** Reads the offer form: the offer, or a message per bad field. */
export async function readOfferForm(ctx: CommandContext, values: Record<string, string>): Promise<{ ok: true; input: OfferInput } | { ok: false; errors: Record<string, string> }> {
  const { parseDate } = await loadWhen();
  const zone = zoneOf(ctx.services, ctx.person);
  const now = ctx.services.clock();
  const fields = new FieldReader(values);
  const base = fields.requiredParse('base', 'Base salary', (raw) => {
    const money = parseMoney(raw, 'base salary');
    if (!money.currency) throw new UserError('no_currency', 'Base salary: add the currency, e.g. 120000 EUR or $120k.', 'base');
    if (money.amount === 0) throw new UserError('zero_base', 'Base salary must be more than 0.', 'base');
    return money as { amount: number; currency: string };
  });
  const bonus = fields.parse('bonus', (raw) => parseMoney(raw, 'bonus', base?.currency ?? null));
  if (base && bonus?.currency && bonus.currency !== base.currency) {
    fields.errors.bonus = `Bonus: give it in ${base.currency}, the currency of the base salary.`;
  }
  const startDate = fields.parse('start', (raw) => parseDate(raw, zone, now, 'start date'));
  const deadline = fields.parse('deadline', (raw) => parseDate(raw, zone, now, 'deadline'));
  const equity = fields.optional('equity', 'Equity', 200);
  if (!fields.ok || !base) return { ok: false, errors: fields.errors };
  return { ok: true, input: { base: base.amount, currency: base.currency, bonus: bonus?.amount ?? null, equity, startDate, deadline } };
}

/** Base, bonus, equity, start and deadline as card fields. */
export function offerDetails(offer: Pick<OfferRow, 'base' | 'bonus' | 'currency' | 'equity' | 'startDate' | 'deadline'>): Field[] {
  const details: Field[] = [{ label: 'Base', value: formatMoney(offer.base, offer.currency) }];
  if (offer.bonus) details.push({ label: 'Bonus', value: formatMoney(offer.bonus, offer.currency) });
  if (offer.equity) details.push({ label: 'Equity', value: offer.equity });
  if (offer.startDate) details.push({ label: 'Start', value: offer.startDate });
  if (offer.deadline) details.push({ label: 'Deadline', value: offer.deadline });
  return details;
}

export const logOfferCommand = defineCommand({
  name: 'log',
  summary: 'Log an offer (opens a form)',
  usage: '/job offer <id>',
  opensForm: true,
  options: [ID_OPTION],
  schema: idOnly,
  run: (ctx, options) => openOfferForm(ctx, options.id),
});

export const offerAction: ActionDefinition = {
  action: 'app.offer',
  opensForm: true,
  run: (ctx, value) => openOfferForm(ctx, parseSeq(value)),
};

export const offerForm: FormDefinition = {
  id: 'offer',
  open: (ctx, context) => openOfferForm(ctx, parseSeq(context)),
  async submit(ctx, context, values) {
    const seq = parseSeq(context);
    const read = await readOfferForm(ctx, values);
    if (!read.ok) return read;
    const result = await logOffer(ctx.services, ctx.person.id, seq, read.input);
    const details = offerDetails(result.offer);
    const lead = result.movedFrom ? `Offer logged. Moved #${seq} from ${result.movedFrom} to offer. Congratulations!` : 'Offer logged.';
    return {
      ok: true,
      reply: ui.message([
        ui.header(applicationTitle(seq, result.job)),
        ui.section(lead),
        ui.fields(details),
        ui.context(`Negotiating? Record each round with /job negotiate ${seq}.`),
        ...applicationActions(seq, result.application.state as State),
      ]),
    };
  },
};
