import type { Logger } from 'pino';
import type { Services } from '../../domain/services.js';
import type { SlackApi } from './api.js';
import type { SlackTimezones } from './timezones.js';

/** What every Slack request handler uses. */
export interface SlackDeps {
  services: Services;
  api: SlackApi;
  logger: Logger;
  zones: SlackTimezones;
}
