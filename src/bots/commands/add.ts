import { z } from 'zod';
import { addApplication } from '../../domain/ats/applications.js';
import { UserError } from '../../domain/errors.js';
import { ui } from '../ui.js';
import { applicationCard } from '../views/applicationCard.js';
import { defineCommand } from './types.js';

const USAGE = '/job add <title> at <company> [url]';
// Any scheme is taken as the link so that a wrong one is refused rather than read as the company.
const URL_AT_END = /\s+([a-z][a-z0-9+.-]*:\/\/\S+)$/i;

/** "Senior Engineer at Acme https://…": the last " at " splits title from company. */
export function parseAddText(args: string): Record<string, string | undefined> {
  let text = args.trim();
  let url: string | undefined;
  const urlMatch = URL_AT_END.exec(` ${text}`);
  if (urlMatch) {
    url = urlMatch[1];
    text = ` ${text}`.slice(0, urlMatch.index).trim();
  }
  const split = text.toLowerCase().lastIndexOf(' at ');
  if (split < 0) {
    throw new UserError('add_syntax', `Write the title, "at", then the company, e.g. /job add Backend Engineer at Acme https://acme.com/jobs/1`);
  }
  return { title: text.slice(0, split).trim(), company: text.slice(split + 4).trim(), url };
}

export const add = defineCommand({
  name: 'add',
  summary: 'Start tracking a job',
  usage: USAGE,
  options: [
    { name: 'title', description: 'Job title', type: 'string', required: true },
    { name: 'company', description: 'Company', type: 'string', required: true },
    { name: 'url', description: 'Link to the posting', type: 'string', required: false },
  ],
  schema: z.object({
    title: z.string({ message: 'is missing' }).trim().min(1, 'is missing').max(200, 'is longer than 200 characters'),
    company: z.string({ message: 'is missing' }).trim().min(1, 'is missing').max(200, 'is longer than 200 characters'),
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) link' })
      .max(2000)
      .optional(),
  }),
  parseText: parseAddText,
  async run(ctx, options) {
    const view = await addApplication(ctx.services, ctx.person.id, { title: options.title, company: options.company, url: options.url ?? null });
    return ui.message(applicationCard(view, `Saved #${view.application.seq}.`));
  },
});
