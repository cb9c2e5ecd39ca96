import { stateLabel } from '../../domain/ats/lifecycle.js';
import { formatMoney } from '../../domain/ats/money.js';
import { buildTimeline, type TimelineEntry } from '../../domain/ats/timeline.js';
import { formatDeadline } from '../../domain/deadlines/deadlineInstant.js';
import { ui } from '../ui.js';
import { applicationTitle, formatWhen, zoneOf } from '../views/format.js';
import { ID_OPTION, idOnly, parseSeq } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext } from './types.js';

function describe(entry: TimelineEntry, zone: string): string {
  switch (entry.kind) {
    case 'created':
      return 'Saved';
    case 'state':
      return `${stateLabel(entry.from)} → ${stateLabel(entry.to)}${entry.reason ? ` (${entry.reason})` : ''}`;
    case 'interview': {
      const who = entry.interviewers ? ` with ${entry.interviewers}` : '';
      const outcome = entry.outcome === 'pending' ? '' : ` — ${entry.outcome}`;
      const feedback = entry.feedback ? `: ${entry.feedback}` : '';
      return `Interview ${entry.ref}: ${entry.interviewKind}, ${entry.durationMinutes} min${who}${outcome}${feedback}`;
    }
    case 'offer': {
      const bonus = entry.bonus ? ` + ${formatMoney(entry.bonus, entry.currency)} bonus` : '';
      const equity = entry.equity ? ` + ${entry.equity}` : '';
      const deadline = entry.deadline ? `, decide by ${entry.deadline}` : '';
      return `Offer: ${formatMoney(entry.base, entry.currency)}${bonus}${equity}${deadline}`;
    }
    case 'negotiation':
      return `Negotiation: asked ${entry.asked}${entry.response ? `; they said ${entry.response}` : ''}`;
    case 'note':
      return `Note ${entry.ref}: ${entry.body}`;
    case 'followup':
      return `${{ followed_up: 'Followed up', thanked: 'Sent a thank-you', replied: 'They replied' }[entry.what]}${entry.detail ? `: ${entry.detail}` : ''}`;
    case 'deadline':
      return entry.deadline ? `Deadline to apply set: ${formatDeadline(entry.deadline, zone)}` : 'Deadline cleared';
    case 'change':
      return entry.what;
  }
}

async function timelineReply(ctx: CommandContext, seq: number) {
  const { job, entries } = await buildTimeline(ctx.services.db, ctx.person.id, seq);
  const zone = zoneOf(ctx.services, ctx.person);
  return ui.message([
    ui.header(`Timeline · ${applicationTitle(seq, job)}`),
    ui.list(entries.map((entry) => `${formatWhen(entry.at, entry.kind === 'interview' ? entry.timezone : zone)} — ${describe(entry, zone)}`)),
  ]);
}

export const timeline = defineCommand({
  name: 'timeline',
  summary: 'Everything that happened with an application, in order',
  usage: '/job timeline <id>',
  options: [ID_OPTION],
  schema: idOnly,
  run: (ctx, options) => timelineReply(ctx, options.id),
});

export const timelineAction: ActionDefinition = { action: 'app.timeline', run: (ctx, value) => timelineReply(ctx, parseSeq(value)) };
