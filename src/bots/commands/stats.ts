import { z } from 'zod';
import { PERIODS, searchStats } from '../../domain/analytics/searchStats.js';
import { ui } from '../ui.js';
import { statsBlocks } from '../views/stats.js';
import { defineCommand, type CommandGroup } from './types.js';

const summary = defineCommand({
  name: 'summary',
  summary: 'Your search in numbers: funnel, answer rates by source and work mode, what stands out',
  usage: '/job stats [30d|90d|all]',
  options: [{ name: 'period', description: 'Which applications to count, by when they were sent (default 90d)', type: 'string', required: false, choices: PERIODS }],
  schema: z.object({ period: z.enum(PERIODS, { message: 'must be 30d, 90d or all' }).default('90d') }),
  async run(ctx, { period }) {
    const { services, person } = ctx;
    const stats = await searchStats(services.db, person.id, services.clock(), period, services.config.analytics.ghostedDays);
    return ui.message(statsBlocks(stats));
  },
});

/** `/job stats …`: what is working in the person's search. */
export const stats: CommandGroup = {
  name: 'stats',
  summary: 'What is working in your search',
  commands: [summary],
};
