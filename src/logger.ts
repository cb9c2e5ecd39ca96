import pino, { type Logger } from 'pino';

/**
 * JSON logs. In the console chat they go to a file so they don't interleave with the
 * conversation; elsewhere to standard error.
 */
export function createLogger(level: string, file?: string): Logger {
  const destination = file ? pino.destination({ dest: file, mkdir: true, sync: false }) : pino.destination(2);
  return pino({ level, base: { app: 'jobscout' } }, destination);
}
