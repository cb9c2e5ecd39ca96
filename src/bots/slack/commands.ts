import type { App } from '@slack/bolt';
import { runText } from '../commands/dispatch.js';
import { slackContext } from './context.js';
import { afterAck, deliver, type Place } from './deliver.js';
import type { SlackDeps } from './deps.js';
import { unescapeSlackText } from './mrkdwn.js';

/** The one slash command; its text is the same "add …", "move 3 applied" the console takes. */
export const SLASH_COMMAND = '/job';

export function registerCommands(bolt: App, deps: SlackDeps): void {
  bolt.command(SLASH_COMMAND, async ({ command, ack, context }) => {
    // Acknowledge first: Slack gives 3 seconds, and the answer follows through response_url.
    await ack();
    const place: Place = {
      target: { teamId: command.team_id, token: context.botToken ?? '' },
      userId: command.user_id,
      responseUrl: command.response_url,
      triggerId: command.trigger_id,
      channelId: command.channel_id,
    };
    await afterAck(deps.api, deps.logger, place, { command: command.text }, async () => {
      const ctx = await slackContext(deps, place.target, { teamId: command.team_id, userId: command.user_id, name: command.user_name }, command.trigger_id);
      const reply = await runText(ctx, unescapeSlackText(command.text));
      await deliver(deps.api, reply, place);
    });
  });
}
