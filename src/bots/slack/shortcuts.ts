import type { App, MessageShortcut } from '@slack/bolt';
import { runAction } from '../commands/dispatch.js';
import { ui } from '../ui.js';
import { slackContext } from './context.js';
import { afterAck, deliver, type Place } from './deliver.js';
import type { SlackDeps } from './deps.js';
import { unescapeSlackText } from './mrkdwn.js';

/** The message shortcut's callback id, as in the manifest. */
export const SAVE_SHORTCUT = 'save_job';

// Slack writes links in message text as <https://…> or <https://…|label>; pasted text may have bare ones.
const SLACK_LINK = /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/i;
const BARE_LINK = /https?:\/\/[^\s<>|]+/i;

/** The first web link in a message's text, as Slack formats it. */
export function firstLink(text: string | undefined): string | null {
  if (!text) return null;
  const link = SLACK_LINK.exec(text)?.[1] ?? BARE_LINK.exec(text)?.[0] ?? null;
  // Slack escapes & in text; the link itself must have the real character.
  return link ? unescapeSlackText(link) : null;
}

/** "Save to Jobscout" on any message: the first link is read as a job; a page that can't be read opens the add form. */
export function registerShortcuts(bolt: App, deps: SlackDeps): void {
  bolt.shortcut<MessageShortcut>({ callback_id: SAVE_SHORTCUT, type: 'message_action' }, async ({ ack, shortcut, context }) => {
    await ack();
    const teamId = shortcut.team?.id ?? shortcut.user.team_id ?? '';
    const place: Place = {
      target: { teamId, token: context.botToken ?? '' },
      userId: shortcut.user.id,
      responseUrl: shortcut.response_url,
      triggerId: shortcut.trigger_id,
      channelId: shortcut.channel.id,
    };
    await afterAck(deps.api, deps.logger, place, { shortcut: SAVE_SHORTCUT }, async () => {
      const link = firstLink(shortcut.message.text);
      if (!link) {
        await deliver(deps.api, ui.message([ui.section('That message has no link to save. Use /job add to type the job in.')]), place);
        return;
      }
      const ctx = await slackContext(deps, place.target, { teamId, userId: shortcut.user.id, name: shortcut.user.name }, shortcut.trigger_id);
      await deliver(deps.api, await runAction(ctx, 'job.savelink', link), place);
    });
  });
}
