import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { applications } from '../../models/applications.js';
import type { Executor } from '../../models/database.js';
import { contacts, type ContactRow } from '../../models/contacts.js';
import { emails, type EmailRow } from '../../models/emails.js';
import { jobs } from '../../models/jobs.js';
import { getApplication, type ApplicationView } from '../ats/applications.js';
import { UserError } from '../errors.js';
import type { Services } from '../services.js';
import { draftFacts, draftRecipient, suggestedKind, templateValues, type DraftFacts } from './draftValues.js';
import { draftSources } from './draftSources.js';
import { ungroundedClaims } from './grounding.js';
import { templateFor } from './personalTemplates.js';
import type { TemplateKind } from './templateKinds.js';
import { fillTemplate, type MessageTemplate } from './templateText.js';

export const MAX_DRAFT_SUBJECT = 200;
// Slack's text inputs hold 3,000 characters: a longer draft could not be edited there.
export const MAX_DRAFT_BODY = 3000;

export interface EmailView extends ApplicationView {
  email: EmailRow;
  contact: ContactRow | null;
}

/** A draft's content before it is stored: what the template makes of this application, and to whom. */
export async function composeDraft(services: Services, personId: number, view: ApplicationView, kind: TemplateKind | undefined, now: Date, options: { written?: boolean } = {}): Promise<{ row: typeof emails.$inferInsert; recipient: ContactRow | null }> {
  const facts = await draftFacts(services.db, personId, view, now);
  const chosen = kind ?? suggestedKind(facts, now);
  const template = await templateFor(services.db, personId, chosen);
  const recipient = draftRecipient(facts, chosen) ?? null;
  const filledTemplate = fillTemplate(template, templateValues(facts, chosen, now));
  const written = services.writer && options.written !== false ? await writtenDraft(services, personId, facts, chosen, filledTemplate, recipient?.name ?? null) : null;
  const filled = written ?? filledTemplate;
  const row = {
    personId,
    applicationId: view.application.id,
    kind: chosen,
    source: written ? 'claude' : template.personal ? 'personal' : 'template',
    contactId: recipient?.id ?? null,
    toAddress: recipient?.email ?? null,
    subject: filled.subject.slice(0, MAX_DRAFT_SUBJECT),
    body: filled.body.slice(0, MAX_DRAFT_BODY),
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  };
  return { row, recipient };
}

/**
 * Claude's draft, when it is grounded: anything it states that the sources do not (a name, a
 * figure, a link) and it is thrown away for the template. A failed call falls back the same way.
 */
async function writtenDraft(services: Services, personId: number, facts: DraftFacts, kind: TemplateKind, template: MessageTemplate, recipientName: string | null): Promise<MessageTemplate | null> {
  const sources = await draftSources(services.db, personId, facts, kind, template, recipientName);
  try {
    const draft = await services.writer!.write(sources);
    const invented = ungroundedClaims(draft, sources);
    if (!invented.length) return draft;
    services.logger.warn({ personId, kind, invented }, 'Claude draft states what its sources do not; using the template');
  } catch (error) {
    services.logger.warn({ err: error, personId, kind }, 'Claude could not draft; using the template');
  }
  return null;
}

/**
 * Drafts a message about one of the person's applications from their template (or Jobscout's),
 * addressed to the contact who fits: kept as a draft until they press Send.
 */
export async function draftEmail(services: Services, personId: number, seq: number, kind?: TemplateKind): Promise<EmailView> {
  const now = services.clock();
  const view = await getApplication(services.db, personId, seq);
  const { row, recipient } = await composeDraft(services, personId, view, kind, now);
  const [email] = await services.db.insert(emails).values(row).returning();
  return { ...view, email: email!, contact: recipient };
}

/** One of the person's emails; someone else's reads as gone. */
export async function getEmail(db: Executor, personId: number, id: number): Promise<EmailView> {
  const [row] = await db
    .select({ email: emails, application: applications, job: jobs, contact: contacts })
    .from(emails)
    .innerJoin(applications, eq(applications.id, emails.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(contacts, eq(contacts.id, emails.contactId))
    .where(and(eq(emails.id, id), eq(emails.personId, personId)));
  if (!row) throw new UserError('unknown_email', 'That draft is no longer there. Draft a new one with /job draft <id>.');
  return row;
}

export function parseEmailId(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new UserError('unknown_email', 'That draft is no longer there. Draft a new one with /job draft <id>.');
  return id;
}

const toSchema = z.email();

/** Problems with an edited draft, by form field. */
export function draftProblems(input: { to: string; subject: string; body: string }): Record<string, string> {
  const problems: Record<string, string> = {};
  if (input.to.trim() && !toSchema.safeParse(input.to.trim()).success) problems.to = `"${input.to.trim().slice(0, 60)}" is not an email address; write it like jane@acme.com.`;
  if (!input.subject.trim()) problems.subject = 'Subject is required.';
  else if (input.subject.length > MAX_DRAFT_SUBJECT) problems.subject = `Subject can be at most ${MAX_DRAFT_SUBJECT} characters.`;
  if (!input.body.trim()) problems.body = 'Message is required.';
  else if (input.body.length > MAX_DRAFT_BODY) problems.body = `Message can be at most ${MAX_DRAFT_BODY} characters.`;
  return problems;
}

const EDITABLE = ['draft', 'failed'];

/** Rewrites a draft the person has not sent yet. */
export async function editDraft(services: Services, personId: number, id: number, input: { to: string; subject: string; body: string }): Promise<EmailView> {
  const current = await getEmail(services.db, personId, id);
  if (!EDITABLE.includes(current.email.status)) throw new UserError('email_not_editable', current.email.status === 'sent' ? 'That email has been sent; it can no longer be changed.' : 'That email is on its way; it can no longer be changed.');
  const to = input.to.trim().toLowerCase() || null;
  const [email] = await services.db
    .update(emails)
    .set({ toAddress: to, contactId: to === current.contact?.email ? current.email.contactId : null, subject: input.subject.trim(), body: input.body.trim(), source: 'edited', updatedAt: services.clock() })
    .where(and(eq(emails.id, id), inArray(emails.status, EDITABLE)))
    .returning();
  if (!email) throw new UserError('email_not_editable', 'That email is on its way; it can no longer be changed.');
  return { ...current, email, contact: to === current.contact?.email ? current.contact : null };
}

/** Throws a draft away, or an email waiting for a retry or for the person's word; one being sent or sent stays. */
export async function discardDraft(services: Services, personId: number, id: number): Promise<EmailView> {
  const current = await getEmail(services.db, personId, id);
  const [email] = await services.db
    .update(emails)
    .set({ status: 'discarded', updatedAt: services.clock() })
    .where(and(eq(emails.id, id), inArray(emails.status, [...EDITABLE, 'queued', 'uncertain'])))
    .returning();
  if (!email && current.email.status !== 'discarded') throw new UserError('email_not_editable', 'That email has already gone out; it can no longer be discarded.');
  return { ...current, email: email ?? current.email };
}
