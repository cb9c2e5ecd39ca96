import path from 'node:path';
import type { Agenda } from 'agenda';
import type { Logger } from 'pino';
import { Notifier } from './bots/notifier.js';
import type { Config } from './config.js';
import type { Clock, Services } from './domain/services.js';
import { defineInterviewReminders, agendaReminderPort } from './jobs/interviewReminders.js';
import { createScheduler } from './jobs/scheduler.js';
import { defineHousekeeping, scheduleHousekeeping } from './jobs/housekeeping.js';
import { defineBoardPolling, scheduleBoardPolling } from './jobs/boardPolling.js';
import { defineFeedPolling, scheduleFeedPolling } from './jobs/feedPolling.js';
import { defineDailyDigests, scheduleDailyDigests } from './jobs/dailyDigest.js';
import { defineFollowupPrompts, scheduleFollowupPrompts } from './jobs/followupPrompts.js';
import { ChangeFeed } from './domain/people/changes.js';
import { Catalog } from './domain/recommendations/catalog.js';
import { Taxonomy } from './domain/analysis/taxonomy.js';
import { ClaudeAnalyst } from './integrations/anthropic/claudeAnalyst.js';
import { SafeFetcher } from './integrations/http/safeFetch.js';
import { boardSources, jobFeeds, postingReaders } from './integrations/jobSources.js';
import { openDatabase, type DatabaseTarget, type OpenedDatabase } from './models/database.js';

export interface App {
  services: Services;
  notifier: Notifier;
  scheduler: Agenda;
  database: OpenedDatabase;
  /** Starts processing scheduled jobs; call after adapters have registered with the notifier. */
  startScheduler(): Promise<void>;
  stop(): Promise<void>;
}

/** Where the configuration says the data lives. */
export function databaseTarget(config: Config): DatabaseTarget {
  return config.databaseUrl ? { kind: 'server', url: config.databaseUrl } : { kind: 'embedded', dataDir: path.join(config.dataDir, 'pgdata') };
}

/** Wires database, scheduler and notifier: the one place that knows every concrete part. */
export async function createApp(options: { config: Config; logger: Logger; target?: DatabaseTarget; clock?: Clock }): Promise<App> {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const database = await openDatabase(options.target ?? databaseTarget(config));
  const scheduler = createScheduler(database.pool, config, database.embedded);
  const notifier = new Notifier();
  const fetcher = new SafeFetcher(config.intake.fetch);
  const services: Services = {
    db: database.db,
    clock,
    config,
    logger,
    reminders: agendaReminderPort(scheduler, config, clock),
    changes: new ChangeFeed(),
    fetcher,
    postingReaders: postingReaders(fetcher, config.intake.ats),
    boardSources: boardSources(fetcher, config.intake.ats),
    feeds: jobFeeds(fetcher, config.intake.feeds),
    taxonomy: Taxonomy.load(),
    catalog: new Catalog(config.recommendations),
    analyst: config.anthropic.apiKey ? new ClaudeAnalyst({ ...config.anthropic, apiKey: config.anthropic.apiKey }) : null,
  };
  defineInterviewReminders(scheduler, { db: database.db, clock, config, logger, notifier });
  defineHousekeeping(scheduler, database.db, clock, database.embedded);
  defineBoardPolling(scheduler, services, notifier);
  defineFeedPolling(scheduler, services);
  defineDailyDigests(scheduler, services, notifier);
  defineFollowupPrompts(scheduler, services, notifier);
  scheduler.on('error', (error: unknown) => logger.error({ err: error }, 'scheduler error'));
  scheduler.on('fail', (error: unknown, job: { attrs: { name: string } }) => logger.error({ err: error, job: job.attrs.name }, 'scheduled job failed'));
  // Agenda creates its table on first use; make sure it exists before anyone schedules.
  await scheduler.ready;
  let started = false;
  return {
    services,
    notifier,
    scheduler,
    database,
    async startScheduler() {
      await scheduler.start();
      await scheduleHousekeeping(scheduler);
      await scheduleBoardPolling(scheduler, config.intake.boards.pollEveryHours);
      await scheduleFeedPolling(scheduler, services, config.intake.boards.pollEveryHours);
      await scheduleDailyDigests(scheduler, config.digest.tickMinutes);
      await scheduleFollowupPrompts(scheduler, config.digest.tickMinutes);
      started = true;
    },
    async stop() {
      if (started) await scheduler.stop();
      await fetcher.close();
      await database.close();
    },
  };
}
