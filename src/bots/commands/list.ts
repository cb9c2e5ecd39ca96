import { z } from 'zod';
import { listApplications } from '../../domain/ats/applications.js';
import { stateLabel, type State } from '../../domain/ats/lifecycle.js';
import { ui } from '../ui.js';
import { defineCommand, type ActionDefinition, type CommandContext } from './types.js';
import { stateName } from './options.js';

export const list = defineCommand({
  name: 'list',
  summary: 'Your applications, optionally in one state',
  usage: '/job list [state]',
  options: [{ name: 'state', description: 'Only this state', type: 'state', required: false }],
  schema: z.object({ state: stateName.optional() }),
  run: (ctx, options) => listReply(ctx, options.state),
});

/** The "All applications" button. */
export const listAction: ActionDefinition = { action: 'job.list', run: (ctx) => listReply(ctx) };

async function listReply(ctx: CommandContext, state?: State) {
  const rows = await listApplications(ctx.services.db, ctx.person.id, { state });
  if (rows.length === 0) {
    const text = state
      ? `Nothing is ${stateLabel(state).toLowerCase()} right now.`
      : 'You are not tracking any jobs yet. Add one with /job add <title> at <company> [url].';
    return ui.message([ui.section(text)]);
  }
  const heading = state ? `${stateLabel(state)} (${rows.length})` : `Your applications (${rows.length})`;
  return ui.message([
    ui.header(heading),
    ui.list(rows.map(({ application, job }) => `#${application.seq} · ${job.title} at ${job.company} — ${stateLabel(application.state as State)}`)),
    ui.context('Open one with /job show <id>.'),
  ]);
}
