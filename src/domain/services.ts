import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../models/database.js';
import type { InterviewRow } from '../models/interviews.js';
import type { ChangeFeed } from './people/changes.js';
import type { PageFetcher } from './intake/pageFetcher.js';
import type { PostingReader } from './intake/postingReader.js';
import type { Taxonomy } from './analysis/taxonomy.js';
import type { PostingAnalyst } from './analysis/postingAnalyst.js';
import type { BoardSource } from './intake/boardSource.js';
import type { JobFeed } from './intake/jobFeed.js';
import type { Catalog } from './recommendations/catalog.js';
import type { DatabaseHealth } from '../models/databaseHealth.js';
import type { WebAddress } from './webAddress.js';
import type { CalendarAccount } from './calendar/calendarAccount.js';
import type { Mailer } from './email/mailer.js';
import type { Mailbox } from './email/mailbox.js';
import type { ReplyReader } from './followups/replyReader.js';
import type { DraftWriter } from './writing/draftWriter.js';

/** Now, passed in so that time rules can be tested at any instant. */
export type Clock = () => Date;

/** What the domain needs from the scheduler; jobs/ implements it with Agenda. */
export interface ReminderPort {
  /** Replaces any reminders of this interview with ones for its current start time. */
  scheduleInterview(interview: InterviewRow): Promise<void>;
  cancelInterview(interviewId: number): Promise<void>;
}

/** Everything a domain operation may use, built once at start-up. */
export interface Services {
  db: Database;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** Whether the database is reachable; an outage is answered "try again", not with an apology. */
  health: DatabaseHealth;
  reminders: ReminderPort;
  /** Fires after a person's own data changed. */
  changes: ChangeFeed;
  /** Reads pages and APIs on the internet, safely. */
  fetcher: PageFetcher;
  /** One per applicant-tracking system whose postings are read through its API. */
  postingReaders: readonly PostingReader[];
  /** The skills Jobscout knows, from config/skills.json. */
  taxonomy: Taxonomy;
  /** Claude, when ANTHROPIC_API_KEY is set; else null and the heuristics do the reading. */
  analyst: PostingAnalyst | null;
  /** The applicant-tracking systems whose company boards can be watched. */
  boardSources: readonly BoardSource[];
  /** The no-key public job feeds switched on in config (none by default). */
  feeds: readonly JobFeed[];
  /** The recommender over all open jobs, rebuilt when they change. */
  catalog: Catalog;
  /** Where people reach Jobscout's own pages, once something serves them. */
  web: WebAddress;
  /** Google Calendar, when GOOGLE_CLIENT_ID is set; else null. */
  google: CalendarAccount | null;
  /** Sends follow-up emails through each person's own server. */
  mailer: Mailer;
  /** Reads each person's inbox for replies, when they asked for it. */
  mailbox: Mailbox;
  /** Claude reading replies, when ANTHROPIC_API_KEY is set; else null and rules do it. */
  replyReader: ReplyReader | null;
  /** Claude drafting emails from the timeline, when ANTHROPIC_API_KEY is set; else templates do. */
  writer: DraftWriter | null;
}
