import { getApplication } from '../../domain/ats/applications.js';
import { upcomingInterviews } from '../../domain/ats/interviews.js';
import { weightsInUse } from '../../domain/analytics/fitWeightVersions.js';
import { fitScore } from '../../domain/analysis/fitScore.js';
import { getProfile } from '../../domain/people/profile.js';
import { ui } from '../ui.js';
import { applicationCard } from '../views/applicationCard.js';
import { formatWhen, zoneOf } from '../views/format.js';
import { ID_OPTION, idOnly } from './options.js';
import { defineCommand, type CommandContext } from './types.js';

/** The card for one application, with its next interview if one is coming. */
export async function showApplication(ctx: CommandContext, seq: number, lead?: string) {
  const view = await getApplication(ctx.services.db, ctx.person.id, seq);
  const upcoming = (await upcomingInterviews(ctx.services.db, ctx.person.id, ctx.services.clock())).find(
    (row) => row.application.id === view.application.id,
  );
  const blocks = applicationCard(view, lead, zoneOf(ctx.services, ctx.person));
  const profile = await getProfile(ctx.services.db, ctx.person.id);
  if (profile) {
    const score = fitScore((await weightsInUse(ctx.services.db, ctx.services.config, ctx.person.id)).weights, profile, view.job, view.analysis ?? null);
    const fields = blocks.find((block) => block.type === 'fields');
    if (fields?.type === 'fields') fields.fields.push({ label: 'Fit', value: `${score.total}/100 (/job fit ${seq} for why)` });
  }
  if (upcoming) {
    const zone = upcoming.interview.timezone ?? zoneOf(ctx.services, ctx.person);
    const firstActions = blocks.findIndex((block) => block.type === 'actions');
    blocks.splice(firstActions < 0 ? blocks.length : firstActions, 0, ui.context(`Next interview: ${upcoming.interview.kind}, ${formatWhen(upcoming.interview.startsAt, zone)}`));
  }
  return ui.message(blocks);
}

export const show = defineCommand({
  name: 'show',
  summary: 'One application with its next steps',
  usage: '/job show <id>',
  options: [ID_OPTION],
  schema: idOnly,
  run: (ctx, options) => showApplication(ctx, options.id),
});
