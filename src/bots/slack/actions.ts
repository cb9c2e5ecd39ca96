import type { App, BlockAction } from '@slack/bolt';
import { runAction } from '../commands/dispatch.js';
import { slackContext } from './context.js';
import { afterAck, deliver, type Place, type Source } from './deliver.js';
import type { SlackDeps } from './deps.js';
import { actionFromId } from './render.js';

function sourceOf(body: BlockAction): Source {
  const container = body.container as { type?: string; is_ephemeral?: boolean; channel_id?: string; message_ts?: string };
  if (container?.type === 'message') {
    return container.is_ephemeral || !container.channel_id || !container.message_ts
      ? { kind: 'ephemeral' }
      : { kind: 'message', channel: container.channel_id, ts: container.message_ts };
  }
  return { kind: 'view' };
}

/** Buttons and selects on any card, DM or App Home: routed by action id to the shared actions. */
export function registerActions(bolt: App, deps: SlackDeps): void {
  bolt.action<BlockAction>({ type: 'block_actions' }, async ({ ack, body, action, context }) => {
    await ack();
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const place: Place = {
      target: { teamId, token: context.botToken ?? '' },
      userId: body.user.id,
      responseUrl: body.response_url,
      triggerId: body.trigger_id,
      channelId: body.channel?.id,
      source: sourceOf(body),
    };
    const value = action.type === 'button' ? (action.value ?? '') : action.type === 'static_select' ? (action.selected_option?.value ?? '') : '';
    const name = actionFromId(action.action_id);
    await afterAck(deps.api, deps.logger, place, { action: name, value }, async () => {
      // The click's own trigger id is unique per click, so it names this delivery.
      const ctx = await slackContext(deps, place.target, { teamId, userId: body.user.id, name: body.user.name }, body.trigger_id);
      await deliver(deps.api, await runAction(ctx, name, value), place);
    });
  });
}
