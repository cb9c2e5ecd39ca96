import { z } from 'zod';
import { searchCharts } from '../../charts/searchCharts.js';
import { outcomeExamples, versionHistory, weightsInUse } from '../../domain/analytics/fitWeightVersions.js';
import { PERIODS, searchStats, type Period } from '../../domain/analytics/searchStats.js';
import { digestZone, getPreferences } from '../../domain/people/preferences.js';
import { ui, type Reply } from '../ui.js';
import { fitModelBlocks } from '../views/fitModel.js';
import { zoneOf } from '../views/format.js';
import { followupStats, type ReplyRate } from '../../domain/analytics/followupStats.js';
import { isTemplateKind, TEMPLATE_KINDS } from '../../domain/writing/templateKinds.js';
import { PERIOD_LABEL, statsBlocks } from '../views/stats.js';
import { defineCommand, type ActionDefinition, type CommandContext, type CommandGroup } from './types.js';

const periodOption = { name: 'period', description: 'Which applications to count, by when they were sent (default 90d)', type: 'string', required: false, choices: PERIODS } as const;
const periodSchema = z.object({ period: z.enum(PERIODS, { message: 'must be 30d, 90d or all' }).default('90d') });

async function statsFor(ctx: CommandContext, period: Period) {
  const { services, person } = ctx;
  const prefs = await getPreferences(services.db, services.config, person.id);
  return searchStats(services.db, person.id, services.clock(), period, { ghostedDays: services.config.analytics.ghostedDays, zone: digestZone(prefs, person, services.config) });
}

const summary = defineCommand({
  name: 'summary',
  summary: 'Your search in numbers: funnel, answer rates by kind of job, what stands out',
  usage: '/job stats [30d|90d|all]',
  options: [periodOption],
  schema: periodSchema,
  async run(ctx, { period }) {
    return ui.message(statsBlocks(await statsFor(ctx, period)));
  },
});

async function chartsReply(ctx: CommandContext, period: Period): Promise<Reply> {
  const stats = await statsFor(ctx, period);
  if (stats.sent === 0) return ui.message([ui.section(`Nothing to chart yet: no applications sent in this period (${PERIOD_LABEL[period]}). Move a job to applied (/job move <id> applied) first.`)]);
  const charts = await searchCharts(stats, PERIOD_LABEL[period]);
  return ui.message(
    // Each chart's facts in words too: for screen readers, and for whoever reads it as text.
    charts.flatMap((chart) => [ui.section(chart.title), ui.context(chart.text)]),
    { files: charts.map((chart) => ({ name: chart.name, title: chart.title, data: chart.png, altText: chart.text })) },
  );
}

const charts = defineCommand({
  name: 'charts',
  summary: 'Your search as charts: the funnel, how applications moved, week by week',
  usage: '/job stats charts [30d|90d|all]',
  options: [periodOption],
  schema: periodSchema,
  run: (ctx, { period }) => chartsReply(ctx, period),
});

/** The *Show charts* button under `/job stats`, for the same period. */
export const chartsAction: ActionDefinition = {
  action: 'stats.charts',
  run: (ctx, value) => chartsReply(ctx, PERIODS.includes(value as Period) ? (value as Period) : '90d'),
};

const model = defineCommand({
  name: 'model',
  summary: 'How your fit scores are weighted, what they learned from your outcomes, and how well they predict',
  usage: '/job stats model',
  options: [],
  schema: z.object({}),
  async run(ctx) {
    const { services, person } = ctx;
    const { config } = services;
    const [inUse, history, outcomes] = await Promise.all([
      weightsInUse(services.db, config, person.id),
      versionHistory(services.db, person.id),
      outcomeExamples(services.db, person.id, services.clock(), config.analytics.ghostedDays),
    ]);
    return ui.message(fitModelBlocks(inUse, config.fit.weights, history, { everyOutcomes: config.fit.learning.everyOutcomes, threshold: config.fit.learning.threshold, outcomes: outcomes.length }));
  },
});

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const rateText = (rate: ReplyRate) => `${rate.replied} of ${rate.sent} (${Math.round((100 * rate.replied) / rate.sent)}%)`;

const followups = defineCommand({
  name: 'followups',
  summary: 'Which follow-up emails get replies: by template, by step, and by the day you send',
  usage: '/job stats followups',
  options: [],
  schema: z.object({}),
  async run(ctx) {
    const result = await followupStats(ctx.services.db, ctx.person.id, zoneOf(ctx.services, ctx.person));
    if (!result.sent) return ui.message([ui.header('Follow-up replies'), ui.section('No follow-up emails sent from Jobscout yet. Press Draft it on a follow-up prompt, or start a sequence with /job sequence <id>.')]);
    const blocks = [
      ui.header('Follow-up replies'),
      ui.section(`${result.replied} of ${result.sent} follow-up emails got a reply.${result.bestWeekday ? ` Emails sent on ${WEEKDAYS[result.bestWeekday]} got the most replies.` : ''}`),
      ui.fields(result.byTemplate.map((rate) => ({ label: isTemplateKind(rate.key) ? TEMPLATE_KINDS[rate.key] : rate.key, value: rateText(rate) }))),
      ui.section(`By step: ${result.byStep.map((rate) => `${rate.key} ${rateText(rate)}`).join('; ')}`),
      ui.section(`By day sent: ${result.byWeekday.map((rate) => `${WEEKDAYS[Number(rate.key)]} ${rateText(rate)}`).join('; ')}`),
      ui.context('A reply counts when Jobscout noticed it in your inbox, or you pressed They replied, within 30 days and before the next email.'),
    ];
    return ui.message(blocks);
  },
});

/** `/job stats …`: what is working in the person's search. */
export const stats: CommandGroup = {
  name: 'stats',
  summary: 'What is working in your search',
  commands: [summary, charts, model, followups],
};
