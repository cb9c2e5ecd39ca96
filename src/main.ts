import path from 'node:path';
import lockfile from 'proper-lockfile';
import { createApp } from './app.js';
import { openConsole } from './bots/console/adapter.js';
import { openDiscord } from './bots/discord/adapter.js';
import { openSlack } from './bots/slack/adapter.js';
import { loadConfigOrExit, type Config } from './config.js';
import { createLogger } from './logger.js';

/** PGlite is one process's database: a second Jobscout on the same folder would corrupt it. */
async function lockDataDir(config: Config): Promise<() => Promise<void>> {
  if (config.databaseUrl) return async () => undefined;
  const { mkdirSync } = await import('node:fs');
  mkdirSync(config.dataDir, { recursive: true });
  try {
    // A live owner refreshes the lock every second and a half; one left by a crash goes stale
    // after 3 s, and the retries wait that out so a restart right after a crash just works.
    return await lockfile.lock(config.dataDir, {
      lockfilePath: path.join(config.dataDir, 'jobscout.lock'),
      stale: 3_000,
      retries: { retries: 8, minTimeout: 250, maxTimeout: 1_000 },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    process.stderr.write(`Another Jobscout is already using ${config.dataDir}. Stop it first, or set JOBSCOUT_DATA_DIR to another folder.\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const release = await lockDataDir(config);
  const logger = createLogger(config.logLevel, path.join(config.dataDir, 'jobscout.log'));
  const app = await createApp({ config, logger });
  const slack = await openSlack(app);
  const discord = await openDiscord(app);
  let stopping: Promise<void> | null = null;
  const shutdown = () => {
    stopping ??= Promise.all([slack?.stop(), discord?.stop()])
      .then(() => app.stop())
      .finally(() => release());
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void shutdown().finally(() => process.exit(0)));
  }

  if (slack) {
    const where = slack.mode === 'socket' ? 'Socket Mode' : `HTTP on port ${slack.port}`;
    process.stderr.write(`Jobscout is connected to Slack (${where}${slack.mode === 'oauth' ? ', install at /slack/install' : ''}).\n`);
  }
  if (discord) process.stderr.write('Jobscout is connected to Discord. Run npm run discord:register once to publish /job.\n');
  // With a chat platform and no terminal (a service), there is no console: run until stopped.
  const withConsole = Boolean(process.stdin.isTTY) || (!slack && !discord);
  const chat = withConsole ? await openConsole(app, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) }) : null;
  await app.startScheduler();
  logger.info({ embedded: app.database.embedded, dataDir: config.dataDir, slack: slack?.mode ?? null, discord: Boolean(discord) }, 'jobscout started');
  if (!chat) return;
  await chat.run();
  await shutdown();
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`Jobscout could not start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
