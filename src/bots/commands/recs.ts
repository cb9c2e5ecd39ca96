import { z } from 'zod';
import { getApplication, trackJob } from '../../domain/ats/applications.js';
import { moveApplication } from '../../domain/ats/transitions.js';
import { UserError } from '../../domain/errors.js';
import { getPreferences } from '../../domain/people/preferences.js';
import { currentRecommendations } from '../../domain/recommendations/current.js';
import { giveFeedback, MAX_REASON_LENGTH } from '../../domain/recommendations/feedback.js';
import { loadPersonModels } from '../../domain/recommendations/personModels.js';
import { refreshRecommendations } from '../../domain/recommendations/refresh.js';
import { similarJobs } from '../../domain/recommendations/similarJobs.js';
import { knownJob } from '../../domain/intake/knownJobs.js';
import type { JobRow } from '../../models/jobs.js';
import { zoneOf } from '../views/format.js';
import { ui, type Block, type Reply } from '../ui.js';
import { addedLead, applicationCard } from '../views/applicationCard.js';
import { applicationTitle } from '../views/format.js';
import { asLine, MAX_RECOMMENDATIONS_WITH_BUTTONS, recommendationList } from '../views/recommendation.js';
import { FieldReader } from './formValues.js';
import { ID_OPTION, idOnly } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext, type FormDefinition } from './types.js';
import { readWholeNumber } from '../../domain/wholeNumbers.js';

const explained = (expireDays: number) =>
  `Scores blend how a job matches your profile and what you save and dismiss, with what people who saved the same jobs also saved. 👎 hides a job for good; picks expire after ${expireDays} days.`;

export const recs = defineCommand({
  name: 'show',
  summary: 'Jobs recommended for you, with why',
  usage: '/job recs',
  options: [],
  schema: z.object({}),
  async run(ctx) {
    const { services, person } = ctx;
    const prefs = await getPreferences(services.db, services.config, person.id);
    await refreshRecommendations(services, [person.id]);
    const shown = await currentRecommendations(services.db, { personId: person.id, now: services.clock(), minScore: services.config.recommendations.minScore, limit: MAX_RECOMMENDATIONS_WITH_BUTTONS, avoidTitles: prefs.avoidTitles });
    if (!shown.length) return ui.message([ui.section(`No recommendations right now. ${await whyNone(ctx)}`)]);
    return ui.message([ui.header(`Jobs for you (${shown.length})`), ...recommendationList(shown.map(asLine)), ui.context(explained(services.config.recommendations.expireDays))]);
  },
});

/** Why there is nothing to recommend, and what would change that. */
async function whyNone(ctx: CommandContext): Promise<string> {
  const { services, person } = ctx;
  const [model] = (await loadPersonModels(services.db, [person.id], services.clock())).values();
  if (!model?.profile?.skills.length && !model?.items.length) return 'Fill in /job profile so Jobscout knows your skills, and save a few jobs with /job add.';
  const recommender = await services.catalog.recommender(services.db);
  const unseen = recommender.offerable(model).filter((job) => !model.excluded.has(job.jobId)).length;
  if (!unseen) {
    return 'Every open job Jobscout knows is already in your pipeline or set aside. New ones come from company boards you watch (/job watch greenhouse:<company>), from jobs other people in your workspace save, and from public feeds when JOBSCOUT_FEEDS is set.';
  }
  return `None of the ${unseen} other open job${unseen === 1 ? '' : 's'} Jobscout knows matches you well enough yet. Add skills in /job profile, widen /job prefs, or watch a company board with /job watch.`;
}

/** Jobs like one the person has (an application) or was shown (a recommendation), as a reply. */
async function similarReply(ctx: CommandContext, jobId: number, heading: (source: JobRow) => string): Promise<Reply> {
  const { source, similar: found } = await similarJobs(ctx.services, ctx.person.id, jobId, MAX_RECOMMENDATIONS_WITH_BUTTONS);
  if (!found.length) return ui.message([ui.section(`${heading(source)}: none among the open jobs Jobscout knows yet. Add more with /job add or /job watch.`)]);
  return ui.message([ui.header(heading(source)), ...recommendationList(found)]);
}

export const similar = defineCommand({
  name: 'similar',
  summary: 'Open jobs like one of your applications',
  usage: '/job similar <id>',
  options: [ID_OPTION],
  schema: idOnly,
  async run(ctx, options) {
    const view = await getApplication(ctx.services.db, ctx.person.id, options.id);
    return similarReply(ctx, view.job.id, () => `Jobs like ${applicationTitle(view.application.seq, view.job)}`);
  },
});

function jobIdOf(value: string): number {
  const jobId = readWholeNumber(value);
  if (!jobId) throw new UserError('bad_button', 'That button is out of date. See your current picks with /job recs.');
  return jobId;
}

export const recommendationActions: ActionDefinition[] = [
  {
    action: 'rec.save',
    async run(ctx, value) {
      const view = await trackJob(ctx.services, ctx.person.id, jobIdOf(value));
      return ui.message(applicationCard(view, addedLead(view), zoneOf(ctx.services, ctx.person)));
    },
  },
  {
    action: 'rec.applied',
    async run(ctx, value) {
      const tracked = await trackJob(ctx.services, ctx.person.id, jobIdOf(value));
      const state = tracked.application.state;
      if (state !== 'saved' && state !== 'preparing') return ui.message(applicationCard(tracked, `You already track this job as #${tracked.application.seq}, past applying.`, zoneOf(ctx.services, ctx.person)));
      const view = await moveApplication(ctx.services, { personId: ctx.person.id, seq: tracked.application.seq, to: 'applied', idempotencyKey: ctx.idempotencyKey ?? null });
      return ui.message(applicationCard(view, `Marked #${view.application.seq} as applied. Jobscout will suggest a follow-up if you hear nothing.`, zoneOf(ctx.services, ctx.person)));
    },
  },
  {
    action: 'rec.like',
    async run(ctx, value) {
      const job = await giveFeedback(ctx.services, ctx.person.id, jobIdOf(value), 'like');
      return ui.message([ui.section(`👍 Noted: more like ${job.title} at ${job.company}.`)]);
    },
  },
  {
    action: 'rec.no',
    opensForm: true,
    async run(ctx, value) {
      const job = (await knownJob(ctx.services.db, jobIdOf(value), ctx.person.id))?.job;
      if (!job) throw new UserError('unknown_job', 'That posting is no longer known. See your current picks with /job recs.');
      return ui.form({
        id: 'notforme',
        context: String(job.id),
        title: 'Not for me',
        submitLabel: 'Hide it',
        fields: [
          {
            name: 'reason',
            label: "Why isn't it for you?",
            kind: 'multiline',
            required: false,
            placeholder: 'too senior, wrong stack, on-site, pay…',
            hint: 'A reason teaches Jobscout what to show less of.',
          },
        ],
      });
    },
  },
  {
    action: 'rec.more',
    async run(ctx, value) {
      const job = await giveFeedback(ctx.services, ctx.person.id, jobIdOf(value), 'click');
      return similarReply(ctx, job.id, (source) => `More like ${source.title} at ${source.company}`);
    },
  },
];

export const notForMeForm: FormDefinition = {
  id: 'notforme',
  open: (ctx, context) => recommendationActions.find((action) => action.action === 'rec.no')!.run(ctx, context),
  async submit(ctx, context, values) {
    const fields = new FieldReader(values);
    const reason = fields.optional('reason', 'Reason', MAX_REASON_LENGTH);
    if (!fields.ok) return { ok: false, errors: fields.errors };
    const job = await giveFeedback(ctx.services, ctx.person.id, jobIdOf(context), 'dismiss', reason);
    const blocks: Block[] = [ui.section(`Hidden ${job.title} at ${job.company}: it won't be recommended to you again.${reason ? ' Thanks, that helps.' : ''}`)];
    return { ok: true, reply: ui.message(blocks) };
  },
};
