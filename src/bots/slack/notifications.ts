import type { PersonRow } from '../../models/people.js';
import { UnreachableError, type NotificationTarget } from '../notifier.js';
import type { SlackApi } from './api.js';
import type { TokenSource } from './installationStore.js';
import { deliver } from './deliver.js';

// Errors that say "not now" rather than "never": the scheduler tries these again later.
const TRANSIENT_CODES = new Set(['slack_webapi_rate_limited_error', 'slack_webapi_request_error', 'slack_webapi_http_error']);

/** Scheduler messages reach Slack users as DMs from the app (paced like every other call). */
export function slackNotificationTarget(api: SlackApi, tokens: TokenSource): NotificationTarget {
  return {
    platform: 'slack',
    canReach: (person: PersonRow) => person.platform === 'slack',
    async send(person, reply) {
      const token = await tokens(person.workspace);
      if (!token) throw new UnreachableError(`Jobscout is not installed in Slack workspace ${person.workspace}`);
      try {
        await deliver(api, reply, { target: { teamId: person.workspace, token }, userId: person.platformUserId });
      } catch (error) {
        if (TRANSIENT_CODES.has((error as { code?: string }).code ?? '')) throw new UnreachableError(`Slack did not take the message now: ${(error as Error).message}`);
        throw error;
      }
    },
  };
}
