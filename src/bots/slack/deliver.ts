import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { ui, type MessageReply, type Reply } from '../ui.js';
import type { SlackApi, SlackTarget } from './api.js';
import { renderModal } from './modal.js';
import { renderMessage } from './render.js';

/** Where a pressed button lived, which decides how "update the card" is done. */
export type Source =
  /** Ephemeral messages can only be changed through their response_url. */
  | { kind: 'ephemeral' }
  | { kind: 'message'; channel: string; ts: string }
  | { kind: 'view' };

/** Everything known about where a request came from, so its answer goes back there. */
export interface Place {
  target: SlackTarget;
  userId: string;
  responseUrl?: string;
  triggerId?: string;
  channelId?: string;
  source?: Source;
}

/**
 * Puts a neutral reply in front of the person: a form opens as a modal, a card update edits the
 * card, anything else answers through response_url, or in the app's DM when there is none.
 */
export async function deliver(api: SlackApi, reply: Reply, place: Place): Promise<void> {
  // Already answered for this delivery: a Slack retry must not show it twice.
  if (reply.replayed) return;
  if (reply.kind === 'form') {
    if (!place.triggerId) throw new Error(`form "${reply.form.id}" has no trigger to open a modal with`);
    const view = renderModal(reply.form, { context: reply.form.context, responseUrl: place.responseUrl, channelId: place.channelId });
    try {
      await api.call(place.target, 'views.open', { trigger_id: place.triggerId, view });
    } catch (error) {
      // A trigger lasts 3 seconds; work that took longer (a slow page) can no longer open a modal.
      if ((error as { data?: { error?: string } }).data?.error !== 'expired_trigger_id' || !place.responseUrl) throw error;
      await api.respond(place.responseUrl, { response_type: 'ephemeral', replace_original: false, text: 'That took too long to open the form. Use /job add to enter the job, or try again.' });
    }
    return;
  }
  const files = reply.files ?? [];
  if (!files.length) return deliverMessage(api, reply, place);
  // Files go to the DM first; the reply then says where they went, or why they could not.
  const inDm = place.channelId?.startsWith('D') ?? !place.responseUrl;
  let where: string | null = inDm ? null : `${files.length === 1 ? 'The file is' : 'The files are'} in your DM with Jobscout.`;
  try {
    await api.shareInDm(place.target, place.userId, files);
  } catch (error) {
    if (!isMissingFilesScope(error)) throw error;
    // Charts say in words what they show; an export has no such stand-in.
    where = files.every((file) => file.altText) ? `${MISSING_FILES_SCOPE} The text above has the same facts.` : MISSING_FILES_SCOPE;
  }
  await deliverMessage(api, where ? { ...reply, blocks: [...reply.blocks, ui.context(where)] } : reply, place);
}

/** Said when a workspace installed Jobscout before it asked to upload files (files:write). */
export const MISSING_FILES_SCOPE = 'Jobscout cannot send files in this workspace yet: a workspace admin needs to reinstall it, which now asks to upload files.';

export function isMissingFilesScope(error: unknown): boolean {
  return (error as { data?: { error?: string } }).data?.error === 'missing_scope';
}

async function deliverMessage(api: SlackApi, reply: MessageReply, place: Place): Promise<void> {
  const message = renderMessage(reply);
  const source = place.source;
  if (reply.replacesSource && source?.kind === 'message') {
    await api.call(place.target, 'chat.update', { channel: source.channel, ts: source.ts, ...message });
    return;
  }
  if (place.responseUrl) {
    const inPlace = Boolean(reply.replacesSource) && source?.kind === 'ephemeral';
    await api.respond(place.responseUrl, { response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', replace_original: inPlace, ...message });
    return;
  }
  await api.call(place.target, 'chat.postMessage', { channel: place.userId, ...message });
}

/**
 * Runs the work that follows an ack. The command layer already answers user mistakes; what
 * lands here is Slack refusing a call or a bug, so it is logged with an id and, where there is
 * still a way to reach the person, apologised for.
 */
export async function afterAck(api: SlackApi, logger: Logger, place: Place, what: Record<string, unknown>, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const errorId = randomBytes(4).toString('hex');
    logger.error({ err: error, errorId, teamId: place.target.teamId, userId: place.userId, ...what }, 'slack request failed after ack');
    if (!place.responseUrl) return;
    const text = `Sorry, something went wrong on our side. If it keeps happening, mention error id ${errorId}.`;
    await api.respond(place.responseUrl, { response_type: 'ephemeral', replace_original: false, text }).catch(() => undefined);
  }
}
