import type { Agenda } from 'agenda';
import type { Logger } from 'pino';
import { Notifier } from './bots/notifier.js';
import type { Config } from './config.js';
import type { Clock, Services } from './domain/services.js';
import { defineInterviewReminders, agendaReminderPort } from './jobs/interviewReminders.js';
import { defineHousekeeping, scheduleHousekeeping } from './jobs/housekeeping.js';
import { WebAddress } from './domain/webAddress.js';
import type { CalendarAccount } from './domain/calendar/calendarAccount.js';
import { defineBoardPolling, scheduleBoardPolling } from './jobs/boardPolling.js';
import { defineFeedPolling, scheduleFeedPolling } from './jobs/feedPolling.js';
import { defineDailyDigests, scheduleDailyDigests } from './jobs/dailyDigest.js';
import { FitLearner } from './domain/analytics/fitWeightVersions.js';
import { defineWeeklyReports, scheduleWeeklyReports } from './jobs/weeklyReport.js';
import { defineFollowupPrompts, scheduleFollowupPrompts } from './jobs/followupPrompts.js';
import { defineDeadlineReminders, scheduleDeadlineReminders } from './jobs/deadlineReminders.js';
import { SmtpMailer } from './integrations/email/smtpMailer.js';
import { ImapMailbox } from './integrations/email/imapMailbox.js';
import type { ClaudeWriter as ClaudeWriterType } from './integrations/anthropic/claudeWriter.js';
import { defineEmailOutbox, scheduleEmailOutbox } from './jobs/emailOutbox.js';
import { defineSequenceSteps, scheduleSequenceSteps } from './jobs/sequenceSteps.js';
import { defineReplyCheck, scheduleReplyCheck } from './jobs/replyCheck.js';
import { defineGoogleCalendarSync, GoogleCalendarSync, scheduleGoogleCalendarSync } from './jobs/googleCalendarSync.js';
import { ChangeFeed } from './domain/people/changes.js';
import { Catalog } from './domain/recommendations/catalog.js';
import { Taxonomy } from './domain/analysis/taxonomy.js';
import type { PostingAnalyst } from './domain/analysis/postingAnalyst.js';
import { SafeFetcher } from './integrations/http/safeFetch.js';
import { boardSources, jobFeeds, postingReaders } from './integrations/jobSources.js';
import { databaseTarget } from './models/databaseTarget.js';
import { openDatabase, type DatabaseTarget, type OpenedDatabase } from './models/database.js';
import type { EmbeddedServer } from './models/embeddedServer.js';
import { DatabaseHealth } from './models/databaseHealth.js';

export interface App {
  services: Services;
  notifier: Notifier;
  /** Agenda on the app's database, set up (and its table created) on first use. */
  scheduler(): Promise<Agenda>;
  database: OpenedDatabase;
  /** Starts processing scheduled jobs; call after adapters have registered with the notifier. */
  startScheduler(): Promise<void>;
  /** Re-fits fit weights after changes, in the background (see FitLearner). */
  fitLearner: FitLearner;
  /** Keeps connected Google Calendars in step, in the background (see GoogleCalendarSync). */
  googleSync: GoogleCalendarSync;
  stop(): Promise<void>;
}

// Long enough for a reminder or a notice to go out; a digest round cut short keeps its locks
// until they lapse, and another worker (or the next start) carries on where it stopped.
const SCHEDULER_DRAIN_MS = 3_000;

/** Claude when ANTHROPIC_API_KEY is set; its SDK is loaded only then. */
async function claudeIfConfigured(config: Config): Promise<{ analyst: PostingAnalyst; writer: ClaudeWriterType } | null> {
  if (!config.anthropic.apiKey) return null;
  const [{ ClaudeTools }, { ClaudeAnalyst }, { ClaudeWriter }] = await Promise.all([
    import('./integrations/anthropic/claudeTools.js'),
    import('./integrations/anthropic/claudeAnalyst.js'),
    import('./integrations/anthropic/claudeWriter.js'),
  ]);
  const claude = new ClaudeTools({ ...config.anthropic, apiKey: config.anthropic.apiKey });
  return { analyst: new ClaudeAnalyst(claude), writer: new ClaudeWriter(claude) };
}

// googleapis is large: loaded only where Google Calendar is set up.
async function googleIfConfigured(config: Config): Promise<CalendarAccount | null> {
  if (!config.google.clientId) return null;
  const { GoogleCalendarApi } = await import('./integrations/google/googleCalendarApi.js');
  return new GoogleCalendarApi(config.google);
}


/** Wires database, scheduler and notifier: the one place that knows every concrete part. */
export async function createApp(options: { config: Config; logger: Logger; target?: DatabaseTarget; clock?: Clock; starting?: Promise<EmbeddedServer> }): Promise<App> {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const database = await openDatabase(options.target ?? databaseTarget(config), options.starting);
  const notifier = new Notifier();
  // An outage is logged when it starts and when the first connection after it succeeds.
  const health = new DatabaseHealth(logger);
  database.pool.on('connect', () => health.connected());
  database.pool.on('error', (error) => health.failed(error, 'idle connection'));
  const fetcher = new SafeFetcher(config.intake.fetch);
  const claude = await claudeIfConfigured(config);
  const services: Services = {
    db: database.db,
    clock,
    config,
    logger,
    health,
    reminders: agendaReminderPort(() => scheduler(), config, clock),
    changes: new ChangeFeed(),
    fetcher,
    postingReaders: postingReaders(fetcher, config.intake.ats),
    boardSources: boardSources(fetcher, config.intake.ats),
    feeds: jobFeeds(fetcher, config.intake.feeds),
    taxonomy: Taxonomy.load(),
    catalog: new Catalog(config.recommendations),
    analyst: claude?.analyst ?? null,
    web: new WebAddress(config.web.publicUrl),
    google: await googleIfConfigured(config),
    mailer: new SmtpMailer(config.email),
    mailbox: new ImapMailbox(config.email),
    replyReader: claude?.writer ?? null,
    writer: claude?.writer ?? null,
  };
  const fitLearner = new FitLearner(services);
  const googleSync = new GoogleCalendarSync(services, notifier);
  // Agenda is set up when first needed: by the scheduler starting, or by the first reminder to
  // schedule. A script of commands that schedules nothing never loads it or touches its table.
  let agenda: Promise<Agenda> | null = null;
  const scheduler = () =>
    (agenda ??= (async () => {
      const { createScheduler } = await import('./jobs/scheduler.js');
      const reportError = (error: unknown) => {
        if (!health.failed(error, 'scheduler')) logger.error({ err: error }, 'scheduler error');
      };
      const created = createScheduler(database.pool, config, database.embedded, reportError);
      defineInterviewReminders(created, { db: database.db, clock, config, logger, notifier });
      defineHousekeeping(created, database.db, clock, database.embedded);
      defineBoardPolling(created, services, notifier);
      defineFeedPolling(created, services);
      defineDailyDigests(created, services, notifier);
      defineFollowupPrompts(created, services, notifier);
      defineDeadlineReminders(created, services, notifier);
      defineWeeklyReports(created, services, notifier);
      defineEmailOutbox(created, services, notifier);
      defineSequenceSteps(created, services, notifier);
      defineReplyCheck(created, services, notifier);
      if (services.google) defineGoogleCalendarSync(created, googleSync);
      created.on('error', reportError);
      // A job that failed for want of the database runs again at its next turn (a reminder's
      // job is retried by Agenda); the outage itself is logged once.
      created.on('fail', (error: unknown, job: { attrs: { name: string } }) => {
        if (!health.failed(error, `job ${job.attrs.name}`)) logger.error({ err: error, job: job.attrs.name }, 'scheduled job failed');
      });
      // Agenda creates its table on first use; make sure it exists before anyone schedules.
      await created.ready;
      return created;
    })());
  // Set once the scheduler is starting; stop() waits for a start in progress (a SIGTERM can
  // arrive while the recurring jobs are being scheduled) before it stops the scheduler.
  let starting: Promise<void> | null = null;
  let stopped = false;
  return {
    services,
    notifier,
    scheduler,
    database,
    fitLearner,
    googleSync,
    startScheduler() {
      // After stop() (a signal during start-up), there is nothing left to start it on.
      if (stopped) return Promise.resolve();
      starting ??= (async () => {
        const running = await scheduler();
        await running.start();
        await scheduleHousekeeping(running);
        await scheduleBoardPolling(running, config.intake.boards.pollEveryHours);
        await scheduleFeedPolling(running, services, config.intake.boards.pollEveryHours);
        await scheduleDailyDigests(running, config.digest.tickMinutes);
        await scheduleFollowupPrompts(running, config.digest.tickMinutes);
        await scheduleDeadlineReminders(running, config.digest.tickMinutes);
        await scheduleWeeklyReports(running, config.digest.tickMinutes);
        await scheduleEmailOutbox(running, config.email.tickMinutes);
        await scheduleSequenceSteps(running, config.digest.tickMinutes);
        await scheduleReplyCheck(running, config.email.inboxEveryMinutes);
        if (services.google) await scheduleGoogleCalendarSync(running, config.digest.tickMinutes);
      })();
      return starting;
    },
    async stop() {
      stopped = true;
      try {
        if (starting) {
          await starting.catch(() => undefined);
          // Started, or started and then failed to schedule a round: either way it is polling.
          // drain() takes no new job and lets running ones finish; stop() would unlock them, so
          // another worker could start one again while this one is still sending it.
          await (await scheduler()).drain({ timeout: SCHEDULER_DRAIN_MS });
        }
      } catch (error) {
        logger.error({ err: error }, 'the scheduler did not stop cleanly');
      }
      await fitLearner.stop();
      await googleSync.stop();
      await fetcher.close();
      await database.close();
    },
  };
}
