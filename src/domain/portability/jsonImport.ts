import { IANAZone } from 'luxon';
import { z } from 'zod';
import { MAX_NOTE_LENGTH } from '../ats/notes.js';
import { CONTACT_ROLES, MAX_CONTACT_NAME } from '../ats/contacts.js';
import { MAX_DRAFT_BODY, MAX_DRAFT_SUBJECT } from '../writing/drafts.js';
import { TEMPLATE_KIND_NAMES, type TemplateKind } from '../writing/templateKinds.js';
import { STATES } from '../ats/lifecycle.js';
import { INTERVIEW_KINDS, INTERVIEW_OUTCOMES } from '../../models/interviews.js';
import { OFFER_STATUSES } from '../../models/offers.js';
import type { ImportRow, ParsedImport } from './csvImport.js';

const instant = z.iso.datetime({ offset: true });
const day = z.iso.date().nullable();
// What the app itself would accept when the same things are typed in.
const text = (max: number) => z.string().max(max);
const link = z.url({ protocol: /^https?$/, message: 'must be an http(s) link' });
const zone = z.string().refine((name) => IANAZone.isValidZone(name), 'is not a time zone');
const currency = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code');

// Jobscout's own JSON export (see searchRecord.ts), read back with everything in it.
const exportFile = z.object({
  applications: z.array(
    z.object({
      title: text(200).min(1),
      company: text(200).min(1),
      link: link.nullable(),
      location: text(200).nullable(),
      stages: z.array(z.object({ state: z.enum(STATES), at: instant, reason: text(500).nullable() })).min(1).max(200),
      interviews: z.array(z.object({ kind: z.enum(INTERVIEW_KINDS), at: instant, timezone: zone, minutes: z.number().int().positive().max(24 * 60), interviewers: text(500).nullable(), location: text(500).nullable().default(null), outcome: z.enum(INTERVIEW_OUTCOMES), feedback: text(MAX_NOTE_LENGTH).nullable() })).max(50),
      offers: z.array(
        z.object({
          base: z.number().int(),
          bonus: z.number().int().nullable(),
          equity: text(200).nullable(),
          currency,
          startDate: day,
          deadline: day,
          status: z.enum(OFFER_STATUSES),
          rounds: z.array(z.object({ asked: text(MAX_NOTE_LENGTH), response: text(MAX_NOTE_LENGTH).nullable(), at: instant })).max(50).default([]),
        }),
      ),
      notes: z.array(z.object({ at: instant, text: text(MAX_NOTE_LENGTH) })).max(500).optional(),
      contacts: z.array(z.object({ name: text(MAX_CONTACT_NAME).min(1), email: z.email().nullable(), role: z.enum(CONTACT_ROLES) })).max(50).optional(),
      emails: z.array(z.object({ at: instant, kind: z.enum(TEMPLATE_KIND_NAMES as [TemplateKind, ...TemplateKind[]]), to: z.email(), subject: text(MAX_DRAFT_SUBJECT), text: text(MAX_DRAFT_BODY) })).max(200).optional(),
    }),
  ),
});

export type ImportedExtras = Pick<z.infer<typeof exportFile>['applications'][number], 'interviews' | 'offers' | 'contacts' | 'emails'> & { notes: { at: string; text: string }[] };

/**
 * Reads a Jobscout JSON export back, interviews, offers with their negotiation rounds, notes,
 * contacts and sent emails included, so leaving and coming back (or moving to another workspace) loses nothing.
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
      extras: { interviews: application.interviews, offers: application.offers, notes: application.notes ?? [], contacts: application.contacts ?? [], emails: application.emails ?? [] },
    });
  });
  return { layout: 'Jobscout JSON export', rows, problems };
}
