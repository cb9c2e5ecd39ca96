import { DateTime } from 'luxon';
import { formatMoney } from '../../domain/ats/money.js';
import { stateLabel } from '../../domain/ats/lifecycle.js';
import type { PipelineOverview } from '../../domain/ats/pipeline.js';
import { ui, type Block } from '../ui.js';
import { formatRelative, formatWhen } from './format.js';

const START_BUTTONS = () => ui.actions([ui.button('Add a job', 'job.add', '', 'primary'), ui.button('All applications', 'job.list', '')]);

/** The overview a person sees on Slack's App Home and with /job pipeline. */
export function pipelineBlocks(overview: PipelineOverview, zone: string, now: Date): Block[] {
  if (overview.total === 0) {
    return [
      ui.header('Your job search'),
      ui.section('You are not tracking any jobs yet. Add the first one and it shows up here, with interviews and offers as they come.'),
      START_BUTTONS(),
    ];
  }
  const blocks: Block[] = [
    ui.header('Your job search'),
    START_BUTTONS(),
    ui.section(`Pipeline — ${overview.total} application${overview.total === 1 ? '' : 's'}`),
    ui.fields(overview.counts.map(({ state, count }) => ({ label: stateLabel(state), value: String(count) }))),
    ui.divider(),
    ui.section('Upcoming interviews'),
  ];
  if (overview.upcoming.length === 0) blocks.push(ui.context('None scheduled. Log one from an application card or with /job interview <id>.'));
  else {
    blocks.push(
      ui.list(
        overview.upcoming.map(
          (row) => `#${row.seq} · ${row.title} at ${row.company} — ${row.kind}, ${formatWhen(row.startsAt, row.timezone ?? zone)} (${formatRelative(row.startsAt, now)})`,
        ),
      ),
    );
    if (overview.moreUpcoming > 0) blocks.push(ui.context(`…and ${overview.moreUpcoming} more.`));
  }
  blocks.push(ui.divider(), ui.section('Open offers'));
  if (overview.openOffers.length === 0) blocks.push(ui.context('No open offers yet.'));
  else {
    blocks.push(
      ui.list(
        overview.openOffers.map((row) => {
          const deadline = row.deadline ? `decide by ${deadlineText(row.deadline, zone, now)}` : 'no deadline';
          return `#${row.seq} · ${row.title} at ${row.company} — ${formatMoney(row.base, row.currency)}, ${row.status}, ${deadline}`;
        }),
      ),
    );
  }
  return blocks;
}

/** "Fri 27 Nov (in 3 days)": a deadline is a calendar date, counted at the end of that day. */
function deadlineText(date: string, zone: string, now: Date): string {
  const day = DateTime.fromISO(date, { zone });
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const days = Math.round(day.diff(today, 'days').days);
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : days < 0 ? `${-days} day${days === -1 ? '' : 's'} ago` : `in ${days} days`;
  return `${day.toFormat('ccc d LLL')} (${when})`;
}
