import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from './projectRoot.js';

/** Where defaults live; the environment overrides them key by key (see config.ts). */
export const DEFAULT_CONFIG_FILE = projectPath('config', 'default.json');

export interface DataLocation {
  /** A PostgreSQL server to use instead of the embedded database. */
  databaseUrl: string | null;
  /** The data folder, absolute. */
  dataDir: string;
}

/**
 * Where the data lives, by the same rule as the full configuration (the environment's
 * DATABASE_URL and JOBSCOUT_DATA_DIR, else the defaults file) but without loading the validator
 * or reading anything else: `npm start` uses it to start the embedded database first, and checks
 * it against the validated configuration once that is loaded.
 */
export function readDataLocation(env: NodeJS.ProcessEnv = process.env, file = DEFAULT_CONFIG_FILE): DataLocation {
  let defaults: { databaseUrl?: unknown; dataDir?: unknown } = {};
  try {
    defaults = JSON.parse(readFileSync(file, 'utf8')) as typeof defaults;
  } catch {
    // An unreadable file is reported by the configuration itself.
  }
  const databaseUrl = env.DATABASE_URL || (typeof defaults.databaseUrl === 'string' ? defaults.databaseUrl : null);
  const dataDir = env.JOBSCOUT_DATA_DIR || (typeof defaults.dataDir === 'string' ? defaults.dataDir : '');
  return { databaseUrl: databaseUrl || null, dataDir: path.resolve(dataDir) };
}
