import type { SearchStats, TraitRate } from '../../domain/analytics/searchStats.js';
import type { Stage } from '../../domain/analytics/outcomes.js';
import { MIN_SAMPLE } from '../../domain/analytics/wilson.js';
import { ui, type Block } from '../ui.js';

const STAGE_LABEL: Record<Stage, string> = { applied: 'Applied', response: 'Answered', interview: 'Interviewed', offer: 'Offer', accepted: 'Accepted' };
const PERIOD_LABEL: Record<SearchStats['period'], string> = { '30d': 'last 30 days', '90d': 'last 90 days', all: 'all time' };

const percent = (share: number) => `${Math.round(share * 100)}%`;
const days = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)} day${value === 1 ? '' : 's'}`;

/** "a link: 4 of 10 answered (40%, likely 17–69%)", or the count alone while too few to tell. */
function rateLine({ label, rate }: TraitRate): string {
  const counted = `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${rate.hits} of ${rate.total} answered`;
  if (rate.total < MIN_SAMPLE) return `${counted} (too few to tell)`;
  return `${counted} (${percent(rate.share)}, likely ${percent(rate.low)}–${percent(rate.high)})`;
}

/** What `/job stats` shows: the funnel with conversions and times, sources and work modes, and what clearly works. */
export function statsBlocks(stats: SearchStats): Block[] {
  const title = `Your search in numbers — ${PERIOD_LABEL[stats.period]}`;
  if (stats.sent === 0) {
    return [ui.header(title), ui.section('No applications sent in this period yet. Move a job to applied (/job move <id> applied) and its answers are counted here.')];
  }
  const funnel = stats.funnel.map((step) => {
    const conversion = step.conversion === null ? '' : ` (${percent(step.conversion)} of the step before${step.medianDays === null ? '' : `, median ${days(step.medianDays)}`})`;
    return `${STAGE_LABEL[step.stage]}: ${step.count}${conversion}`;
  });
  return [
    ui.header(title),
    ui.section('Funnel'),
    ui.list(funnel),
    ui.context(`Rejected: ${stats.rejected} · No answer after the configured wait (ghosted): ${stats.ghosted}`),
    ui.divider(),
    ui.section('Where they came from'),
    ui.list(stats.bySource.map(rateLine)),
    ui.section('By work mode'),
    ui.list(stats.byWorkMode.map(rateLine)),
    ui.divider(),
    ui.section('What stands out'),
    stats.insights.length
      ? ui.list(stats.insights)
      : ui.context(`Not enough data yet: a pattern shows once at least ${MIN_SAMPLE} applications share a trait and the answers differ clearly.`),
  ];
}
