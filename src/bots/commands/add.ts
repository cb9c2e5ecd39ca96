import { z } from 'zod';
import { addApplication, type JobInput } from '../../domain/ats/applications.js';
import { refineAnalysis } from '../../domain/analysis/refineAnalysis.js';
import { readPastedFields, readPastedText } from '../../domain/intake/pastedText.js';
import { isUserError, UserError } from '../../domain/errors.js';
import { zoneOf } from '../views/format.js';
import { ui, type Reply } from '../ui.js';
import { addedLead, applicationCard } from '../views/applicationCard.js';
import { FieldReader } from './formValues.js';
import { optionalText } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext, type FormDefinition } from './types.js';

const USAGE = '/job add <url> | <title> at <company> [url]';
const MAX_NAME = 200;
const MAX_POSTING = 20_000;
// Any scheme is taken as the link so that a wrong one is refused rather than read as the company.
const URL_AT_END = /\s+([a-z][a-z0-9+.-]*:\/\/\S+)$/i;

const name = z.string().max(MAX_NAME, `is longer than ${MAX_NAME} characters`);
const link = z.url({ protocol: /^https?$/, message: 'must be an http(s) link' }).max(2000, 'is longer than 2000 characters');

/**
 * "Senior Engineer at Acme https://…": the last " at " splits title from company. A link alone
 * is read from the page, a pasted posting from its text; nothing at all opens the form.
 */
export function parseAddText(args: string): Record<string, string | undefined> {
  let text = args.trim();
  if (!text) return {};
  // Several lines are a posting pasted in, not "<title> at <company>".
  if (text.includes('\n')) return { text };
  if (/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(text)) return { url: text };
  let url: string | undefined;
  const urlMatch = URL_AT_END.exec(` ${text}`);
  if (urlMatch) {
    url = urlMatch[1];
    text = ` ${text}`.slice(0, urlMatch.index).trim();
  }
  const split = text.toLowerCase().lastIndexOf(' at ');
  if (split < 0) {
    throw new UserError('add_syntax', `Write the title, "at", then the company, e.g. /job add Backend Engineer at Acme https://acme.com/jobs/1 — or just /job add for a form.`);
  }
  return { title: text.slice(0, split).trim(), company: text.slice(split + 4).trim(), url };
}

/** The "Add a job" form, with whatever is already known filled in, and why it is asked if it is. */
function addForm(initial: { title?: string; company?: string; url?: string }, why?: string): Reply {
  return ui.form({
    id: 'add',
    context: '',
    title: 'Add a job',
    submitLabel: 'Save job',
    fields: [
      // Not required by the platform: a pasted posting may name them, and submit says when neither does.
      { name: 'title', label: 'Job title', kind: 'text', required: false, placeholder: 'Backend Engineer', initial: initial.title, ...(why ? { hint: why } : {}) },
      { name: 'company', label: 'Company', kind: 'text', required: false, placeholder: 'Acme', initial: initial.company },
      { name: 'url', label: 'Link to the posting', kind: 'text', required: false, placeholder: 'https://acme.com/jobs/1', initial: initial.url },
      { name: 'posting', label: 'Or paste the posting', kind: 'multiline', manyLines: true, required: false, placeholder: 'Senior Engineer at Acme…', hint: 'Title and company can be left empty when the text names them.' },
    ],
  });
}

async function save(ctx: CommandContext, job: JobInput): Promise<Reply> {
  const view = await addApplication(ctx.services, { personId: ctx.person.id, community: ctx.community }, job);
  if (!view.alreadyTracked) view.analysis = (await refineAnalysis(ctx.services, view.job)) ?? view.analysis;
  return ui.message(applicationCard(view, addedLead(view), zoneOf(ctx.services, ctx.person)));
}

/** What a paste that doesn't name both title and company is missing, with what it did name. */
function unreadableText(text: string): string {
  const { title, company } = readPastedFields(text);
  const help = 'put "<title> at <company>" on its first line, or use /job add alone and paste it into the form.';
  if (title) return `Couldn't tell the company from that text (the title reads "${title}") — ${help}`;
  if (company) return `Couldn't tell the job title from that text (the company reads "${company}") — ${help}`;
  return `Couldn't tell the title and company from that text — ${help}`;
}

/** A posting pasted in: title and company are read from the text, which becomes the description. */
async function saveFromText(ctx: CommandContext, text: string): Promise<Reply> {
  const posting = readPastedText(text);
  if (!posting) throw new UserError('unreadable_text', unreadableText(text), 'text');
  return save(ctx, posting);
}

/** A link alone: the posting is read from the page and saved with everything found there. */
async function saveFromLink(ctx: CommandContext, link: string): Promise<Reply> {
  // The page readers (cheerio and friends) load with the first link, not at every start.
  const { readPosting } = await import('../../domain/intake/readPosting.js');
  const { posting, url } = await readPosting(ctx.services, link);
  return save(ctx, { ...posting, url });
}

export const add = defineCommand({
  name: 'add',
  summary: 'Start tracking a job: a link is read for you; nothing opens a form',
  usage: USAGE,
  options: [
    { name: 'title', description: 'Job title', type: 'string', required: false },
    { name: 'company', description: 'Company', type: 'string', required: false },
    { name: 'url', description: 'Link to the posting', type: 'string', required: false },
    { name: 'text', description: "The posting's text, pasted", type: 'string', required: false },
  ],
  schema: z.object({
    title: optionalText.pipe(name.optional()),
    company: optionalText.pipe(name.optional()),
    url: optionalText.pipe(link.optional()),
    text: optionalText.pipe(z.string().max(MAX_POSTING, `is longer than ${MAX_POSTING} characters`).optional()),
  }),
  parseText: parseAddText,
  opensForm: (raw) => !raw.url && !raw.text && (!raw.title || !raw.company),
  async run(ctx, options) {
    if (options.text && !options.title && !options.company) return saveFromText(ctx, options.text);
    if (options.url && !options.title && !options.company) return saveFromLink(ctx, options.url);
    // Whatever is missing is asked for in the form, with what was given already filled in.
    if (!options.title || !options.company) return addForm(options);
    return save(ctx, { title: options.title, company: options.company, url: options.url ?? null });
  },
});

/** "Add a job" buttons and link shortcuts: the value is a link to prefill, or empty. */
export const addAction: ActionDefinition = {
  action: 'job.add',
  opensForm: true,
  run: async (_ctx, value) => addForm({ url: link.safeParse(value).success ? value : undefined }),
};

/**
 * Save a link found somewhere (Slack's "Save to Jobscout" shortcut): read it like /job add
 * <link>; when the page can't be read, ask for title and company with the link filled in.
 */
export const saveLinkAction: ActionDefinition = {
  action: 'job.savelink',
  opensForm: true,
  async run(ctx, value) {
    try {
      return await saveFromLink(ctx, value);
    } catch (error) {
      if (!isUserError(error) || error.field !== 'url') throw error;
      return addForm({ url: value }, error.message.replace(/ Nothing was saved\.$/, ''));
    }
  },
};

export const addJobForm: FormDefinition = {
  id: 'add',
  open: async (_ctx, context) => addForm({ url: context || undefined }),
  async submit(ctx, _context, values) {
    const fields = new FieldReader(values);
    const text = fields.optional('posting', 'The posting', MAX_POSTING);
    // A pasted posting may name the title and company itself; what it doesn't say clearly is
    // asked for on its field rather than guessed.
    const read = text ? readPastedFields(text) : null;
    // A posting that is itself refused (too long) is the one thing to fix, not "title is required".
    const postingRefused = fields.errors.posting !== undefined;
    const ask = (name: string, label: string, unclear: string) =>
      postingRefused ? fields.optional(name, label, MAX_NAME) : fields.required(name, label, MAX_NAME, read ? unclear : undefined);
    const title = fields.text('title') || !read?.title ? ask('title', 'Job title', "The posting doesn't say the job title clearly — type it here.") : read.title;
    const company = fields.text('company') || !read?.company ? ask('company', 'Company', "The posting doesn't name the company clearly — type it here.") : read.company;
    const url = fields.parse('url', (raw) => {
      const parsed = link.safeParse(raw);
      if (!parsed.success) throw new UserError('bad_url', 'Link must be an http(s) address, e.g. https://acme.com/jobs/1.');
      return parsed.data;
    });
    if (!fields.ok || !title || !company) return { ok: false, errors: fields.errors };
    return { ok: true, reply: await save(ctx, { title, company, location: read?.location ?? null, url: url ?? null, description: text ?? null, source: text ? 'pasted' : 'manual' }) };
  },
};
