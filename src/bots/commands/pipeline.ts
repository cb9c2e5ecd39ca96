import { z } from 'zod';
import { pipelineOverview } from '../../domain/ats/pipeline.js';
import { ui, type Reply } from '../ui.js';
import { zoneOf } from '../views/format.js';
import { pipelineBlocks } from '../views/pipeline.js';
import { defineCommand, type CommandContext } from './types.js';

/** The overview blocks for one person: also what Slack publishes on the App Home. */
export async function pipelineReply(ctx: CommandContext): Promise<Reply> {
  const now = ctx.services.clock();
  const overview = await pipelineOverview(ctx.services.db, ctx.person.id, now);
  return ui.message(pipelineBlocks(overview, zoneOf(ctx.services, ctx.person), now));
}

export const pipeline = defineCommand({
  name: 'pipeline',
  summary: 'Your search at a glance: counts by state, upcoming interviews, open offers',
  usage: '/job pipeline',
  options: [],
  schema: z.object({}),
  run: (ctx) => pipelineReply(ctx),
});
