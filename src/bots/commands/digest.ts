import { z } from 'zod';
import { digestContent } from '../../domain/digest/digestContent.js';
import { digestZone, getPreferences } from '../../domain/people/preferences.js';
import { markDigested } from '../../domain/recommendations/current.js';
import { refreshRecommendations } from '../../domain/recommendations/refresh.js';
import { ui } from '../ui.js';
import { digestReply } from '../views/digest.js';
import { defineCommand } from './types.js';

export const digest = defineCommand({
  name: 'digest',
  summary: 'When your daily digest comes; "now" shows it at once',
  usage: '/job digest [now]',
  options: [{ name: 'when', description: 'now: show the digest at once', type: 'string', required: false, choices: ['now'] }],
  schema: z.object({ when: z.enum(['now'], { message: 'can only be "now", e.g. /job digest now' }).optional() }),
  async run(ctx, options) {
    const { services, person } = ctx;
    const prefs = await getPreferences(services.db, services.config, person.id);
    if (!options.when) {
      const zone = digestZone(prefs, person, services.config);
      const when = prefs.digestEnabled ? `Your digest comes every day at ${prefs.digestTime} ${zone}, with up to ${prefs.digestSize} new jobs and today's tasks; nothing comes on a day with nothing to say.` : 'Your daily digest is off.';
      return ui.message([ui.section(when), ui.context('See it now with /job digest now; change it with /job prefs.')]);
    }
    await refreshRecommendations(services, [person.id]);
    const content = await digestContent(services, person, prefs);
    // Shown now, so the morning digest brings only jobs not in this one.
    await markDigested(services.db, person.id, content.recommendations.map((rec) => rec.job.id), content.now);
    return digestReply(content, { ephemeral: true });
  },
});
