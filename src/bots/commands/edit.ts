import { z } from 'zod';
import { salaryFromText } from '../../domain/analysis/salaryText.js';
import { getApplication } from '../../domain/ats/applications.js';
import { editJob } from '../../domain/ats/jobEdits.js';
import { UserError } from '../../domain/errors.js';
import type { JobRow } from '../../models/jobs.js';
import { ui } from '../ui.js';
import { applicationCard } from '../views/applicationCard.js';
import { formatSalary, zoneOf } from '../views/format.js';
import { FieldReader } from './formValues.js';
import { ID_OPTION, idOnly, parseSeq } from './options.js';
import { defineCommand, type CommandContext, type FormDefinition } from './types.js';

const link = z.url({ protocol: /^https?$/ }).max(2000);
const NONE = /^(none|-|n\/a)$/i;

// Discord's modals hold five inputs: the deadline has its own command, /job deadline.
function editForm(seq: number, job: JobRow) {
  return ui.form({
    id: 'job-edit',
    context: String(seq),
    title: `Edit #${seq} · ${job.company}`.slice(0, 45),
    submitLabel: 'Save',
    fields: [
      { name: 'title', label: 'Job title', kind: 'text', required: true, initial: job.title },
      { name: 'company', label: 'Company', kind: 'text', required: true, initial: job.company },
      { name: 'url', label: 'Link to the posting', kind: 'text', required: false, placeholder: 'https://acme.com/jobs/1', initial: job.url ?? undefined },
      { name: 'location', label: 'Location', kind: 'text', required: false, placeholder: 'Berlin, DE', initial: job.location ?? undefined },
      { name: 'salary', label: 'Salary', kind: 'text', required: false, placeholder: '90k–110k EUR, or $45/hour', initial: formatSalary(job) ?? undefined, hint: 'A range, one figure or "up to"; with the currency.' },
    ],
  });
}

async function openEditForm(ctx: CommandContext, seq: number) {
  const { job } = await getApplication(ctx.services.db, ctx.person.id, seq);
  return editForm(seq, job);
}

export const edit = defineCommand({
  name: 'edit',
  summary: 'Correct a job: title, company, link, location, salary (opens a form)',
  usage: '/job edit <id>',
  opensForm: true,
  options: [ID_OPTION],
  schema: idOnly,
  run: (ctx, options) => openEditForm(ctx, options.id),
});

export const editJobForm: FormDefinition = {
  id: 'job-edit',
  open: (ctx, context) => openEditForm(ctx, parseSeq(context)),
  async submit(ctx, context, values) {
    const seq = parseSeq(context);
    const fields = new FieldReader(values);
    const title = fields.required('title', 'Job title', 200);
    const company = fields.required('company', 'Company', 200);
    const url = fields.parse('url', (raw) => {
      if (!link.safeParse(raw).success) throw new UserError('bad_url', 'Link must be an http(s) address, e.g. https://acme.com/jobs/1.');
      return raw;
    });
    const location = fields.optional('location', 'Location', 200);
    const salary = fields.parse('salary', (raw) => {
      if (NONE.test(raw)) return null;
      const read = salaryFromText(`Salary: ${raw}`);
      if (!read) throw new UserError('bad_salary', 'Salary: write it like 90k–110k EUR, up to £80k, or $45/hour — or leave it empty.');
      if (!read.currency) throw new UserError('no_currency', 'Salary: add the currency, e.g. 90k–110k EUR.');
      return { min: read.min, max: read.max, currency: read.currency, period: read.period };
    });
    if (!fields.ok || !title || !company) return { ok: false, errors: fields.errors };
    const result = await editJob(ctx.services, ctx.person.id, seq, { title, company, url, location, salary });
    const lead = !result.changed.length
      ? 'Nothing changed.'
      : `Saved: ${result.changed.join(', ')}.${result.copied ? ' Others who track this posting still see it as it was; your version is yours.' : ''}`;
    return { ok: true, reply: ui.message(applicationCard(result, lead, zoneOf(ctx.services, ctx.person))) };
  },
};
