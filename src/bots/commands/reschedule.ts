import { z } from 'zod';
import { parseInterviewRef, rescheduleInterview } from '../../domain/ats/interviews.js';
import { loadWhen } from './loadWhen.js';
import { ui } from '../ui.js';
import { applicationTitle, formatRelative, formatWhen, zoneOf } from '../views/format.js';
import { defineCommand } from './types.js';

export const reschedule = defineCommand({
  name: 'reschedule',
  summary: 'Move an interview to a new time (its reminders move too)',
  usage: '/job reschedule <id.n> <when>',
  options: [
    { name: 'interview', description: 'Interview, e.g. 3.1', type: 'interview', required: true },
    { name: 'when', description: 'New date and time', type: 'string', required: true, rest: true },
  ],
  schema: z.object({ interview: z.string({ message: 'is missing' }), when: z.string({ message: 'is missing' }).trim().min(1, 'is missing') }),
  async run(ctx, options) {
    const { parseWhen } = await loadWhen();
    const ref = parseInterviewRef(options.interview);
    const now = ctx.services.clock();
    const when = parseWhen(options.when, zoneOf(ctx.services, ctx.person), now);
    const { interview, job } = await rescheduleInterview(ctx.services, ctx.person.id, ref, when.at, when.zone);
    return ui.message([
      ui.header(applicationTitle(ref.seq, job)),
      ui.section(`Interview ${ref.seq}.${interview.seq} moved to ${formatWhen(interview.startsAt, interview.timezone)} (${formatRelative(interview.startsAt, now)}). Its reminders moved with it.`),
    ]);
  },
});
