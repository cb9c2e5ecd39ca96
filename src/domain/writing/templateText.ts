import Mustache from 'mustache';
import { TEMPLATE_VARIABLES, type TemplateValues } from './templateKinds.js';

/** A subject and body, both templates: `{{company}}`, and `{{#notes}}…{{/notes}}` for a part shown only when there is something to say. */
export interface MessageTemplate {
  subject: string;
  body: string;
}

type Token = [type: string, value: string, start: number, end: number, children?: Token[]];

const KNOWN = new Set(Object.keys(TEMPLATE_VARIABLES));
const known = () => Object.keys(TEMPLATE_VARIABLES).map((name) => `{{${name}}}`).join(', ');

/**
 * What is wrong with a template, in words for the form's field, or null when it is fine: only
 * known variables, and none of Mustache's partials or delimiter changes (they have no use in an
 * email and would make the template mean something else than it reads).
 */
export function templateProblem(text: string): string | null {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(text) as Token[];
  } catch (error) {
    return `${(error as Error).message.replace(/ at \d+$/, '')}. Variables are written {{company}}; an optional part {{#notes}}…{{/notes}}.`;
  }
  const unknown = new Set<string>();
  const visit = (list: Token[]) => {
    for (const [type, value, , , children] of list) {
      if (type === '>' || type === '=') unknown.add(`{{${type}${value}}}`);
      else if (type !== 'text' && type !== '!' && !KNOWN.has(value)) unknown.add(`{{${value}}}`);
      if (children) visit(children);
    }
  };
  visit(tokens);
  if (!unknown.size) return null;
  return `Unknown variable${unknown.size > 1 ? 's' : ''} ${[...unknown].join(', ')}. Known: ${known()}.`;
}

/** Fills a template. Emails are plain text, so nothing is HTML-escaped. */
export function fillTemplate(template: MessageTemplate, values: TemplateValues): MessageTemplate {
  const config = { escape: (value: unknown) => String(value) };
  const subject = Mustache.render(template.subject, values, {}, config).replace(/\s+/g, ' ').trim();
  const body = Mustache.render(template.body, values, {}, config)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { subject, body };
}
