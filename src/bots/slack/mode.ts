import type { Config } from '../../config.js';

export type SlackMode = 'socket' | 'http' | 'oauth';

/**
 * How Slack reaches us: Socket Mode with an app token, else HTTP, with OAuth when a client id is
 * set; null when Slack isn't configured. Kept apart from Bolt so that deciding costs no import.
 */
export function slackMode(slack: Config['slack']): SlackMode | null {
  if (slack.appToken && slack.botToken) return 'socket';
  if (slack.clientId && slack.clientSecret) return 'oauth';
  if (slack.botToken) return 'http';
  return null;
}
