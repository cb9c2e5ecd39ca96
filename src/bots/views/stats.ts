import type { Dimension, TraitRates } from '../../domain/analytics/dimensions.js';
import type { Period, SearchStats } from '../../domain/analytics/searchStats.js';
import { STAGE_NAME } from '../../domain/analytics/stageNames.js';
import { MIN_SAMPLE, type Rate } from '../../domain/analytics/wilson.js';
import { ui, type Block } from '../ui.js';

export const PERIOD_LABEL: Record<Period, string> = { '30d': 'last 30 days', '90d': 'last 90 days', all: 'all time' };
// A dimension lists its largest groups; the rest are counted in one line.
const GROUPS_SHOWN = 5;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const days = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)} day${value === 1 ? '' : 's'}`;
const likely = (rate: Rate) => `${percent(rate.share)}, likely ${percent(rate.low)}–${percent(rate.high)}`;
const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** "Remote roles: 4 of 10 answered (40%, likely 17–69%) · 2 interviews (20%, …)", or the count alone while too few to tell. */
function rateLine(trait: TraitRates): string {
  const counted = `${capitalised(trait.label)}: ${trait.response.hits} of ${trait.sent} answered`;
  if (trait.sent < MIN_SAMPLE) return `${counted} (too few to tell)`;
  const interviews = `${trait.interview.hits} interview${trait.interview.hits === 1 ? '' : 's'} (${likely(trait.interview)})`;
  const offers = `${trait.offer.hits} offer${trait.offer.hits === 1 ? '' : 's'} (${likely(trait.offer)})`;
  return `${counted} (${likely(trait.response)}) · ${interviews} · ${offers}`;
}

function dimensionBlocks(dimension: Dimension): Block[] {
  // A dimension that knows nothing ("unknown" for every job) says nothing.
  if (dimension.traits.length === 0 || (dimension.traits.length === 1 && /^(unknown|unstated)$/.test(dimension.traits[0]!.label))) return [];
  const shown = dimension.traits.slice(0, GROUPS_SHOWN);
  const rest = dimension.traits.length - shown.length;
  return [ui.section(dimension.title), ui.list(shown.map(rateLine)), ...(rest > 0 ? [ui.context(`and ${rest} more`)] : [])];
}

/** What `/job stats` shows: the funnel with conversions and times, how each kind of job did, and what clearly works. */
export function statsBlocks(stats: SearchStats): Block[] {
  const title = `Your search in numbers — ${PERIOD_LABEL[stats.period]}`;
  if (stats.sent === 0) {
    return [ui.header(title), ui.section('No applications sent in this period yet. Move a job to applied (/job move <id> applied) and its answers are counted here.')];
  }
  const funnel = stats.funnel.map((step) => {
    const conversion = step.conversion === null ? '' : ` (${percent(step.conversion)} of the step before${step.medianDays === null ? '' : `, median ${days(step.medianDays)}`})`;
    return `${STAGE_NAME[step.stage]}: ${step.count}${conversion}`;
  });
  return [
    ui.header(title),
    ui.section('Funnel'),
    ui.list(funnel),
    ui.context(`Rejected: ${stats.rejected} · No answer after the configured wait (ghosted): ${stats.ghosted}`),
    ui.divider(),
    ui.section('What stands out'),
    stats.insights.length
      ? ui.list(stats.insights)
      : ui.context(`Not enough data yet: a pattern shows once at least ${MIN_SAMPLE} applications share a trait and the answers differ clearly.`),
    ui.divider(),
    ...stats.dimensions.flatMap(dimensionBlocks),
    ui.actions([ui.button('Show charts', 'stats.charts', stats.period)]),
  ];
}
