import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { STATES, type State } from '../ats/lifecycle.js';
import type { ImportedExtras } from './jsonImport.js';

/** One row to import: a job, where it stands, and the dated moves that got it there. */
export interface ImportRow {
  /** The line of the file it came from (the header is line 1). */
  line: number;
  title: string;
  company: string;
  link: string | null;
  location: string | null;
  /** Oldest first; the first is where tracking began. */
  moves: { state: State; at: Date; reason: string | null }[];
  /** What a Jobscout JSON export carries beyond that. */
  extras?: ImportedExtras;
}

export interface ParsedImport {
  /** Which known layout the headers matched: "LinkedIn applications", "Jobscout export"… */
  layout: string;
  rows: ImportRow[];
  problems: { line: number; problem: string }[];
}

// Header names each field goes by, lower-cased: LinkedIn's exports, Jobscout's own, and the usual words.
const HEADERS = {
  title: ['title', 'job title', 'position', 'role', 'job'],
  company: ['company', 'company name', 'employer', 'organization', 'organisation'],
  link: ['link', 'job url', 'url', 'job link', 'posting', 'posting url'],
  location: ['location', 'job location'],
  state: ['state', 'status', 'stage'],
  date: ['application date', 'applied', 'date applied', 'applied at', 'applied_at', 'saved date', 'date saved', 'date', 'added'],
  history: ['history'],
} as const;

const STATE_WORDS: Record<string, State> = { interview: 'interviewing', interviews: 'interviewing', 'phone screen': 'screening', offered: 'offer', hired: 'accepted', declined: 'withdrawn', 'no response': 'ghosted' };

function stateOf(text: string): State | null {
  const word = text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if ((STATES as readonly string[]).includes(word)) return word as State;
  return STATE_WORDS[text.trim().toLowerCase()] ?? null;
}

/** ISO dates, LinkedIn's "11/20/24, 8:15 AM", and plain "2026-10-01" or "10/01/2026". */
function dateOf(text: string, zone: string): Date | null {
  const value = text.trim();
  if (!value) return null;
  const iso = DateTime.fromISO(value, { zone });
  if (iso.isValid) return iso.toJSDate();
  for (const format of ['M/d/yy, h:mm a', 'M/d/yyyy, h:mm a', 'M/d/yy', 'M/d/yyyy', 'd.M.yyyy', 'yyyy-MM-dd HH:mm']) {
    const parsed = DateTime.fromFormat(value, format, { zone, locale: 'en-US' });
    if (parsed.isValid) return parsed.toJSDate();
  }
  return null;
}

// A cell the export protected against spreadsheet formulas comes back as it was.
const unprotected = (cell: string) => (/^'[\s\u00a0]*[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function historyOf(text: string, zone: string): ImportRow['moves'] | null {
  const moves: ImportRow['moves'] = [];
  for (const part of text.split(';').map((piece) => piece.trim()).filter(Boolean)) {
    const match = /^(\S+)\s+(\S+)(?:\s+\((.*)\))?$/.exec(part);
    const state = match ? stateOf(match[1]!) : null;
    const at = match ? dateOf(match[2]!, zone) : null;
    if (!state || !at) return null;
    moves.push({ state, at, reason: match![3]?.trim() || null });
  }
  return moves.length ? moves : null;
}

function layoutOf(headers: string[]): string {
  if (headers.includes('history') && headers.includes('applied_at')) return 'Jobscout export';
  if (headers.includes('application date') && headers.includes('job url')) return 'LinkedIn applications';
  if (headers.includes('saved date') && headers.includes('job url')) return 'LinkedIn saved jobs';
  return 'columns matched by name';
}

/**
 * Reads a CSV of job applications: LinkedIn's "Job Applications.csv" and "Saved Jobs.csv",
 * Jobscout's own export, and any other file whose headers name a title and a company. Rows that
 * can't be read are reported with their line number; nothing is stored here.
 */
export function parseImportCsv(text: string, zone: string, now: Date): ParsedImport {
  const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  const [header, ...body] = records;
  if (!header) return { layout: 'empty', rows: [], problems: [{ line: 1, problem: 'the file is empty' }] };
  const headers = header.map((name) => unprotected(name).trim().toLowerCase());
  const column = (names: readonly string[]) => {
    for (const name of names) {
      const index = headers.indexOf(name);
      if (index >= 0) return index;
    }
    return -1;
  };
  const at = Object.fromEntries(Object.entries(HEADERS).map(([field, names]) => [field, column(names)])) as Record<keyof typeof HEADERS, number>;
  const layout = layoutOf(headers);
  if (at.title < 0 || at.company < 0) return { layout, rows: [], problems: [{ line: 1, problem: 'no title or company column: name them "Title" and "Company" (or use a LinkedIn export)' }] };
  // LinkedIn's saved jobs were only saved; its applications were sent.
  const defaultState: State = layout === 'LinkedIn saved jobs' ? 'saved' : layout === 'LinkedIn applications' ? 'applied' : 'saved';
  const rows: ImportRow[] = [];
  const problems: ParsedImport['problems'] = [];
  body.forEach((record, index) => {
    const line = index + 2;
    const cell = (position: number) => (position >= 0 ? unprotected(record[position] ?? '').trim() : '');
    const title = cell(at.title);
    const company = cell(at.company);
    if (!title || !company) return void problems.push({ line, problem: `no ${title ? 'company' : 'title'}` });
    const link = cell(at.link);
    if (link && (!/^https?:\/\//i.test(link) || !URL.canParse(link))) return void problems.push({ line, problem: `the link "${link.slice(0, 60)}" is not a web address` });
    let moves = at.history >= 0 && cell(at.history) ? historyOf(cell(at.history), zone) : null;
    if (at.history >= 0 && cell(at.history) && !moves) return void problems.push({ line, problem: 'its history could not be read' });
    if (!moves) {
      const stateText = cell(at.state);
      const state = stateText ? stateOf(stateText) : defaultState;
      if (!state) return void problems.push({ line, problem: `"${stateText.slice(0, 30)}" is not a state Jobscout knows` });
      const dateText = cell(at.date);
      const when = dateText ? dateOf(dateText, zone) : now;
      if (!when) return void problems.push({ line, problem: `"${dateText.slice(0, 30)}" is not a date` });
      moves = state === 'saved' ? [{ state, at: when, reason: null }] : [{ state: 'saved', at: when, reason: null }, { state, at: when, reason: null }];
    }
    rows.push({ line, title, company, link: link || null, location: cell(at.location) || null, moves });
  });
  return { layout, rows, problems };
}
