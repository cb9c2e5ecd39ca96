import { getApplication } from '../../domain/ats/applications.js';
import { formatMoney, parseMoney } from '../../domain/ats/money.js';
import { logOffer } from '../../domain/ats/offers.js';
import { loadWhen } from './loadWhen.js';
import { UserError } from '../../domain/errors.js';
import type { State } from '../../domain/ats/lifecycle.js';
import { ui, type Field } from '../ui.js';
import { applicationActions } from '../views/applicationCard.js';
import { applicationTitle, zoneOf } from '../views/format.js';
import { FieldReader } from './formValues.js';
import { ID_OPTION, idOnly, parseSeq } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext, type FormDefinition } from './types.js';

async function openOfferForm(ctx: CommandContext, seq: number) {
  const { job } = await getApplication(ctx.services.db, ctx.person.id, seq);
  return ui.form({
    id: 'offer',
    context: String(seq),
    title: `Offer · #${seq} ${job.company}`.slice(0, 45),
    submitLabel: 'Log offer',
    fields: [
      { name: 'base', label: 'Base salary (yearly) and currency', kind: 'text', required: true, placeholder: `120000 ${job.salaryCurrency ?? 'EUR'}` },
      { name: 'bonus', label: 'Bonus', kind: 'text', required: false, placeholder: '10000' },
      { name: 'equity', label: 'Equity', kind: 'text', required: false, placeholder: '0.1% over 4 years, 1-year cliff' },
      { name: 'start', label: 'Start date', kind: 'text', required: false, placeholder: '2027-01-15' },
      { name: 'deadline', label: 'Decision deadline', kind: 'text', required: false, placeholder: 'next friday' },
    ],
  });
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
    const { parseDate } = await loadWhen();
    const seq = parseSeq(context);
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
    const result = await logOffer(ctx.services, ctx.person.id, seq, {
      base: base.amount,
      currency: base.currency,
      bonus: bonus?.amount ?? null,
      equity,
      startDate,
      deadline,
    });
    const details: Field[] = [{ label: 'Base', value: formatMoney(base.amount, base.currency) }];
    if (bonus) details.push({ label: 'Bonus', value: formatMoney(bonus.amount, base.currency) });
    if (result.offer.equity) details.push({ label: 'Equity', value: result.offer.equity });
    if (startDate) details.push({ label: 'Start', value: startDate });
    if (deadline) details.push({ label: 'Deadline', value: deadline });
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
