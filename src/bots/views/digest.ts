import { DateTime } from 'luxon';
import type { DigestContent } from '../../domain/digest/digestContent.js';
import { ui, type Block, type MessageReply } from '../ui.js';
import { applicationTitle } from './format.js';
import { formatDeadline } from '../../domain/deadlines/deadlineInstant.js';
import { asLine, recommendationList } from './recommendation.js';

function taskLines(content: DigestContent): string[] {
  const { tasks, zone, now } = content;
  return [
    ...tasks.interviews.map(({ seq, job, interview }) => `Interview at ${DateTime.fromJSDate(interview.startsAt, { zone }).toFormat('HH:mm')}: ${applicationTitle(seq, job)} (${interview.kind})`),
    ...tasks.followups.map(({ kind, application, job }) =>
      kind === 'thankyou'
        ? `Send a thank-you for your interview: ${applicationTitle(application.seq, job)}`
        : `Follow up: ${applicationTitle(application.seq, job)}, applied ${Math.round((now.getTime() - application.stateChangedAt.getTime()) / 86_400_000)} days ago`,
    ),
    ...tasks.offers.map(({ seq, job, offer }) => `Offer deadline ${offer.deadline}: ${applicationTitle(seq, job)}`),
    ...tasks.deadlines.map(({ seq, job, deadline }) => `Apply by ${formatDeadline(deadline, zone)}: ${applicationTitle(seq, job)}`),
  ];
}

function footer(content: DigestContent, onRequest: boolean): string {
  const when = content.digestTime ? `${content.digestTime} ${content.zone}` : null;
  if (!onRequest) return `Sent at ${when ?? 'your digest time'}, your digest time. Change it or turn it off with /job prefs.`;
  return when ? `Shown on request; it also comes by itself every day at ${when}. Change that with /job prefs.` : 'Shown on request; your daily digest is off. Turn it on with /job prefs.';
}

/**
 * The morning DM: today's tasks first, then new jobs worth a look, each with its reasons and
 * buttons. `ephemeral` is the digest asked for with /job digest now, shown only to the person.
 */
export function digestReply(content: DigestContent, options: { ephemeral: boolean }): MessageReply {
  const tasks = taskLines(content);
  const day = DateTime.fromJSDate(content.now, { zone: content.zone }).toFormat('ccc d LLL');
  const blocks: Block[] = [ui.header(`Your Jobscout digest for ${day}`)];
  if (tasks.length) blocks.push(ui.section('Today'), ui.list(tasks));
  if (content.recommendations.length) {
    if (tasks.length) blocks.push(ui.divider());
    blocks.push(ui.section(`New jobs worth a look (${content.recommendations.length})`), ...recommendationList(content.recommendations.map(asLine)));
  }
  if (!tasks.length && !content.recommendations.length) blocks.push(ui.section('Nothing new today: no tasks, and no new jobs above your bar. Add jobs or fill in /job profile to get better picks.'));
  blocks.push(ui.context(footer(content, options.ephemeral)));
  return ui.message(blocks, { ephemeral: options.ephemeral });
}
