import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { personTemplates } from '../../models/personTemplates.js';
import { UserError } from '../errors.js';
import type { Services } from '../services.js';
import { defaultTemplates } from './defaultTemplates.js';
import { isTemplateKind, TEMPLATE_KIND_NAMES, type TemplateKind } from './templateKinds.js';
import { templateProblem, type MessageTemplate } from './templateText.js';

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_TEMPLATE_LENGTH = 3000;

export interface ChosenTemplate extends MessageTemplate {
  kind: TemplateKind;
  personal: boolean;
}

export function parseTemplateKind(input: string): TemplateKind {
  const kind = input.trim().toLowerCase();
  if (!isTemplateKind(kind)) throw new UserError('unknown_template', `There is no template "${input}". Templates: ${TEMPLATE_KIND_NAMES.join(', ')} (see /job templates).`, 'kind');
  return kind;
}

/** The person's own version of a template if they keep one, else Jobscout's. */
export async function templateFor(db: Executor, personId: number, kind: TemplateKind): Promise<ChosenTemplate> {
  const [own] = await db.select().from(personTemplates).where(and(eq(personTemplates.personId, personId), eq(personTemplates.kind, kind)));
  if (own) return { kind, personal: true, subject: own.subject, body: own.body };
  return { kind, personal: false, ...defaultTemplates().get(kind)! };
}

/** Which kinds the person keeps their own version of. */
export async function personalKinds(db: Executor, personId: number): Promise<Set<string>> {
  const rows = await db.select({ kind: personTemplates.kind }).from(personTemplates).where(eq(personTemplates.personId, personId));
  return new Set(rows.map((row) => row.kind));
}

/** Problems with a person's template, by form field: empty, too long, or unknown variables. */
export function personalTemplateProblems(template: MessageTemplate): Record<string, string> {
  const problems: Record<string, string> = {};
  const check = (field: 'subject' | 'body', text: string, max: number) => {
    const label = field === 'subject' ? 'Subject' : 'Message';
    if (!text.trim()) problems[field] = `${label} is required.`;
    else if (text.length > max) problems[field] = `${label} can be at most ${max} characters.`;
    else {
      const problem = templateProblem(text);
      if (problem) problems[field] = problem;
    }
  };
  check('subject', template.subject, MAX_SUBJECT_LENGTH);
  check('body', template.body, MAX_TEMPLATE_LENGTH);
  return problems;
}

/** Keeps the person's own version of a template; the caller has checked it (personalTemplateProblems). */
export async function saveTemplate(services: Services, personId: number, kind: TemplateKind, template: MessageTemplate): Promise<void> {
  const values = { subject: template.subject.trim(), body: template.body.trim(), updatedAt: services.clock() };
  await services.db
    .insert(personTemplates)
    .values({ personId, kind, ...values })
    .onConflictDoUpdate({ target: [personTemplates.personId, personTemplates.kind], set: values });
}

/** Goes back to Jobscout's version; false when the person had none of their own. */
export async function resetTemplate(services: Services, personId: number, kind: TemplateKind): Promise<boolean> {
  const removed = await services.db.delete(personTemplates).where(and(eq(personTemplates.personId, personId), eq(personTemplates.kind, kind))).returning();
  return removed.length > 0;
}
