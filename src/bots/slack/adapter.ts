import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App as BoltApp, HTTPReceiver, SocketModeReceiver, type InstallationStore } from '@slack/bolt';
import type { App } from '../../app.js';
import type { Config } from '../../config.js';
import { registerActions } from './actions.js';
import { SlackApi } from './api.js';
import { registerCommands } from './commands.js';
import type { SlackDeps } from './deps.js';
import { HomeTabs } from './home.js';
import { installedTokens, postgresInstallationStore, singleWorkspaceTokens, type TokenSource } from './installationStore.js';
import { boltLogger } from './logger.js';
import { slackNotificationTarget } from './notifications.js';
import { registerShortcuts } from './shortcuts.js';
import { registerSubmissions } from './submissions.js';

/** Least privilege: the slash command and shortcut, and writing the app's own messages and DMs. */
export const SLACK_BOT_SCOPES = ['commands', 'chat:write'];

/** The events Jobscout subscribes to; the manifests list the same. */
export const SLACK_EVENTS = ['app_home_opened', 'app_uninstalled'];

export type SlackMode = 'socket' | 'http' | 'oauth';

/** How Slack reaches us: Socket Mode with an app token, else HTTP, with OAuth when a client id is set. */
export function slackMode(slack: Config['slack']): SlackMode | null {
  if (slack.appToken && slack.botToken) return 'socket';
  if (slack.clientId && slack.clientSecret) return 'oauth';
  if (slack.botToken) return 'http';
  return null;
}

export interface SlackAdapter {
  mode: SlackMode;
  /** The HTTP port when listening for requests (0 in Socket Mode). */
  port: number;
  stop(): Promise<void>;
}

/** The Web API address Slack's OAuth authorize page lives beside: slack.com/oauth/v2/authorize by default. */
function authorizationUrl(apiUrl: string): string {
  return new URL('/oauth/v2/authorize', apiUrl).toString();
}

/**
 * Starts the Slack front door: builds the Bolt app for the configured mode, registers every
 * handler and the DM target, and starts listening. Returns null when Slack isn't configured.
 */
export async function openSlack(app: App): Promise<SlackAdapter | null> {
  const { config, logger } = app.services;
  const slack = config.slack;
  const mode = slackMode(slack);
  if (!mode) return null;
  const clientOptions = { slackApiUrl: slack.apiUrl };
  const log = boltLogger(logger);

  let bolt: BoltApp;
  let tokens: TokenSource;
  let installationStore: InstallationStore | null = null;
  if (mode === 'socket') {
    const receiver = new SocketModeReceiver({ appToken: slack.appToken!, logger: log, installerOptions: { clientOptions } });
    bolt = new BoltApp({ receiver, token: slack.botToken, clientOptions, logger: log });
    tokens = singleWorkspaceTokens(slack.botToken!);
  } else if (mode === 'http') {
    const receiver = new HTTPReceiver({ signingSecret: slack.signingSecret!, logger: log });
    bolt = new BoltApp({ receiver, token: slack.botToken, clientOptions, logger: log });
    tokens = singleWorkspaceTokens(slack.botToken!);
  } else {
    installationStore = postgresInstallationStore(app.services.db, app.services.clock);
    const receiver = new HTTPReceiver({
      signingSecret: slack.signingSecret!,
      logger: log,
      clientId: slack.clientId,
      clientSecret: slack.clientSecret,
      stateSecret: slack.stateSecret,
      scopes: SLACK_BOT_SCOPES,
      installationStore,
      installerOptions: { directInstall: true, clientOptions, authorizationUrl: authorizationUrl(slack.apiUrl) },
    });
    bolt = new BoltApp({ receiver, clientOptions, logger: log });
    tokens = installedTokens(installationStore);
  }
  const store = installationStore;

  const api = new SlackApi(bolt.client);
  const homes = new HomeTabs(app.services, api, tokens, logger);
  const deps: SlackDeps = { services: app.services, api, logger, tokens, homes };
  registerCommands(bolt, deps);
  registerActions(bolt, deps);
  registerSubmissions(bolt, deps);
  registerShortcuts(bolt, deps);
  homes.register(bolt);
  if (store) {
    // A workspace that removes the app takes its token with it; forget the installation.
    bolt.event('app_uninstalled', async ({ body }) => {
      const event = body as { team_id?: string; enterprise_id?: string; is_enterprise_install?: boolean };
      await store.deleteInstallation?.({ teamId: event.team_id, enterpriseId: event.enterprise_id, isEnterpriseInstall: Boolean(event.is_enterprise_install) });
      logger.info({ teamId: event.team_id }, 'slack app uninstalled');
    });
  }
  bolt.error(async (error) => {
    logger.error({ err: error }, 'slack handler failed');
  });
  app.notifier.register(slackNotificationTarget(api, tokens));

  let port = 0;
  if (mode === 'socket') await bolt.start();
  else port = (((await bolt.start(slack.port)) as Server).address() as AddressInfo).port;
  logger.info({ mode, port }, 'slack adapter started');
  return {
    mode,
    port,
    async stop() {
      app.notifier.unregister('slack');
      homes.stop();
      await bolt.stop();
      await api.stop();
    },
  };
}
