import { ENDING_NAME, STAGE_NAME } from '../domain/analytics/stageNames.js';
import type { FlowNode } from '../domain/analytics/flows.js';
import type { SearchStats } from '../domain/analytics/searchStats.js';
import { STAGES, type Stage } from '../domain/analytics/outcomes.js';
import { renderPng, type ChartImage } from './chartImage.js';

// The weekly chart keeps to the latest half year: more bars than that are too thin to read.
const MAX_WEEKS = 26;
const COLOURS = ['#2563eb', '#16a34a', '#f59e0b', '#9333ea', '#0f766e', '#dc2626', '#6b7280', '#a3a3a3', '#38bdf8'];

const nodeName = (node: FlowNode) => (STAGES.includes(node as Stage) ? STAGE_NAME[node as Stage] : ENDING_NAME[node as keyof typeof ENDING_NAME]);
const percent = (share: number) => `${Math.round(share * 100)}%`;

function funnelText(stats: SearchStats): string {
  return stats.funnel.map((step) => `${STAGE_NAME[step.stage]} ${step.count}${step.conversion === null ? '' : ` (${percent(step.conversion)})`}`).join(' → ');
}

function flowsText(stats: SearchStats): string {
  return stats.flows.map((flow) => `${nodeName(flow.from)} → ${nodeName(flow.to)}: ${flow.count}`).join('\n');
}

function weeksText(weeks: SearchStats['weeks']): string {
  return weeks.map((week) => `Week of ${week.week}: ${week.applied} applied, ${week.responses} answered, ${week.interviews} interview${week.interviews === 1 ? '' : 's'}`).join('\n');
}

/** The funnel alone, as the weekly report sends it. */
export async function funnelChart(stats: SearchStats, period: string): Promise<ChartImage> {
  const title = `Funnel, ${period}`;
  const png = await renderPng({
    color: COLOURS,
    title: { text: title, left: 'center', textStyle: { fontWeight: 600 } },
    series: [
      {
        type: 'funnel',
        top: 50,
        bottom: 20,
        sort: 'none',
        minSize: '8%',
        label: { show: true, position: 'inside', color: '#ffffff', formatter: '{b}: {c}' },
        data: stats.funnel.map((step) => ({ name: STAGE_NAME[step.stage], value: step.count })),
      },
    ],
  });
  return { name: 'funnel.png', title, png, text: funnelText(stats) };
}

async function sankeyChart(stats: SearchStats, period: string): Promise<ChartImage> {
  const title = `How your applications moved, ${period}`;
  const nodes = [...new Set(stats.flows.flatMap((flow) => [flow.from, flow.to]))];
  const png = await renderPng({
    color: COLOURS,
    title: { text: title, left: 'center', textStyle: { fontWeight: 600 } },
    series: [
      {
        type: 'sankey',
        top: 50,
        bottom: 20,
        left: 20,
        right: 120,
        nodeAlign: 'left',
        label: { formatter: '{b}' },
        lineStyle: { color: 'source', opacity: 0.35 },
        data: nodes.map((node) => ({ name: nodeName(node) })),
        links: stats.flows.map((flow) => ({ source: nodeName(flow.from), target: nodeName(flow.to), value: flow.count })),
      },
    ],
  });
  return { name: 'flow.png', title, png, text: flowsText(stats) };
}

async function weeklyChart(stats: SearchStats, period: string): Promise<ChartImage> {
  const title = `Week by week, ${period}`;
  const weeks = stats.weeks.slice(-MAX_WEEKS);
  const series = (name: string, key: 'applied' | 'responses' | 'interviews') => ({ name, type: 'bar', data: weeks.map((week) => week[key]) });
  const png = await renderPng({
    color: COLOURS,
    title: { text: title, left: 'center', textStyle: { fontWeight: 600 } },
    legend: { bottom: 0 },
    grid: { top: 50, bottom: 60, left: 40, right: 20 },
    xAxis: { type: 'category', data: weeks.map((week) => week.week.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [series('Applied', 'applied'), series('Answered', 'responses'), series('Interviews', 'interviews')],
  });
  return { name: 'weekly.png', title, png, text: weeksText(weeks) };
}

/** The three charts of `/job stats charts`: the funnel, the flow between stages, and week by week. */
export async function searchCharts(stats: SearchStats, period: string): Promise<ChartImage[]> {
  return [await funnelChart(stats, period), await sankeyChart(stats, period), await weeklyChart(stats, period)];
}
