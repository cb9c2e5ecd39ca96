import type { Logger } from 'pino';
import type { Services } from '../../domain/services.js';
import type { SlackApi } from './api.js';
import type { HomeTabs } from './home.js';
import type { TokenSource } from './installationStore.js';

/** What every Slack handler uses. */
export interface SlackDeps {
  services: Services;
  api: SlackApi;
  logger: Logger;
  tokens: TokenSource;
  homes: HomeTabs;
}
