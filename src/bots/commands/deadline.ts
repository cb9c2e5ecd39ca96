import { z } from 'zod';
import { getApplication } from '../../domain/ats/applications.js';
import { deadlineDistance, formatDeadline } from '../../domain/deadlines/deadlineInstant.js';
import { setApplicationDeadline } from '../../domain/deadlines/applicationDeadline.js';
import { BEFORE_APPLYING } from '../../domain/deadlines/dueDeadlines.js';
import { effectiveDeadline } from '../../domain/deadlines/effectiveDeadline.js';
import { planReminders } from '../../domain/reminders/interviewReminderPlan.js';
import type { ApplicationRow } from '../../models/applications.js';
import type { JobRow } from '../../models/jobs.js';
import { ui } from '../ui.js';
import { applicationTitle, zoneOf } from '../views/format.js';
import { formatOffset } from './interview.js';
import { loadWhen } from './loadWhen.js';
import { applicationId, ID_OPTION, optionalText } from './options.js';
import { defineCommand, type CommandContext } from './types.js';

const CLEAR = /^(none|clear|no|off|remove)$/i;

/** "Fri 4 Dec 2026 (in 3 days), set by you. Reminders: 3 d, 1 d, 3 h before." */
function deadlineLines(ctx: CommandContext, application: ApplicationRow, job: JobRow): string[] {
  const zone = zoneOf(ctx.services, ctx.person);
  const now = ctx.services.clock();
  const deadline = effectiveDeadline(application, job, zone);
  if (!deadline) return [`#${application.seq} has no deadline. Set one with /job deadline ${application.seq} friday (or a date and time).`];
  const source = deadline.source === 'person' ? 'set by you' : "the posting's closing date";
  const lines = [`Deadline to apply for #${application.seq}: ${formatDeadline(deadline.at, zone)} (${deadlineDistance(deadline.at, zone, now)}), ${source}.`];
  if (deadline.at.getTime() <= now.getTime()) lines.push('It has passed.');
  else if (!(BEFORE_APPLYING as readonly string[]).includes(application.state)) lines.push('You are past applying, so it sends no reminders.');
  else {
    const planned = planReminders(deadline.at, ctx.services.config.reminders.deadlineOffsetsMinutes, now);
    lines.push(planned.length ? `Reminders in your DMs: ${planned.map((reminder) => formatOffset(reminder.offsetMinutes)).join(', ')} before.` : 'Too close for reminders.');
  }
  return lines;
}

export const deadline = defineCommand({
  name: 'deadline',
  summary: 'See or set the deadline to apply ("none" clears it)',
  usage: '/job deadline <id> [date|none]',
  options: [ID_OPTION, { name: 'deadline', description: 'A date ("friday", 2026-12-15), a date and time, or "none"', type: 'string', required: false, rest: true }],
  schema: z.object({ id: applicationId, deadline: optionalText }),
  async run(ctx, options) {
    if (!options.deadline) {
      const { application, job } = await getApplication(ctx.services.db, ctx.person.id, options.id);
      return ui.message([ui.header(applicationTitle(options.id, job)), ui.section(deadlineLines(ctx, application, job).join('\n'))]);
    }
    let at: Date | null = null;
    if (!CLEAR.test(options.deadline)) {
      const { parseDeadline } = await loadWhen();
      at = parseDeadline(options.deadline, zoneOf(ctx.services, ctx.person), ctx.services.clock());
    }
    const { application, job } = await setApplicationDeadline(ctx.services, ctx.person.id, options.id, at);
    const lines = at ? deadlineLines(ctx, application, job) : [`Deadline cleared for #${options.id}: no reminders, and the posting's closing date no longer counts.`];
    return ui.message([ui.header(applicationTitle(options.id, job)), ui.section(lines.join('\n'))]);
  },
});
