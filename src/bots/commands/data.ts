import { z } from 'zod';
import { digestZone, getPreferences } from '../../domain/people/preferences.js';
import { parseImportCsv } from '../../domain/portability/csvImport.js';
import { parseImportJson } from '../../domain/portability/jsonImport.js';
import { toCsv } from '../../domain/portability/csvExport.js';
import { confirmImport, previewImport } from '../../domain/portability/importPlan.js';
import { searchRecord } from '../../domain/portability/searchRecord.js';
import { UserError } from '../../domain/errors.js';
import { readWholeNumber } from '../../domain/wholeNumbers.js';
import { ui, type Reply } from '../ui.js';
import { importPreviewBlocks } from '../views/importPreview.js';
import { FieldReader } from './formValues.js';
import { defineCommand, type ActionDefinition, type CommandContext, type CommandGroup, type FormDefinition } from './types.js';

const FORMATS = ['csv', 'json'] as const;
// What a pasted file may hold: about 200 rows of a LinkedIn export.
const MAX_PASTED_CSV = 50_000;

const exportCommand = defineCommand({
  name: 'export',
  summary: 'Your whole search as a file: every application, its stages with dates, interviews, offers',
  usage: '/job data export [csv|json] [notes]',
  options: [
    { name: 'format', description: 'csv (spreadsheets, the default) or json', type: 'string', required: false, choices: FORMATS },
    { name: 'include', description: 'notes: add your private notes too', type: 'string', required: false, choices: ['notes'] },
  ],
  schema: z.object({ format: z.enum(FORMATS, { message: 'must be csv or json' }).default('csv'), include: z.enum(['notes'], { message: 'can only be notes' }).optional() }),
  async run(ctx, { format, include }) {
    const { services, person } = ctx;
    const record = await searchRecord(services.db, person.id, { notes: include === 'notes' });
    if (record.length === 0) return ui.message([ui.section('You are not tracking any jobs yet, so there is nothing to export. Add one with /job add <title> at <company>.')]);
    const day = services.clock().toISOString().slice(0, 10);
    const data = format === 'csv' ? Buffer.from(toCsv(record), 'utf8') : Buffer.from(`${JSON.stringify({ exportedAt: services.clock().toISOString(), applications: record }, null, 2)}\n`, 'utf8');
    const name = `jobscout-applications-${day}.${format}`;
    return ui.message(
      [ui.section(`Your search: ${record.length} application${record.length === 1 ? '' : 's'} with every stage and its date${include === 'notes' ? ', and your notes' : ''}.`), ui.context('Only you can see this file. /job data import reads it back.')],
      { files: [{ name, title: `Jobscout applications, ${day}`, data }] },
    );
  },
});

function importForm(): Reply {
  return ui.form({
    id: 'import',
    context: '',
    title: 'Import applications',
    submitLabel: 'Preview',
    fields: [
      {
        name: 'csv',
        label: 'CSV with its header line, or a Jobscout JSON export',
        kind: 'multiline',
        manyLines: true,
        required: true,
        placeholder: 'Application Date,Company Name,Job Title,Job Url…',
        hint: "LinkedIn's Job Applications.csv or Saved Jobs.csv, a Jobscout export, or any file with Title and Company columns.",
      },
    ],
  });
}

const importCommand = defineCommand({
  name: 'import',
  summary: 'Bring in applications from a CSV (LinkedIn export, a spreadsheet): preview first',
  usage: '/job data import [file]',
  options: [{ name: 'file', description: 'The CSV file; without one, a form opens to paste it', type: 'attachment', required: false }],
  schema: z.object({ file: z.string().optional() }),
  // Where a file can come with the command (Discord), it is previewed at once; else it is pasted in a form.
  opensForm: (raw) => raw.file === undefined,
  run: async (ctx, { file }) => (file === undefined ? importForm() : preview(ctx, file)),
});

export const importCsvForm: FormDefinition = {
  id: 'import',
  open: async () => importForm(),
  async submit(ctx, _context, values) {
    const fields = new FieldReader(values);
    const csv = fields.required('csv', 'The CSV', MAX_PASTED_CSV);
    if (!fields.ok || !csv) return { ok: false, errors: fields.errors };
    return { ok: true, reply: await preview(ctx, csv) };
  },
};

async function preview(ctx: CommandContext, csv: string): Promise<Reply> {
  const { services, person } = ctx;
  const prefs = await getPreferences(services.db, services.config, person.id);
  let parsed;
  try {
    // Jobscout's own JSON export carries interviews, offers and notes too.
    parsed = csv.trimStart().startsWith('{') ? parseImportJson(csv) : parseImportCsv(csv, digestZone(prefs, person, services.config), services.clock());
  } catch (error) {
    // csv-parse says where: "Invalid Opening Quote: a quote is found on field 2 at line 3".
    return ui.message([ui.section(`That is not a CSV Jobscout can read: ${(error as Error).message.split('\n')[0]}. Paste the file as it is, header line first.`)]);
  }
  return ui.message(importPreviewBlocks(await previewImport(services, { id: person.id, community: ctx.community }, parsed)));
}

/** *Import* under a preview. */
export const importAction: ActionDefinition = {
  action: 'data.import',
  async run(ctx, value) {
    const pendingId = readWholeNumber(value);
    if (pendingId === null) throw new UserError('unknown_import', 'That import is not yours or no longer exists. Run /job data import again.');
    const { imported, skipped } = await confirmImport(ctx.services, ctx.person.id, pendingId);
    const already = skipped ? ` ${skipped} ${skipped === 1 ? 'was' : 'were'} tracked already and left as they are.` : '';
    return ui.message([ui.section(`Imported ${imported} application${imported === 1 ? '' : 's'}.${already} See them with /job list.`)], { replacesSource: true });
  },
};

/** `/job data …`: the person's search in and out of Jobscout. */
export const data: CommandGroup = {
  name: 'data',
  summary: 'Export your search, or import one',
  commands: [exportCommand, importCommand],
};
