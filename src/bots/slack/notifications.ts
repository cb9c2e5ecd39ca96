import type { Logger } from 'pino';
import type { PersonRow } from '../../models/people.js';
import { isMissingFilesScope } from './deliver.js';
import { UnreachableError, type NotificationTarget } from '../notifier.js';
import type { SlackApi } from './api.js';
import type { TokenSource } from './installationStore.js';
import { renderMessage } from './render.js';

/** The metadata event type Jobscout's scheduled DMs carry, with their delivery key. */
export const DELIVERY_EVENT = 'jobscout_delivery';

// A DM from Jobscout gets a handful of messages a day; the last hundred reach back far enough.
const HISTORY_PAGE = 100;

// Errors that say "not now" rather than "never": the scheduler tries these again later.
const TRANSIENT_CODES = new Set(['slack_webapi_rate_limited_error', 'slack_webapi_request_error', 'slack_webapi_http_error']);

/** Scheduler messages reach Slack users as DMs from the app (paced like every other call). */
export function slackNotificationTarget(api: SlackApi, tokens: TokenSource, logger: Logger): NotificationTarget {
  return {
    platform: 'slack',
    canReach: (person: PersonRow) => person.platform === 'slack',
    async send(person, reply, delivery) {
      const target = await targetFor(person);
      try {
        if (reply.kind === 'form') throw new Error('a form cannot be sent as a DM');
        // The delivery key rides along as message metadata, so the DM's history can tell later whether it arrived.
        const metadata = delivery ? { event_type: DELIVERY_EVENT, event_payload: { key: delivery.key } } : undefined;
        await api.callOnce(target, 'chat.postMessage', { channel: person.platformUserId, ...renderMessage(reply), ...(metadata ? { metadata } : {}) });
        // The message carries the delivery key; its files (a chart) follow it, shared once it is
        // in. The message is delivered either way: a failed share is logged, not retried, since
        // retrying the delivery would find the message and send nothing.
        if (reply.files?.length) {
          await api.shareInDm(target, person.platformUserId, reply.files).catch((error: unknown) => logger.error({ err: error, personId: person.id, missingScope: isMissingFilesScope(error) }, 'files of a scheduled Slack DM could not be shared'));
        }
      } catch (error) {
        throw transient(error) ? new UnreachableError(`Slack did not take the message now: ${(error as Error).message}`) : error;
      }
    },
    async wasDelivered(person, key, since) {
      const target = await targetFor(person);
      try {
        const opened = await api.call(target, 'conversations.open', { users: person.platformUserId });
        const channel = (opened as unknown as { channel: { id: string } }).channel.id;
        const history = await api.call(target, 'conversations.history', { channel, oldest: String(since.getTime() / 1000), include_all_metadata: true, limit: HISTORY_PAGE });
        const messages = ((history as { messages?: unknown[] }).messages ?? []) as { metadata?: { event_type?: string; event_payload?: { key?: string } } }[];
        return messages.some((message) => message.metadata?.event_type === DELIVERY_EVENT && message.metadata.event_payload?.key === key);
      } catch (error) {
        throw transient(error) ? new UnreachableError(`Slack could not be asked now: ${(error as Error).message}`) : error;
      }
    },
  };

  async function targetFor(person: PersonRow) {
    const token = await tokens(person.workspace);
    if (!token) throw new UnreachableError(`Jobscout is not installed in Slack workspace ${person.workspace}`);
    return { teamId: person.workspace, token };
  }
}

function transient(error: unknown): boolean {
  return TRANSIENT_CODES.has((error as { code?: string }).code ?? '');
}
