import { z } from 'zod';
import { STATES } from '../ats/lifecycle.js';
import { INTERVIEW_KINDS, INTERVIEW_OUTCOMES } from '../../models/interviews.js';
import { OFFER_STATUSES } from '../../models/offers.js';
import type { ImportRow, ParsedImport } from './csvImport.js';

const instant = z.iso.datetime({ offset: true });
const day = z.iso.date().nullable();

// Jobscout's own JSON export (see searchRecord.ts), read back with everything in it.
const exportFile = z.object({
  applications: z.array(
    z.object({
      title: z.string().min(1),
      company: z.string().min(1),
      link: z.url().nullable(),
      location: z.string().nullable(),
      stages: z.array(z.object({ state: z.enum(STATES), at: instant, reason: z.string().nullable() })).min(1),
      interviews: z.array(z.object({ kind: z.enum(INTERVIEW_KINDS), at: instant, timezone: z.string(), minutes: z.number().int().positive(), interviewers: z.string().nullable(), location: z.string().nullable().default(null), outcome: z.enum(INTERVIEW_OUTCOMES), feedback: z.string().nullable() })),
      offers: z.array(
        z.object({
          base: z.number().int(),
          bonus: z.number().int().nullable(),
          equity: z.string().nullable(),
          currency: z.string(),
          startDate: day,
          deadline: day,
          status: z.enum(OFFER_STATUSES),
          rounds: z.array(z.object({ asked: z.string(), response: z.string().nullable(), at: instant })).default([]),
        }),
      ),
      notes: z.array(z.object({ at: instant, text: z.string() })).optional(),
    }),
  ),
});

export type ImportedExtras = Pick<z.infer<typeof exportFile>['applications'][number], 'interviews' | 'offers'> & { notes: { at: string; text: string }[] };

/**
 * Reads a Jobscout JSON export back, interviews, offers with their negotiation rounds, and notes
 * included, so leaving and coming back (or moving to another workspace) loses nothing.
 */
export function parseImportJson(text: string): ParsedImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { layout: 'JSON', rows: [], problems: [{ line: 1, problem: `it is not JSON Jobscout can read (${(error as Error).message})` }] };
  }
  const file = z.object({ applications: z.array(z.unknown()) }).safeParse(raw);
  if (!file.success) return { layout: 'JSON', rows: [], problems: [{ line: 1, problem: 'it is not a Jobscout export: there is no "applications" list' }] };
  const rows: ImportRow[] = [];
  const problems: ParsedImport['problems'] = [];
  file.data.applications.forEach((entry, index) => {
    const parsed = exportFile.shape.applications.element.safeParse(entry);
    // JSON has no lines to speak of: entries are numbered from 1, as the export lists them.
    if (!parsed.success) return void problems.push({ line: index + 1, problem: `entry ${index + 1}: ${parsed.error.issues[0]!.path.join('.')} ${parsed.error.issues[0]!.message}` });
    const application = parsed.data;
    rows.push({
      line: index + 1,
      title: application.title,
      company: application.company,
      link: application.link,
      location: application.location,
      moves: application.stages.map((stage) => ({ state: stage.state, at: new Date(stage.at), reason: stage.reason })),
      extras: { interviews: application.interviews, offers: application.offers, notes: application.notes ?? [] },
    });
  });
  return { layout: 'Jobscout JSON export', rows, problems };
}
