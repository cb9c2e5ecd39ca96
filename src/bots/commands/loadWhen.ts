/**
 * The date and time readers (src/domain/ats/when.ts), loaded by the commands that read a date
 * when they first run: chrono-node is a quarter of a second of start-up, and most sessions
 * never type a date.
 */
export const loadWhen = () => import('../../domain/ats/when.js');
