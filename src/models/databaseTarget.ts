import path from 'node:path';
import type { Config } from '../config.js';
import type { DatabaseTarget } from './database.js';

/** Where the configuration says the data lives: the server in DATABASE_URL, else the embedded database in the data folder. */
export function databaseTarget(config: Config): DatabaseTarget {
  return config.databaseUrl ? { kind: 'server', url: config.databaseUrl } : { kind: 'embedded', dataDir: path.join(config.dataDir, 'pgdata') };
}
