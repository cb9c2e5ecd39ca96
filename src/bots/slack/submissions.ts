import type { App, ViewSubmitAction } from '@slack/bolt';
import { submitForm } from '../commands/dispatch.js';
import { slackContext } from './context.js';
import { afterAck, deliver, type Place } from './deliver.js';
import type { SlackDeps } from './deps.js';
import { decodeMetadata, FORM_CALLBACK_PREFIX, readModalValues } from './modal.js';

/**
 * A submitted modal. Unlike other requests, the form runs before the ack: only the ack can
 * put an error on a field and keep the modal open, and saving a form is quick.
 */
export function registerSubmissions(bolt: App, deps: SlackDeps): void {
  bolt.view<ViewSubmitAction>({ callback_id: new RegExp(`^${FORM_CALLBACK_PREFIX}`), type: 'view_submission' }, async ({ ack, body, view, context }) => {
    const formId = view.callback_id.slice(FORM_CALLBACK_PREFIX.length);
    const metadata = decodeMetadata(view.private_metadata);
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const place: Place = {
      target: { teamId, token: context.botToken ?? '' },
      userId: body.user.id,
      responseUrl: metadata.responseUrl,
      channelId: metadata.channelId,
    };
    // Each submit has its own trigger id; the view's id and hash stay the same when a person
    // fixes a field and submits again, so they would wrongly replay the first refusal.
    const ctx = await slackContext(deps, place.target, { teamId, userId: body.user.id, name: body.user.name }, body.trigger_id, { beforeAck: true });
    const outcome = await submitForm(ctx, formId, metadata.context, readModalValues(view.state.values as never));
    if (!outcome.ok) {
      await ack({ response_action: 'errors', errors: outcome.errors });
      return;
    }
    await ack();
    await afterAck(deps.api, deps.logger, place, { formId }, () => deliver(deps.api, outcome.reply, place));
  });
}
