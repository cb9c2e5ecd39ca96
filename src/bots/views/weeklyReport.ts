import type { SearchStats } from '../../domain/analytics/searchStats.js';
import { MIN_SAMPLE } from '../../domain/analytics/wilson.js';
import type { ChartImage } from '../../charts/chartImage.js';
import { ui, type MessageReply } from '../ui.js';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The Monday DM: last week's numbers, the funnel of the last 90 days as a chart (and in words), and one insight. */
export function weeklyReportReply(stats: SearchStats, weeks: SearchStats['weeks'], lastWeek: string, chart: ChartImage): MessageReply {
  const week = weeks.find((entry) => entry.week === lastWeek) ?? { applied: 0, responses: 0, interviews: 0 };
  const [insight] = stats.insights;
  return ui.message(
    [
      ui.header(`Your week in the search — from ${lastWeek}`),
      ui.section(`Last week: ${plural(week.applied, 'application')} sent, ${plural(week.responses, 'answer')}, ${plural(week.interviews, 'first interview')}.`),
      ui.section(`Funnel, last 90 days: ${chart.text}`),
      ui.section(
        insight
          ? `What stands out: ${insight}`
          : `What stands out: not enough data yet — a pattern shows once at least ${MIN_SAMPLE} applications share a trait and the answers differ clearly.`,
      ),
      ui.context('More with /job stats. Turn this report off with /job prefs weekly off.'),
    ],
    { ephemeral: false, files: [{ name: chart.name, title: chart.title, data: chart.png, altText: chart.text }] },
  );
}
