import { getApplication } from '../../domain/ats/applications.js';
import { weightsInUse } from '../../domain/analytics/fitWeightVersions.js';
import { fitScore, type FitPart } from '../../domain/analysis/fitScore.js';
import { getProfile } from '../../domain/people/profile.js';
import { ui } from '../ui.js';
import { applicationTitle } from '../views/format.js';
import { ID_OPTION, idOnly } from './options.js';
import { defineCommand } from './types.js';

const PART_LABELS: Record<FitPart, string> = { skills: 'Skills', experience: 'Experience', culture: 'Culture fit', growth: 'Growth', compensation: 'Compensation' };

export const fit = defineCommand({
  name: 'fit',
  summary: 'How well an application fits your profile, 0–100, and why',
  usage: '/job fit <id>',
  options: [ID_OPTION],
  schema: idOnly,
  async run(ctx, options) {
    const view = await getApplication(ctx.services.db, ctx.person.id, options.id);
    const profile = await getProfile(ctx.services.db, ctx.person.id);
    if (!profile) {
      return ui.message([ui.section('Fit scores compare a job with your profile, and you have none yet. Fill it in with /job profile, then try again.')]);
    }
    const score = fitScore((await weightsInUse(ctx.services.db, ctx.services.config, ctx.person.id)).weights, profile, view.job, view.analysis ?? null);
    return ui.message([
      ui.header(`${applicationTitle(view.application.seq, view.job)} — fit ${score.total}/100`),
      ui.list(score.parts.map((part) => `${PART_LABELS[part.part]} ${Math.round(part.score * part.weight)}/${part.weight}: ${part.reason}`)),
      ui.context('Weights from config: skills, experience, culture fit, growth, compensation. Update your profile with /job profile.'),
    ]);
  },
});
