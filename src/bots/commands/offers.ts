import { z } from 'zod';
import { formatMoney } from '../../domain/ats/money.js';
import { compareOffers } from '../../domain/ats/offerComparison.js';
import { ui, type Block } from '../ui.js';
import { applicationTitle } from '../views/format.js';
import { defineCommand } from './types.js';

export const offersCommand = defineCommand({
  name: 'compare',
  aliases: ['offers'],
  summary: 'Your open offers side by side, soonest deadline first',
  usage: '/job offers',
  options: [],
  schema: z.object({}),
  async run(ctx) {
    const { currency, offers } = await compareOffers(ctx.services.db, ctx.services.config, ctx.person.id);
    if (!offers.length) return ui.message([ui.section('No open offers. Log one with /job offer <id>.')]);
    const blocks: Block[] = [ui.header(`Your open offers (${offers.length})`)];
    for (const { seq, job, offer, firstYear, firstYearCompared } of offers) {
      const total = firstYearCompared !== null && offer.currency !== currency ? `${formatMoney(firstYear, offer.currency)} (≈ ${formatMoney(firstYearCompared, currency)})` : formatMoney(firstYear, offer.currency);
      const place = [job.location, job.workMode].filter(Boolean).join(' · ');
      blocks.push(
        ui.section(applicationTitle(seq, job)),
        ui.fields([
          { label: 'Base', value: formatMoney(offer.base, offer.currency) },
          { label: 'Bonus', value: offer.bonus ? formatMoney(offer.bonus, offer.currency) : '—' },
          { label: 'Equity', value: offer.equity ?? '—' },
          { label: 'First year', value: total },
          { label: 'Start', value: offer.startDate ?? '—' },
          { label: 'Decide by', value: offer.deadline ?? '—' },
          ...(place ? [{ label: 'Where', value: place }] : []),
        ]),
      );
    }
    const unconverted = [...new Set(offers.filter((row) => row.firstYearCompared === null).map((row) => row.offer.currency))];
    if (unconverted.length) blocks.push(ui.context(`First-year totals in ${unconverted.join(', ')} are not converted to ${currency}: no rate is configured (JOBSCOUT_FX_RATES).`));
    return ui.message(blocks);
  },
});
