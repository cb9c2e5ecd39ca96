import { stringify } from 'csv-stringify/sync';
import { STATES } from '../ats/lifecycle.js';
import type { ExportedApplication } from './searchRecord.js';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first)
 * gets an apostrophe in front, as OWASP advises for CSV injection: a job title such as
 * `=HYPERLINK(…)` must stay text when the file is opened.
 */
export function neutralised(cell: string): string {
  // Leading spaces too: some importers trim them and then run what follows.
  return /^[\s\u00a0]*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The columns, in order; an import of this file reads them back by these names. */
export const EXPORT_COLUMNS = ['id', 'title', 'company', 'link', 'location', 'work_mode', 'state', 'added', ...STATES.map((state) => `${state}_at`), 'history', 'interviews', 'offers', 'notes'] as const;

const firstAt = (application: ExportedApplication, state: string) => application.stages.find((stage) => stage.state === state)?.at ?? '';

function row(application: ExportedApplication): string[] {
  return [
    String(application.id),
    application.title,
    application.company,
    application.link ?? '',
    application.location ?? '',
    application.workMode ?? '',
    application.state,
    application.added,
    ...STATES.map((state) => firstAt(application, state)),
    // Every move in order, so a state reached twice (ghosted, then answered) keeps both dates.
    application.stages.map((stage) => `${stage.state} ${stage.at}${stage.reason ? ` (${stage.reason.replace(/[;()]/g, ' ')})` : ''}`).join('; '),
    application.interviews.map((interview) => `${interview.at} ${interview.timezone} ${interview.kind} ${interview.minutes} min${interview.interviewers ? ` with ${interview.interviewers}` : ''}: ${interview.outcome}`).join('; '),
    application.offers.map((offer) => `${offer.base} ${offer.currency}${offer.bonus ? ` + ${offer.bonus} bonus` : ''}${offer.equity ? ` + ${offer.equity}` : ''}: ${offer.status}`).join('; '),
    (application.notes ?? []).map((note) => `${note.at} ${note.text}`).join('\n'),
  ];
}

/** The search as CSV: one row per application, UTF-8 with a byte-order mark so Excel reads accents right. */
export function toCsv(applications: readonly ExportedApplication[]): string {
  const body = stringify([[...EXPORT_COLUMNS], ...applications.map(row)], { cast: { string: neutralised }, record_delimiter: 'windows' });
  return `\uFEFF${body}`;
}
