import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../app.js';
import { trackHandling } from '../commands/inflight.js';
import { registerActions } from './actions.js';
import { SlackApi } from './api.js';
import { boltLogger } from './logger.js';
import { createBolt, forgetUninstalledWorkspaces } from './boltApp.js';
import { registerCommands } from './commands.js';
import { slackMode, type SlackMode } from './mode.js';
import type { SlackDeps } from './deps.js';
import { HomeTabs } from './home.js';
import { slackNotificationTarget } from './notifications.js';
import { registerShortcuts } from './shortcuts.js';
import { registerFileImports } from './fileImports.js';
import { registerSubmissions } from './submissions.js';
import { SlackTimezones } from './timezones.js';
import { StartupError } from '../../startupError.js';

export interface SlackAdapter {
  mode: SlackMode;
  /** The HTTP port when listening for requests (0 in Socket Mode). */
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts the Slack front door: builds the Bolt app for the configured mode, registers every
 * handler and the DM target, and starts listening. Returns null when Slack isn't configured.
 */
export async function openSlack(app: App): Promise<SlackAdapter | null> {
  const { config, logger } = app.services;
  const mode = slackMode(config.slack);
  if (!mode) return null;
  const { bolt, tokens, installationStore } = createBolt(app, mode);
  const api = new SlackApi(bolt.client, boltLogger(logger));
  const zones = new SlackTimezones(app.services, api, logger);
  const homes = new HomeTabs(app.services, api, tokens, logger, zones);
  const deps: SlackDeps = { services: app.services, api, logger, zones };
  // Every request counts as in flight until its listener is done, including the work after the ack.
  bolt.use(({ next }) => trackHandling(app.services, next));
  registerCommands(bolt, deps);
  registerActions(bolt, deps);
  registerSubmissions(bolt, deps);
  registerShortcuts(bolt, deps);
  registerFileImports(bolt, deps);
  homes.register(bolt);
  if (installationStore) forgetUninstalledWorkspaces(bolt, installationStore, logger);
  bolt.error(async (error) => {
    logger.error({ err: error }, 'slack handler failed');
  });
  app.notifier.register(slackNotificationTarget(api, tokens, logger));

  let port = 0;
  if (mode === 'socket') await bolt.start();
  else {
    port = ((await listening(bolt, config.slack.port)).address() as AddressInfo).port;
    app.services.web.serving(port);
  }
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

/** Bolt's HTTP server on `port`; a port that can't be had is reported as a setting to change. */
async function listening(bolt: { start(port: number): Promise<unknown> }, port: number): Promise<Server> {
  try {
    return (await bolt.start(port)) as Server;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new StartupError(`SLACK_PORT ${port} is already in use by another program. Stop that program, or set SLACK_PORT to a free port.`);
    if (code === 'EACCES') throw new StartupError(`SLACK_PORT ${port} needs privileges this user lacks (ports below 1024 do). Set SLACK_PORT to 1024 or above, e.g. 3000.`);
    throw error;
  }
}
