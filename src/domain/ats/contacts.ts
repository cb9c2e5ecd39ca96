import { and, asc, eq, max } from 'drizzle-orm';
import addressparser from 'nodemailer/lib/addressparser/index.js';
import { z } from 'zod';
import type { Executor } from '../../models/database.js';
import { contacts, type ContactRow } from '../../models/contacts.js';
import { emails } from '../../models/emails.js';
import type { ApplicationRow } from '../../models/applications.js';
import { UserError } from '../errors.js';
import { changePersonData } from '../people/changes.js';
import type { Services } from '../services.js';
import { getApplication, type ApplicationView } from './applications.js';
import { appendEvent } from './events.js';
import { parseItemRef } from './itemRef.js';

export const CONTACT_ROLES = ['recruiter', 'hiring_manager', 'referrer', 'interviewer', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  referrer: 'Referrer',
  interviewer: 'Interviewer',
  other: 'Other',
};

export const MAX_CONTACT_NAME = 100;

export interface ContactInput {
  name: string;
  email: string | null;
  role: ContactRole;
}

const emailSchema = z.email();

/** Reads a role as typed: "hiring manager", "Hiring_Manager", "hm". */
export function parseContactRole(input: string): ContactRole | null {
  const word = input.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (word === 'hm' || word === 'manager') return 'hiring_manager';
  return (CONTACT_ROLES as readonly string[]).includes(word) ? (word as ContactRole) : null;
}

/** Checks what was typed for a contact; problems come back by field. */
export function contactProblems(input: { name: string; email: string | null }): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!input.name.trim()) problems.name = 'Name is required.';
  else if (input.name.length > MAX_CONTACT_NAME) problems.name = `Name can be at most ${MAX_CONTACT_NAME} characters.`;
  if (input.email && !emailSchema.safeParse(input.email.trim()).success) problems.email = `"${input.email.trim().slice(0, 60)}" is not an email address; write it like jane@acme.com.`;
  return problems;
}

async function insertContact(tx: Executor, application: ApplicationRow, personId: number, input: ContactInput, now: Date): Promise<ContactRow> {
  const [last] = await tx.select({ seq: max(contacts.seq) }).from(contacts).where(eq(contacts.applicationId, application.id));
  const [row] = await tx
    .insert(contacts)
    .values({ applicationId: application.id, personId, seq: (last?.seq ?? 0) + 1, name: input.name.trim(), email: input.email?.trim().toLowerCase() || null, role: input.role, createdAt: now })
    .returning();
  return row!;
}

/** Adds a contact to one of the person's applications; it is theirs alone, like a note. */
export async function addContact(services: Services, personId: number, seq: number, input: ContactInput): Promise<ApplicationView & { contact: ContactRow }> {
  const problems = contactProblems(input);
  const [field, problem] = Object.entries(problems)[0] ?? [];
  if (field) throw new UserError('bad_contact', problem!, field);
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const view = await getApplication(tx, personId, seq, true);
    const contact = await insertContact(tx, view.application, personId, input, now);
    const application = await appendEvent(tx, view.application, {
      type: 'contact_added',
      actorPersonId: personId,
      payload: { contactId: contact.id, summary: `Contact ${seq}.${contact.seq} added: ${contact.name} (${CONTACT_ROLE_LABELS[input.role].toLowerCase()})` },
      occurredAt: now,
    });
    return { application, job: view.job, contact };
  });
}

/**
 * Interviewers typed with their addresses in the interview form ("Ada <ada@acme.com>, Grace")
 * become contacts, once each: the thank-you then has someone to go to.
 */
export async function rememberInterviewers(tx: Executor, application: ApplicationRow, personId: number, interviewers: string | null | undefined, now: Date): Promise<ContactRow[]> {
  if (!interviewers) return [];
  const typed = addressparser(interviewers, { flatten: true }).filter((entry) => emailSchema.safeParse(entry.address).success);
  if (!typed.length) return [];
  const known = new Set((await contactsOf(tx, application.id)).map((contact) => contact.email));
  const added: ContactRow[] = [];
  for (const entry of typed) {
    const email = entry.address.toLowerCase();
    if (known.has(email)) continue;
    known.add(email);
    added.push(await insertContact(tx, application, personId, { name: entry.name.trim().slice(0, MAX_CONTACT_NAME) || email, email, role: 'interviewer' }, now));
  }
  return added;
}

/** Only the names from an interviewers field that may hold addresses. */
export function interviewerNames(interviewers: string | null | undefined): string[] {
  if (!interviewers) return [];
  return addressparser(interviewers, { flatten: true }).map((entry) => entry.name.trim() || entry.address).filter(Boolean);
}

export async function contactsOf(db: Executor, applicationId: number): Promise<ContactRow[]> {
  return db.select().from(contacts).where(eq(contacts.applicationId, applicationId)).orderBy(asc(contacts.seq));
}

/** The application's contacts, for its owner only. */
export async function listContacts(db: Executor, personId: number, seq: number): Promise<ApplicationView & { contacts: ContactRow[] }> {
  const view = await getApplication(db, personId, seq);
  return { ...view, contacts: await contactsOf(db, view.application.id) };
}

/** Reads "3.2" (application 3, contact 2). */
export function parseContactRef(input: string): { seq: number; contactSeq: number } {
  const { seq, itemSeq } = parseItemRef(input, () => new UserError('bad_contact_ref', `"${input}" is not a contact. Write 3.2 for the second contact of application #3; /job contact list 3 numbers them.`));
  return { seq, contactSeq: itemSeq };
}

/** Removes a contact. Emails already drafted to them keep their address. */
export async function removeContact(services: Services, personId: number, ref: { seq: number; contactSeq: number }): Promise<ApplicationView & { contact: ContactRow }> {
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const view = await getApplication(tx, personId, ref.seq, true);
    const [contact] = await tx.select().from(contacts).where(and(eq(contacts.applicationId, view.application.id), eq(contacts.seq, ref.contactSeq)));
    if (!contact) throw new UserError('unknown_contact', `You have no contact ${ref.seq}.${ref.contactSeq}. /job contact list ${ref.seq} lists them.`);
    await tx.update(emails).set({ contactId: null }).where(eq(emails.contactId, contact.id));
    await tx.delete(contacts).where(eq(contacts.id, contact.id));
    const application = await appendEvent(tx, view.application, {
      type: 'contact_removed',
      actorPersonId: personId,
      payload: { contactId: contact.id, summary: `Contact ${ref.seq}.${ref.contactSeq} removed: ${contact.name}` },
      occurredAt: now,
    });
    return { ...view, application, contact };
  });
}

/** Who a message about this application goes to: the recruiter first, then the hiring manager, a referrer, anyone else. */
export function preferredContact(list: readonly ContactRow[], kind: 'interviewer' | 'company'): ContactRow | undefined {
  const order: ContactRole[] = kind === 'interviewer' ? ['interviewer', 'recruiter', 'hiring_manager', 'other', 'referrer'] : ['recruiter', 'hiring_manager', 'other', 'referrer', 'interviewer'];
  // Someone Jobscout can write to beats someone it can only name.
  const withEmail = list.filter((contact) => contact.email);
  const pool = withEmail.length ? withEmail : list;
  for (const role of order) {
    const found = pool.find((contact) => contact.role === role);
    if (found) return found;
  }
  return undefined;
}
