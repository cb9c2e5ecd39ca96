import { z } from 'zod';
import { parseInterviewRef, recordOutcome } from '../../domain/ats/interviews.js';
import { INTERVIEW_OUTCOMES } from '../../models/interviews.js';
import { ui } from '../ui.js';
import { applicationTitle } from '../views/format.js';
import { optionalText } from './options.js';
import { defineCommand } from './types.js';

export const outcome = defineCommand({
  name: 'outcome',
  summary: 'Record how an interview went',
  usage: `/job outcome <id.n> <${INTERVIEW_OUTCOMES.join('|')}> [feedback]`,
  options: [
    { name: 'interview', description: 'Interview, e.g. 3.1', type: 'interview', required: true },
    { name: 'outcome', description: 'How it went', type: 'string', required: true, choices: INTERVIEW_OUTCOMES },
    { name: 'feedback', description: 'What you heard or noticed', type: 'string', required: false, rest: true },
  ],
  schema: z.object({
    interview: z.string({ message: 'is missing' }),
    outcome: z.preprocess((value) => (typeof value === 'string' ? value.toLowerCase() : value), z.enum(INTERVIEW_OUTCOMES, { message: `must be one of: ${INTERVIEW_OUTCOMES.join(', ')}` })),
    feedback: optionalText.pipe(z.string().max(2000, 'is longer than 2000 characters').optional()),
  }),
  async run(ctx, options) {
    const ref = parseInterviewRef(options.interview);
    const { interview, job } = await recordOutcome(ctx.services, ctx.person.id, ref, options.outcome, options.feedback ?? null);
    const text =
      options.outcome === 'cancelled'
        ? `Interview ${ref.seq}.${interview.seq} cancelled; its reminders are off.`
        : `Interview ${ref.seq}.${interview.seq}: ${options.outcome}.`;
    return ui.message([ui.header(applicationTitle(ref.seq, job)), ui.section(text)]);
  },
});

export const cancel = defineCommand({
  name: 'cancel',
  summary: 'Cancel an interview and its reminders',
  usage: '/job cancel <id.n>',
  options: [{ name: 'interview', description: 'Interview, e.g. 3.1', type: 'interview', required: true }],
  schema: z.object({ interview: z.string({ message: 'is missing' }) }),
  run: (ctx, options) => outcome.run(ctx, { interview: options.interview, outcome: 'cancelled', feedback: undefined }),
});
