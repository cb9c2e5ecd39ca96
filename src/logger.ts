import pino, { type Logger } from 'pino';

/**
 * JSON logs, to `file` when given (the console chat must not interleave them with the
 * conversation), else to standard error. Written synchronously so that the error logged just
 * before an exit is not lost.
 */
export function createLogger(level: string, file?: string): Logger {
  const destination = file ? pino.destination({ dest: file, mkdir: true, sync: true }) : pino.destination(2);
  return pino({ level, base: { app: 'jobscout' } }, destination);
}
