import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { IANAZone } from 'luxon';
import { z } from 'zod';

/** Where defaults live; the environment overrides them key by key. */
export const DEFAULT_CONFIG_FILE = fileURLToPath(new URL('../config/default.json', import.meta.url));

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
  }),
  interviews: z.object({
    defaultDurationMinutes: z.number().int().min(5).max(24 * 60, 'expected minutes between 5 and 1440'),
  }),
  scheduler: z.object({
    processEveryMs: z.number().int().min(50, 'expected milliseconds, at least 50').max(3_600_000),
  }),
  console: z.object({
    workspace: z.string().min(1),
    user: z.string().min(1).optional(),
  }),
});

export type Config = z.infer<typeof schema>;

/** Thrown when start-up configuration is invalid; the message names the key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** Each overridable setting: its path in the schema, its variable, and how to read the text. */
const ENV_KEYS: { env: string; path: string[]; read: (raw: string) => unknown }[] = [
  { env: 'DATABASE_URL', path: ['databaseUrl'], read: String },
  { env: 'JOBSCOUT_DATA_DIR', path: ['dataDir'], read: String },
  { env: 'JOBSCOUT_TIMEZONE', path: ['timezone'], read: String },
  { env: 'LOG_LEVEL', path: ['logLevel'], read: String },
  { env: 'JOBSCOUT_REMINDER_OFFSETS', path: ['reminders', 'interviewOffsetsMinutes'], read: readNumberList },
  { env: 'JOBSCOUT_INTERVIEW_MINUTES', path: ['interviews', 'defaultDurationMinutes'], read: readNumber },
  { env: 'JOBSCOUT_SCHEDULER_POLL_MS', path: ['scheduler', 'processEveryMs'], read: readNumber },
  { env: 'JOBSCOUT_CONSOLE_USER', path: ['console', 'user'], read: String },
];

// A blank or non-numeric value becomes NaN (or a list holding NaN) so that zod names the key.
function readNumber(raw: string): number {
  return raw.trim() === '' ? Number.NaN : Number(raw);
}

function readNumberList(raw: string): unknown {
  const parts = raw.split(',').map((part) => part.trim());
  return parts.some((part) => part === '' || Number.isNaN(Number(part))) ? raw : parts.map(Number);
}

function isWithin(dotted: string, prefix: string): boolean {
  return dotted === prefix || dotted.startsWith(`${prefix}.`);
}

function setPath(target: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] = { ...(node[key] as Record<string, unknown> | undefined) };
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
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
  for (const key of ENV_KEYS) {
    const value = env[key.env];
    if (value !== undefined && value !== '') setPath(raw, key.path, key.read(value));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const dotted = issue.path.join('.');
      const fromEnv = ENV_KEYS.find((key) => isWithin(dotted, key.path.join('.')) && env[key.env]);
      const name = fromEnv ? fromEnv.env : `${path.basename(file)}: ${dotted}`;
      const got = fromEnv ? ` (got "${env[fromEnv.env]}")` : '';
      return `  ${name}: ${issue.message}${got}`;
    });
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const config = parsed.data;
  return { ...config, dataDir: path.resolve(config.dataDir) };
}
