import { App as BoltApp, HTTPReceiver, SocketModeReceiver, type InstallationStore } from '@slack/bolt';
import type { App } from '../../app.js';
import { installedTokens, postgresInstallationStore, singleWorkspaceTokens, type TokenSource } from './installationStore.js';
import { boltLogger } from './logger.js';
import { refuseFutureTimestamps } from './futureTimestamps.js';
import { Sealer } from '../../domain/secrets/sealer.js';
import type { SlackMode } from './mode.js';
import { webRoutes } from '../../web/webRoutes.js';
import { asBoltRoute } from '../../web/webRoute.js';

/** Least privilege: the slash command and shortcut, and writing the app's own messages and DMs. */
// users:read gives each person's time zone, so the morning digest comes at their morning.
// im:write and im:history open the app's DM with a person and read it back: after a worker died
// mid-send, that is how Jobscout learns whether the message got through before resending it.
// files:write shares a person's charts and exports in that DM (files.uploadV2); files:read reads a
// CSV they share there to import (message.im tells of it).
export const SLACK_BOT_SCOPES = ['commands', 'chat:write', 'users:read', 'im:write', 'im:history', 'files:write', 'files:read'];

/** The events Jobscout subscribes to; the manifests list the same. */
export const SLACK_EVENTS = ['app_home_opened', 'app_uninstalled', 'message.im'];

/** The Web API address Slack's OAuth authorize page lives beside: slack.com/oauth/v2/authorize by default. */
function authorizationUrl(apiUrl: string): string {
  return new URL('/oauth/v2/authorize', apiUrl).toString();
}

export interface BuiltBolt {
  bolt: BoltApp;
  /** Where bot tokens come from: the configured one, or each workspace's installation. */
  tokens: TokenSource;
  /** Multi-workspace installs only. */
  installationStore: InstallationStore | null;
}

/** Builds the Bolt app with the receiver the mode needs; Slack's Web API address comes from config. */
export function createBolt(app: App, mode: SlackMode): BuiltBolt {
  const { config, logger } = app.services;
  const slack = config.slack;
  const clientOptions = { slackApiUrl: slack.apiUrl };
  const log = boltLogger(logger);
  if (mode === 'socket') {
    const receiver = new SocketModeReceiver({ appToken: slack.appToken!, logger: log, installerOptions: { clientOptions } });
    return { bolt: new BoltApp({ receiver, token: slack.botToken, clientOptions, logger: log }), tokens: singleWorkspaceTokens(slack.botToken!), installationStore: null };
  }
  // Jobscout's own pages (calendar feeds, Google's redirect) share Slack's port.
  const customRoutes = webRoutes(app.services).map((route) => asBoltRoute(route, (error) => logger.error({ err: error, path: route.path }, 'web page failed')));
  if (mode === 'http') {
    const receiver = new HTTPReceiver({ signingSecret: slack.signingSecret!, logger: log, customRoutes });
    refuseFutureTimestamps(receiver, logger);
    return { bolt: new BoltApp({ receiver, token: slack.botToken, clientOptions, logger: log }), tokens: singleWorkspaceTokens(slack.botToken!), installationStore: null };
  }
  const installationStore = postgresInstallationStore(app.services.db, app.services.clock, new Sealer(config.secretKey!));
  const receiver = new HTTPReceiver({
    signingSecret: slack.signingSecret!,
    logger: log,
    customRoutes,
    clientId: slack.clientId,
    clientSecret: slack.clientSecret,
    stateSecret: slack.stateSecret,
    scopes: SLACK_BOT_SCOPES,
    installationStore,
    installerOptions: { directInstall: true, clientOptions, authorizationUrl: authorizationUrl(slack.apiUrl) },
  });
  refuseFutureTimestamps(receiver, logger);
  return { bolt: new BoltApp({ receiver, clientOptions, logger: log }), tokens: installedTokens(installationStore), installationStore };
}

/** A workspace that removes the app takes its token with it; its installation is forgotten. */
export function forgetUninstalledWorkspaces(bolt: BoltApp, store: InstallationStore, logger: App['services']['logger']): void {
  bolt.event('app_uninstalled', async ({ body }) => {
    const event = body as { team_id?: string; enterprise_id?: string; is_enterprise_install?: boolean };
    await store.deleteInstallation?.({ teamId: event.team_id, enterpriseId: event.enterprise_id, isEnterpriseInstall: Boolean(event.is_enterprise_install) });
    logger.info({ teamId: event.team_id }, 'slack app uninstalled');
  });
}
