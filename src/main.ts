// Only what is needed to start the embedded database is imported up front: it starts on a
// worker thread while the rest of Jobscout (the configuration's validator included) loads on
// this one, which halves the time a short session takes to answer.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import type { App } from './app.js';
import { slackMode } from './bots/slack/mode.js';
import type { Config } from './config.js';
import { readDataLocation, type DataLocation } from './dataLocation.js';
import type { DatabaseTarget } from './models/database.js';
import { startEmbeddedServer } from './models/embeddedServer.js';

/** PGlite is one process's database: a second Jobscout on the same folder would corrupt it. */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  try {
    // A live owner refreshes the lock every second and a half; one left by a crash goes stale
    // after 3 s, and the retries wait that out so a restart right after a crash just works.
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'jobscout.lock'),
      stale: 3_000,
      retries: { retries: 8, minTimeout: 250, maxTimeout: 1_000 },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    process.stderr.write(`Another Jobscout is already using ${dataDir}. Stop it first, or set JOBSCOUT_DATA_DIR to another folder.\n`);
    process.exit(1);
  }
}

/** The validated configuration; or, after `cleanUp`, a message naming the bad key and exit code 2. */
async function configurationOrExit(location: DataLocation, cleanUp: () => Promise<void>): Promise<Config> {
  const { ConfigError, loadConfig } = await import('./config.js');
  try {
    const config = loadConfig();
    // Both read the same two settings by the same rule; this keeps them from ever drifting apart.
    if (config.dataDir !== location.dataDir || (config.databaseUrl ?? null) !== location.databaseUrl) {
      throw new Error(`data location read as ${JSON.stringify(location)} before the configuration, which says ${JSON.stringify({ dataDir: config.dataDir, databaseUrl: config.databaseUrl })}`);
    }
    return config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    await cleanUp();
    process.exit(2);
  }
}

// Bolt and discord.js are large; a console session that needs neither doesn't load them.
async function openSlackIfConfigured(app: App) {
  return slackMode(app.services.config.slack) ? (await import('./bots/slack/adapter.js')).openSlack(app) : null;
}

async function openDiscordIfConfigured(app: App) {
  return app.services.config.discord.token ? (await import('./bots/discord/adapter.js')).openDiscord(app) : null;
}

/** Jobscout's own web server, when its pages aren't on Slack's port and JOBSCOUT_HTTP_PORT asks for one. */
async function openWebIfConfigured(app: App, onSlackPort: boolean) {
  const { port } = app.services.config.web;
  if (onSlackPort || port === undefined) return null;
  const [{ startWebServer }, { webRoutes }] = await Promise.all([import('./web/webServer.js'), import('./web/webRoutes.js')]);
  const server = await startWebServer(webRoutes(app.services), port, app.services.logger);
  app.services.web.serving(server.port);
  process.stderr.write(`Jobscout's web pages (calendar feeds) are at ${app.services.web.base}.\n`);
  return server;
}

// How long a stopping Jobscout lets commands already being handled finish.
const SHUTDOWN_GRACE_MS = 5_000;

// Set once the embedded database is starting: whatever fails after that closes it before the
// process exits, since it runs on a thread of its own and may be in the middle of a write.
let closeEmbedded: (() => Promise<void>) | null = null;
// Set once a signal asked Jobscout to stop: from then on the stop owns the exit.
let stopping: Promise<void> | null = null;

function databaseLost(error: Error): void {
  process.stderr.write(`${error.message}. Jobscout stops; start it again to carry on.\n`);
  process.exit(1);
}

/** What has started so far, for a stop that can come at any point of start-up. */
interface Running {
  app: App | null;
  adapters: { stop(): Promise<void> }[];
}

async function main(): Promise<void> {
  const location = readDataLocation();
  const release = location.databaseUrl ? async () => undefined : await lockDataDir(location.dataDir);
  const target: DatabaseTarget = location.databaseUrl ? { kind: 'server', url: location.databaseUrl } : { kind: 'embedded', dataDir: path.join(location.dataDir, 'pgdata') };
  const starting = target.kind === 'server' ? undefined : startEmbeddedServer(target, databaseLost);
  // A failure to start is reported by createApp, which awaits it.
  starting?.catch(() => undefined);
  if (starting) closeEmbedded = () => starting.then((server) => server.stop(), () => undefined);

  // Stop taking events, let the ones being handled finish (for a while), then stop the scheduler
  // (waiting for a start still in progress) and close the database: whatever of it has started.
  const running: Running = { app: null, adapters: [] };
  let handlingIdle: ((services: App['services']) => Promise<void>) | null = null;
  const shutdown = () => {
    stopping ??= (async () => {
      await Promise.all(running.adapters.map((adapter) => adapter.stop()));
      const { app } = running;
      if (app) {
        await Promise.race([handlingIdle?.(app.services), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref())]);
        await app.stop();
      } else await closeEmbedded?.();
    })().finally(() => release());
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void shutdown().finally(() => process.exit(0)));
  }

  // A bad configuration stops here, after the database has finished starting (it may be creating its folder) and closed.
  const config = await configurationOrExit(location, async () => {
    await closeEmbedded?.();
    await release();
  });
  const [{ createApp }, { createLogger }, { openConsole }, inflight] = await Promise.all([
    import('./app.js'),
    import('./logger.js'),
    import('./bots/console/adapter.js'),
    import('./bots/commands/inflight.js'),
  ]);
  handlingIdle = inflight.handlingIdle;
  const logger = createLogger(config.logLevel, path.join(config.dataDir, 'jobscout.log'));
  const app = (running.app = await createApp({ config, logger, target, starting }));
  const slack = await openSlackIfConfigured(app);
  if (slack) running.adapters.push(slack);
  const discord = await openDiscordIfConfigured(app);
  if (discord) running.adapters.push(discord);
  const web = await openWebIfConfigured(app, slack !== null && slack.mode !== 'socket');
  if (web) running.adapters.push(web);
  if (stopping) return;

  if (slack) {
    const where = slack.mode === 'socket' ? 'Socket Mode' : `HTTP on port ${slack.port}`;
    process.stderr.write(`Jobscout is connected to Slack (${where}${slack.mode === 'oauth' ? ', install at /slack/install' : ''}).\n`);
  }
  if (discord) process.stderr.write('Jobscout is connected to Discord. Run npm run discord:register once to publish /job.\n');
  // With a chat platform and no terminal (a service), there is no console: run until stopped.
  const interactive = Boolean(process.stdin.isTTY);
  const withConsole = interactive || (!slack && !discord);
  const chat = withConsole ? await openConsole(app, { input: process.stdin, output: process.stdout, interactive }) : null;
  // Commands piped in are a script: it runs and exits, with no reminder or digest landing in its
  // output and no scheduled round competing with it for the embedded database. What falls due
  // meanwhile is sent by the next session or service that runs the scheduler.
  const script = Boolean(chat) && !interactive && !slack && !discord;
  if (!script) await app.startScheduler();
  logger.info({ embedded: app.database.embedded, dataDir: config.dataDir, slack: slack?.mode ?? null, discord: Boolean(discord) }, 'jobscout started');
  if (!chat) return;
  await chat.run();
  await shutdown();
  process.exit(0);
}

main().catch(async (error: unknown) => {
  // A stop under way ends the process itself; what failed was cut short by it.
  if (stopping) return;
  // A reason the operator can fix is said as it is; anything else briefly, with the stack only
  // when asked for (LOG_LEVEL=debug), since the configuration may not have been read.
  const { StartupError } = await import('./startupError.js');
  const debug = process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace';
  const detail = debug ? ((error as Error).stack ?? String(error)) : error instanceof Error ? error.message : String(error);
  process.stderr.write(error instanceof StartupError && !debug ? `Jobscout could not start. ${error.message}\n` : `Jobscout could not start: ${detail}${debug ? '' : ' (LOG_LEVEL=debug shows where)'}\n`);
  await closeEmbedded?.().catch(() => undefined);
  process.exit(1);
});
