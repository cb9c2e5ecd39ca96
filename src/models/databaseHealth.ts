import type { Logger } from 'pino';
import { causeChain } from './errorCauses.js';

// What a lost or refused connection looks like: Node's socket errors, PostgreSQL's
// connection-exception (08…) and operator-intervention (57P…) classes, and pg's own words.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
const UNAVAILABLE_WORDS = /Connection terminated|connection timeout|timeout exceeded when trying to connect|is not currently accepting connections|Client has encountered a connection error|the database system is (starting up|shutting down)/i;

/** Whether `error` means the database can't be reached right now, rather than a bad query. */
function isDatabaseUnavailable(error: unknown): boolean {
  return causeChain(error).some((cause) => UNAVAILABLE_CODES.has(cause.code ?? '') || UNAVAILABLE_WORDS.test(cause.message));
}

/**
 * Tracks whether the database is reachable, so an outage is logged once when it starts and once
 * when it ends, however many requests and scheduler rounds run into it meanwhile.
 */
export class DatabaseHealth {
  private downSince: number | null = null;

  constructor(private readonly logger: Logger) {}

  get reachable(): boolean {
    return this.downSince === null;
  }

  /** Records a failure; true when it means the database is unreachable (as opposed to a bad query). */
  failed(error: unknown, where: string): boolean {
    if (!isDatabaseUnavailable(error)) return false;
    if (this.downSince === null) {
      this.downSince = Date.now();
      this.logger.warn({ err: error, where }, 'database unreachable: requests are answered "try again" and the scheduler waits until it is back');
    }
    return true;
  }

  /** A connection was made: if the database had been unreachable, the outage is over. */
  connected(): void {
    if (this.downSince === null) return;
    this.logger.info({ downForMs: Date.now() - this.downSince }, 'database reachable again');
    this.downSince = null;
  }
}
