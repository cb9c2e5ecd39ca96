import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { DEFAULT_CONFIG_FILE } from './dataLocation.js';
import { Sealer } from './domain/secrets/sealer.js';

export { DEFAULT_CONFIG_FILE } from './dataLocation.js';

const timeZone = z.string().refine((zone) => IANAZone.isValidZone(zone), {
  message: 'expected an IANA time zone such as Europe/Berlin or America/New_York',
});

const schema = z.object({
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a URL of the form postgres://user:password@host:5432/database')
    .optional(),
  dataDir: z.string().min(1, 'expected a directory path'),
  timezone: timeZone,
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'expected one of fatal, error, warn, info, debug, trace, silent',
  }),
  reminders: z.object({
    interviewOffsetsMinutes: z
      .array(z.number().int().positive(), { message: 'expected a comma-separated list of whole minutes, e.g. 1440,60,15' })
      .min(1, 'expected at least one offset in minutes, e.g. 1440,60,15'),
    /** Before an application's or an offer's deadline: 3 days, 1 day and 3 hours by default. */
    deadlineOffsetsMinutes: z
      .array(z.number().int().positive(), { message: 'expected a comma-separated list of whole minutes, e.g. 4320,1440,180' })
      .min(1, 'expected at least one offset in minutes, e.g. 4320,1440,180'),
  }),
  interviews: z.object({
    defaultDurationMinutes: z.number().int().min(5).max(24 * 60, 'expected minutes between 5 and 1440'),
  }),
  scheduler: z.object({
    processEveryMs: z.number().int().min(50, 'expected milliseconds, at least 50').max(3_600_000),
    /** How long a running job stays locked to its worker without a touch: a dead worker's job runs again after it. */
    lockLifetimeSeconds: z.number().int().min(5, 'expected seconds, at least 5').max(3600),
    /** How long a claimed send belongs to its worker: after it, another may take the send over. */
    claimLeaseSeconds: z.number().int().min(5, 'expected seconds, at least 5').max(3600),
  }),
  /** Encrypts stored third-party tokens; needed once Jobscout stores any (multi-workspace Slack). */
  secretKey: z
    .string()
    .refine((key) => {
      try {
        Sealer.parseKey(key);
        return true;
      } catch {
        return false;
      }
    }, 'expected 32 random bytes as 64 hex digits or base64, e.g. from `openssl rand -hex 32`')
    .optional(),
  /**
   * Jobscout's own web pages (calendar feeds, Google's OAuth redirect). They are served on
   * Slack's HTTP port when Slack runs over HTTP, else on `port` when it is set.
   */
  web: z.object({
    port: z.number().int().min(0).max(65535, 'expected a TCP port between 0 and 65535').optional(),
    /** How people's calendars and browsers reach it, e.g. https://jobscout.example.com; http://localhost:<port> by default. */
    publicUrl: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://jobscout.example.com' }).optional(),
  }),
  /** Google Calendar through OAuth 2.0 (a web-server client); every endpoint from here so tests can use a fake. */
  google: z.object({
    clientId: z.string().min(1).optional(),
    clientSecret: z.string().min(1).optional(),
    authUrl: z.url({ protocol: /^https?$/ }),
    tokenUrl: z.url({ protocol: /^https?$/ }),
    revokeUrl: z.url({ protocol: /^https?$/ }),
    apiUrl: z.url({ protocol: /^https?$/ }),
    /** Google's Calendar API quotas: 600 requests a minute per user, 10,000 per project. */
    userRequestsPerMinute: z.number().int().min(1),
    projectRequestsPerMinute: z.number().int().min(1),
    /** How many people's calendars a catch-up round syncs at once. */
    syncConcurrency: z.number().int().min(1).max(64),
  }),
  console: z.object({
    workspace: z.string().min(1),
    user: z.string().min(1).optional(),
  }),
  intake: z.object({
    fetch: z.object({
      /** Hosts (name or name:port) the fetcher may reach even on a private address: tests serve fixtures from 127.0.0.1. */
      allowHosts: z.array(z.string().min(1)),
      timeoutMs: z.number().int().min(100).max(60_000, 'expected milliseconds, at most 60000'),
      maxBytes: z.number().int().min(1024).max(20 * 1024 * 1024),
      maxRedirects: z.number().int().min(0).max(10),
      cacheTtlSeconds: z.number().int().min(0),
      /** At least this long between two requests to the same host. */
      perHostIntervalMs: z.number().int().min(0).max(60_000),
      userAgent: z.string().min(1),
    }),
    boards: z.object({
      pollEveryHours: z.number().min(0.1, 'expected hours, at least 0.1').max(168),
      /** At most this many new postings of one board are sent to one person per poll; the rest follow. */
      maxNoticesPerPoll: z.number().int().min(1).max(50),
    }),
    /** Public job feeds that need no key, each off until switched on; read every `pollEveryHours` like boards. */
    feeds: z.object({
      enabled: z.array(z.enum(['remotive', 'remoteok', 'arbeitnow', 'hackernews'], { message: 'expected a comma-separated list of remotive, remoteok, arbeitnow, hackernews' })),
      remotive: z.url({ protocol: /^https?$/ }),
      remoteok: z.url({ protocol: /^https?$/ }),
      arbeitnow: z.url({ protocol: /^https?$/ }),
      /** Algolia's Hacker News API, where the monthly "Who is hiring?" thread is found. */
      hackernews: z.url({ protocol: /^https?$/ }),
    }),
    /** Public job-board APIs, by system. Recruitee's holds {company}, each company has its own host. */
    ats: z.object({
      greenhouse: z.url({ protocol: /^https?$/ }),
      lever: z.url({ protocol: /^https?$/ }),
      ashby: z.url({ protocol: /^https?$/ }),
      workable: z.url({ protocol: /^https?$/ }),
      smartRecruiters: z.url({ protocol: /^https?$/ }),
      recruitee: z.string().includes('{company}', { message: 'expected a URL with {company} in it, e.g. https://{company}.recruitee.com' }),
    }),
  }),
  anthropic: z.object({
    apiKey: z.string().min(10, 'expected an Anthropic API key (sk-ant-…)').optional(),
    baseUrl: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://api.anthropic.com' }),
    model: z.string().min(1),
    timeoutMs: z.number().int().min(1000).max(300_000),
  }),
  recommendations: z
    .object({
      /** The hybrid blend; the collaborative share is scaled down while a person has few signals. */
      weights: z.object({ content: z.number().min(0).max(1), collaborative: z.number().min(0).max(1) }),
      /** Scores (0–1) below this are not shown. */
      minScore: z.number().min(0).max(1),
      expireDays: z.number().int().min(1).max(365),
      /** Saves and applications at which collaborative evidence counts fully. */
      fullConfidenceAt: z.number().int().min(1).max(1000),
      /** Fewer people than this in common and two jobs are not called alike (counts only, and not one person's). */
      minCoOccurrence: z.number().int().min(1).max(100),
      /** How much each thing a person does moves their learned weights. */
      signals: z.object({
        apply: z.number().min(0).max(2),
        save: z.number().min(0).max(2),
        click: z.number().min(0).max(2),
        like: z.number().min(0).max(2),
        dismiss: z.number().min(-2).max(0),
        dislike: z.number().min(-2).max(0),
        /** Outcomes teach too: an interview or an offer is a strong sign for similar jobs, a rejection a mild one against. */
        interview: z.number().min(0).max(2),
        offer: z.number().min(0).max(2),
        rejected: z.number().min(-2).max(0),
      }),
    })
    .refine((rec) => Math.abs(rec.weights.content + rec.weights.collaborative - 1) < 1e-9, { message: 'the content and collaborative weights must add up to 1', path: ['weights'] }),
  digest: z.object({
    /** "HH:MM" local time for people who haven't chosen one. */
    defaultTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day as HH:MM, e.g. 09:00'),
    defaultSize: z.number().int().min(1).max(10),
    /** A digest missed by more than this (the service was down) waits for the next day. */
    latestHoursLate: z.number().min(0.5).max(23),
    offerDeadlineDays: z.number().int().min(0).max(30),
    tickMinutes: z.number().int().min(1).max(60),
  }),
  followups: z.object({
    /** Days in `applied` without a change after which to suggest a follow-up, e.g. 7 then 14. */
    appliedDays: z.array(z.number().int().min(1).max(90), { message: 'expected a comma-separated list of whole days, e.g. 7,14' }).min(1, 'expected at least one day, e.g. 7,14'),
    businessDays: z.boolean({ message: 'expected true or false' }),
    snoozeDays: z.number().int().min(1).max(30),
    thankYou: z.boolean({ message: 'expected true or false' }),
  }),
  /**
   * Exchange rates for comparing offers in one currency: how many units of `currency` one unit
   * of each other currency is worth ({"USD": 0.92} with EUR). Offers in a currency without a
   * rate are compared in their own.
   */
  offers: z.object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code such as EUR'),
    rates: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
  }),
  email: z.object({
    /**
     * SMTP servers on private or loopback addresses are refused (a person could otherwise make
     * Jobscout knock on the host's own network) unless listed here; these may also go without TLS.
     */
    allowHosts: z.array(z.string().min(1)),
    /** Minutes to wait before each retry after a temporary failure (4xx, timeout): backoff. */
    retryMinutes: z.array(z.number().min(0.01).max(1440), { message: 'expected a comma-separated list of minutes, e.g. 1,5,30' }).min(1),
    timeoutMs: z.number().int().min(1000).max(120_000),
    tickMinutes: z.number().int().min(1).max(60),
    /** How often inboxes are read for replies, for those who connected IMAP. */
    inboxEveryMinutes: z.number().int().min(1).max(1440),
  }),
  analytics: z.object({
    /** Days after applying with no answer after which an application counts as ghosted. */
    ghostedDays: z.number().int().min(7).max(180),
  }),
  fit: z.object({
    weights: z
      .object({ skills: z.number().min(0), experience: z.number().min(0), culture: z.number().min(0), growth: z.number().min(0), compensation: z.number().min(0) })
      .refine((weights) => Object.values(weights).reduce((sum, weight) => sum + weight, 0) === 100, { message: 'the weights must add up to 100' }),
    /** How the weights learn from outcomes (see domain/analytics/weightLearning.ts). */
    learning: z.object({
      everyOutcomes: z.number().int().min(1).max(1000),
      minPooled: z.number().int().min(1),
      shrinkOutcomes: z.number().min(0),
      threshold: z.number().min(0).max(100),
      minWeight: z.number().min(0).max(20),
      maxWeight: z.number().min(20).max(100),
    }),
  }),
  slack: z
    .object({
      botToken: z.string().startsWith('xoxb-', 'expected a bot token starting with xoxb-').optional(),
      appToken: z.string().startsWith('xapp-', 'expected an app-level token starting with xapp-').optional(),
      signingSecret: z.string().min(1).optional(),
      clientId: z.string().min(1).optional(),
      clientSecret: z.string().min(1).optional(),
      stateSecret: z.string().min(16, 'expected at least 16 random characters').optional(),
      port: z.number().int().min(0).max(65535, 'expected a TCP port between 0 and 65535'),
      apiUrl: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://slack.com/api/' }),
    })
    .superRefine((slack, check) => {
      const oauth = Boolean(slack.clientId || slack.clientSecret);
      if (oauth && !(slack.clientId && slack.clientSecret)) {
        check.addIssue({ code: 'custom', path: [slack.clientId ? 'clientSecret' : 'clientId'], message: 'set both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for multi-workspace installs' });
      }
      if (oauth && !slack.stateSecret) check.addIssue({ code: 'custom', path: ['stateSecret'], message: 'required with SLACK_CLIENT_ID: a random string of at least 16 characters that signs OAuth state' });
      if (slack.appToken && !slack.botToken) check.addIssue({ code: 'custom', path: ['botToken'], message: 'Socket Mode (SLACK_APP_TOKEN) also needs the bot token, xoxb-…' });
      if ((slack.botToken || oauth) && !slack.appToken && !slack.signingSecret) {
        check.addIssue({ code: 'custom', path: ['signingSecret'], message: 'required to verify requests over HTTP; or set SLACK_APP_TOKEN to use Socket Mode' });
      }
    }),
  discord: z
    .object({
      token: z.string().min(50, 'expected the bot token from the Developer Portal (Bot → Reset Token)').optional(),
      applicationId: z.string().regex(/^\d{17,20}$/, 'expected the numeric application id from the Developer Portal').optional(),
      guildId: z.string().regex(/^\d{17,20}$/, 'expected a numeric server id (right-click the server → Copy Server ID)').optional(),
      apiUrl: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL such as https://discord.com/api' }),
      // Several workers split the gateway: each holds some shards of the same total.
      shardCount: z.number().int('expected a whole number of shards, e.g. 2').min(1).max(1024).optional(),
      shardIds: z.array(z.number().int().min(0)).min(1).optional(),
    })
    .superRefine((discord, check) => {
      if (discord.token && !discord.applicationId) check.addIssue({ code: 'custom', path: ['applicationId'], message: 'required with DISCORD_TOKEN: the application id from the Developer Portal' });
      if (discord.shardIds && !discord.shardCount) check.addIssue({ code: 'custom', path: ['shardIds'], message: 'needs DISCORD_SHARD_COUNT, the total number of shards across all workers' });
      const outside = discord.shardIds?.filter((id) => discord.shardCount && id >= discord.shardCount);
      if (outside?.length) check.addIssue({ code: 'custom', path: ['shardIds'], message: `shard ids run from 0 to DISCORD_SHARD_COUNT - 1; ${outside.join(', ')} is outside` });
    }),
}).superRefine((config, check) => {
  if (config.google.clientId && !config.google.clientSecret) check.addIssue({ code: 'custom', path: ['google', 'clientSecret'], message: 'GOOGLE_CLIENT_ID also needs GOOGLE_CLIENT_SECRET, from the same OAuth client' });
  if (config.google.clientId && !config.secretKey) {
    check.addIssue({ code: 'custom', path: ['secretKey'], message: 'required for Google Calendar, whose tokens are stored encrypted: 32 random bytes, e.g. from `openssl rand -hex 32`' });
  }
  if (config.slack.clientId && !config.secretKey) {
    check.addIssue({ code: 'custom', path: ['secretKey'], message: 'required for multi-workspace Slack installs, whose bot tokens are stored encrypted: 32 random bytes, e.g. from `openssl rand -hex 32`' });
  }
});

export type Config = z.infer<typeof schema>;

/** Thrown when start-up configuration is invalid; the message names the key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** Each overridable setting: its path in the schema, its variable, and how to read the text. */
const ENV_KEYS: { env: string; path: string[]; read: (raw: string) => unknown; secret?: true }[] = [
  { env: 'DATABASE_URL', path: ['databaseUrl'], read: String },
  { env: 'JOBSCOUT_DATA_DIR', path: ['dataDir'], read: String },
  { env: 'JOBSCOUT_TIMEZONE', path: ['timezone'], read: String },
  { env: 'LOG_LEVEL', path: ['logLevel'], read: String },
  { env: 'JOBSCOUT_REMINDER_OFFSETS', path: ['reminders', 'interviewOffsetsMinutes'], read: readNumberList },
  { env: 'JOBSCOUT_DEADLINE_REMINDER_OFFSETS', path: ['reminders', 'deadlineOffsetsMinutes'], read: readNumberList },
  { env: 'JOBSCOUT_INTERVIEW_MINUTES', path: ['interviews', 'defaultDurationMinutes'], read: readNumber },
  { env: 'JOBSCOUT_SCHEDULER_POLL_MS', path: ['scheduler', 'processEveryMs'], read: readNumber },
  { env: 'JOBSCOUT_SCHEDULER_LOCK_SECONDS', path: ['scheduler', 'lockLifetimeSeconds'], read: readNumber },
  { env: 'JOBSCOUT_CLAIM_LEASE_SECONDS', path: ['scheduler', 'claimLeaseSeconds'], read: readNumber },
  { env: 'JOBSCOUT_DIGEST_TICK_MINUTES', path: ['digest', 'tickMinutes'], read: readNumber },
  { env: 'JOBSCOUT_CONSOLE_USER', path: ['console', 'user'], read: String },
  { env: 'JOBSCOUT_SECRET_KEY', path: ['secretKey'], read: String, secret: true },
  { env: 'JOBSCOUT_OFFER_CURRENCY', path: ['offers', 'currency'], read: String },
  { env: 'JOBSCOUT_FX_RATES', path: ['offers', 'rates'], read: readRates },
  { env: 'JOBSCOUT_HTTP_PORT', path: ['web', 'port'], read: readNumber },
  { env: 'JOBSCOUT_PUBLIC_URL', path: ['web', 'publicUrl'], read: String },
  { env: 'GOOGLE_CLIENT_ID', path: ['google', 'clientId'], read: String },
  { env: 'GOOGLE_CLIENT_SECRET', path: ['google', 'clientSecret'], read: String, secret: true },
  { env: 'GOOGLE_AUTH_URL', path: ['google', 'authUrl'], read: String },
  { env: 'GOOGLE_TOKEN_URL', path: ['google', 'tokenUrl'], read: String },
  { env: 'GOOGLE_REVOKE_URL', path: ['google', 'revokeUrl'], read: String },
  { env: 'GOOGLE_API_URL', path: ['google', 'apiUrl'], read: String },
  { env: 'JOBSCOUT_FETCH_ALLOW_HOSTS', path: ['intake', 'fetch', 'allowHosts'], read: readStringList },
  { env: 'JOBSCOUT_FETCH_HOST_INTERVAL_MS', path: ['intake', 'fetch', 'perHostIntervalMs'], read: readNumber },
  { env: 'JOBSCOUT_FETCH_CACHE_SECONDS', path: ['intake', 'fetch', 'cacheTtlSeconds'], read: readNumber },
  { env: 'JOBSCOUT_BOARD_POLL_HOURS', path: ['intake', 'boards', 'pollEveryHours'], read: readNumber },
  { env: 'JOBSCOUT_FEEDS', path: ['intake', 'feeds', 'enabled'], read: readStringList },
  { env: 'JOBSCOUT_REMOTIVE_URL', path: ['intake', 'feeds', 'remotive'], read: String },
  { env: 'JOBSCOUT_REMOTEOK_URL', path: ['intake', 'feeds', 'remoteok'], read: String },
  { env: 'JOBSCOUT_ARBEITNOW_URL', path: ['intake', 'feeds', 'arbeitnow'], read: String },
  { env: 'JOBSCOUT_HACKERNEWS_URL', path: ['intake', 'feeds', 'hackernews'], read: String },
  { env: 'JOBSCOUT_GREENHOUSE_API_URL', path: ['intake', 'ats', 'greenhouse'], read: String },
  { env: 'JOBSCOUT_LEVER_API_URL', path: ['intake', 'ats', 'lever'], read: String },
  { env: 'JOBSCOUT_ASHBY_API_URL', path: ['intake', 'ats', 'ashby'], read: String },
  { env: 'JOBSCOUT_WORKABLE_API_URL', path: ['intake', 'ats', 'workable'], read: String },
  { env: 'JOBSCOUT_SMARTRECRUITERS_API_URL', path: ['intake', 'ats', 'smartRecruiters'], read: String },
  { env: 'JOBSCOUT_SMTP_ALLOW_HOSTS', path: ['email', 'allowHosts'], read: readStringList },
  { env: 'JOBSCOUT_INBOX_MINUTES', path: ['email', 'inboxEveryMinutes'], read: readNumber },
  { env: 'JOBSCOUT_EMAIL_RETRY_MINUTES', path: ['email', 'retryMinutes'], read: readNumberList },
  { env: 'JOBSCOUT_GHOSTED_DAYS', path: ['analytics', 'ghostedDays'], read: readNumber },
  { env: 'JOBSCOUT_RECRUITEE_API_URL', path: ['intake', 'ats', 'recruitee'], read: String },
  { env: 'JOBSCOUT_REC_MIN_SCORE', path: ['recommendations', 'minScore'], read: readNumber },
  { env: 'JOBSCOUT_DIGEST_TIME', path: ['digest', 'defaultTime'], read: String },
  { env: 'JOBSCOUT_FOLLOWUP_DAYS', path: ['followups', 'appliedDays'], read: readNumberList },
  { env: 'JOBSCOUT_FOLLOWUP_BUSINESS_DAYS', path: ['followups', 'businessDays'], read: readBoolean },
  { env: 'ANTHROPIC_API_KEY', path: ['anthropic', 'apiKey'], read: String, secret: true },
  { env: 'ANTHROPIC_BASE_URL', path: ['anthropic', 'baseUrl'], read: String },
  { env: 'JOBSCOUT_ANTHROPIC_MODEL', path: ['anthropic', 'model'], read: String },
  { env: 'SLACK_BOT_TOKEN', path: ['slack', 'botToken'], read: String, secret: true },
  { env: 'SLACK_APP_TOKEN', path: ['slack', 'appToken'], read: String, secret: true },
  { env: 'SLACK_SIGNING_SECRET', path: ['slack', 'signingSecret'], read: String, secret: true },
  { env: 'SLACK_CLIENT_ID', path: ['slack', 'clientId'], read: String },
  { env: 'SLACK_CLIENT_SECRET', path: ['slack', 'clientSecret'], read: String, secret: true },
  { env: 'SLACK_STATE_SECRET', path: ['slack', 'stateSecret'], read: String, secret: true },
  { env: 'SLACK_PORT', path: ['slack', 'port'], read: readNumber },
  { env: 'SLACK_API_URL', path: ['slack', 'apiUrl'], read: String },
  { env: 'DISCORD_TOKEN', path: ['discord', 'token'], read: String, secret: true },
  { env: 'DISCORD_APPLICATION_ID', path: ['discord', 'applicationId'], read: String },
  { env: 'DISCORD_GUILD_ID', path: ['discord', 'guildId'], read: String },
  { env: 'DISCORD_API_URL', path: ['discord', 'apiUrl'], read: String },
  { env: 'DISCORD_SHARD_COUNT', path: ['discord', 'shardCount'], read: readNumber },
  { env: 'DISCORD_SHARD_IDS', path: ['discord', 'shardIds'], read: readNumberList },
];

// A blank or non-numeric value becomes NaN (or a list holding NaN) so that zod names the key.
function readNumber(raw: string): number {
  return raw.trim() === '' ? Number.NaN : Number(raw);
}

function readBoolean(raw: string): unknown {
  const value = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  return raw;
}

function readNumberList(raw: string): unknown {
  const parts = raw.split(',').map((part) => part.trim());
  return parts.some((part) => part === '' || Number.isNaN(Number(part))) ? raw : parts.map(Number);
}

/** "USD=0.92, GBP=1.17" as {USD: 0.92, GBP: 1.17}; a malformed pair is left for the schema to name. */
function readRates(raw: string): Record<string, unknown> {
  return Object.fromEntries(
    readStringList(raw).map((pair) => {
      const [code = '', value = ''] = pair.split('=').map((part) => part.trim());
      return [code.toUpperCase(), value === '' ? value : Number(value)];
    }),
  );
}

function readStringList(raw: string): string[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function isWithin(dotted: string, prefix: string): boolean {
  return dotted === prefix || dotted.startsWith(`${prefix}.`);
}

function hasPath(source: Record<string, unknown>, keys: string[]): boolean {
  let node: unknown = source;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

function setPath(target: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] = { ...(node[key] as Record<string, unknown> | undefined) };
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

/** For entry points: the configuration, or the problems on standard error and exit code 2. */
export function loadConfigOrExit(env: Env = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}

/** Reads defaults from `config/default.json` (or `file`), applies the environment, validates once. */
export function loadConfig(env: Env = process.env, file = DEFAULT_CONFIG_FILE): Config {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`Cannot read configuration file ${file}: ${(error as Error).message}`);
  }
  delete raw.$comment;
  const fileValues = structuredClone(raw);
  for (const key of ENV_KEYS) {
    const value = env[key.env];
    if (value !== undefined && value !== '') setPath(raw, key.path, key.read(value));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const dotted = issue.path.join('.');
      const envKey = ENV_KEYS.find((key) => isWithin(dotted, key.path.join('.')));
      const fromEnv = envKey && env[envKey.env] ? envKey : undefined;
      // A setting the file doesn't hold (a token) is named by the variable that sets it.
      const name = envKey && (fromEnv || !hasPath(fileValues, envKey.path)) ? envKey.env : `${path.basename(file)}: ${dotted}`;
      const got = fromEnv && !fromEnv.secret ? ` (got "${env[fromEnv.env]}")` : '';
      return `  ${name}: ${issue.message}${got}`;
    });
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const config = parsed.data;
  return { ...config, dataDir: path.resolve(config.dataDir) };
}
