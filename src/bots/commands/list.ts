import { z } from 'zod';
import { listApplications } from '../../domain/ats/applications.js';
import { stateLabel, type State } from '../../domain/ats/lifecycle.js';
import { ui } from '../ui.js';
import { defineCommand } from './types.js';
import { stateName } from './options.js';

export const list = defineCommand({
  name: 'list',
  summary: 'Your applications, optionally in one state',
  usage: '/job list [state]',
  options: [{ name: 'state', description: 'Only this state', type: 'state', required: false }],
  schema: z.object({ state: stateName.optional() }),
  async run(ctx, options) {
    const rows = await listApplications(ctx.services.db, ctx.person.id, { state: options.state });
    if (rows.length === 0) {
      const text = options.state
        ? `Nothing is ${stateLabel(options.state).toLowerCase()} right now.`
        : 'You are not tracking any jobs yet. Add one with /job add <title> at <company> [url].';
      return ui.message([ui.section(text)]);
    }
    const heading = options.state ? `${stateLabel(options.state)} (${rows.length})` : `Your applications (${rows.length})`;
    return ui.message([
      ui.header(heading),
      ui.list(rows.map(({ application, job }) => `#${application.seq} · ${job.title} at ${job.company} — ${stateLabel(application.state as State)}`)),
      ui.context('Open one with /job show <id>.'),
    ]);
  },
});
