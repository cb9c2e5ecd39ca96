import { and, asc, desc, eq, gte, lte, ne } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applicationEvents } from '../../models/applications.js';
import type { ContactRow } from '../../models/contacts.js';
import { interviews, type InterviewRow } from '../../models/interviews.js';
import { notes } from '../../models/notes.js';
import { people } from '../../models/people.js';
import { profiles } from '../../models/profiles.js';
import type { ApplicationView } from '../ats/applications.js';
import { contactsOf, interviewerNames, preferredContact } from '../ats/contacts.js';
import type { State } from '../ats/lifecycle.js';
import type { TemplateKind, TemplateValues } from './templateKinds.js';

const DAY_MS = 24 * 60 * 60_000;
// A thank-you fits for a few days after an interview; after that, a nudge does.
const THANK_YOU_DAYS = 4;
const MAX_NOTE_IN_DRAFT = 300;

/** Everything a draft about one application is made from, read once. */
export interface DraftFacts {
  view: ApplicationView;
  personName: string | null;
  contacts: ContactRow[];
  appliedAt: Date | null;
  /** The latest interview that has started, not cancelled. */
  interview: InterviewRow | null;
  /** What the person wrote about it: its feedback, or their latest note since. */
  conversationNote: string | null;
  /** Their skills the posting asks for. */
  matchedSkills: string[];
}

export async function draftFacts(db: Executor, personId: number, view: ApplicationView, now: Date): Promise<DraftFacts> {
  const appId = view.application.id;
  const [[person], contacts, [applied], [interview], [profile]] = await Promise.all([
    db.select({ name: people.displayName }).from(people).where(eq(people.id, personId)),
    contactsOf(db, appId),
    db.select({ at: applicationEvents.occurredAt }).from(applicationEvents).where(and(eq(applicationEvents.applicationId, appId), eq(applicationEvents.toState, 'applied'))).orderBy(asc(applicationEvents.id)).limit(1),
    db
      .select()
      .from(interviews)
      .where(and(eq(interviews.applicationId, appId), ne(interviews.outcome, 'cancelled'), lte(interviews.startsAt, now)))
      .orderBy(desc(interviews.startsAt))
      .limit(1),
    db.select().from(profiles).where(eq(profiles.personId, personId)),
  ]);
  let conversationNote = interview?.feedback ?? null;
  if (!conversationNote && interview) {
    const [note] = await db.select({ body: notes.body }).from(notes).where(and(eq(notes.applicationId, appId), gte(notes.createdAt, interview.startsAt))).orderBy(desc(notes.id)).limit(1);
    conversationNote = note?.body ?? null;
  }
  const mine = new Set((profile?.skills ?? []).map((skill) => skill.name.toLowerCase()));
  const matchedSkills = (view.analysis?.skills ?? []).filter((skill) => mine.has(skill.name.toLowerCase())).map((skill) => skill.name);
  return { view, personName: person?.name ?? null, contacts, appliedAt: applied?.at ?? null, interview: interview ?? null, conversationNote, matchedSkills: [...new Set(matchedSkills)] };
}

/** The after-applying message for an application that has waited this many days. */
export function appliedKindFor(days: number): TemplateKind {
  return days >= 14 ? 'applied-14' : days >= 7 ? 'applied-7' : 'applied-3';
}

/** The message that fits where the application stands now. */
export function suggestedKind(facts: DraftFacts, now: Date): TemplateKind {
  const state = facts.view.application.state as State;
  if (state === 'applied' || state === 'preparing') {
    const days = facts.appliedAt ? (now.getTime() - facts.appliedAt.getTime()) / DAY_MS : 0;
    return appliedKindFor(days);
  }
  if (state === 'offer' || state === 'negotiating') return 'offer-time';
  if (state === 'saved') return 'cover-letter';
  if (facts.interview && now.getTime() - facts.interview.startsAt.getTime() < THANK_YOU_DAYS * DAY_MS) return 'thank-you';
  return 'nudge';
}

/** Who the message goes to: an interviewer for a thank-you, else the recruiter first. */
export function draftRecipient(facts: DraftFacts, kind: TemplateKind): ContactRow | undefined {
  // A follow-up, an answer to an offer or a cover letter is for whoever hires, never for the
  // friend who referred you; only a thank-you goes to an interviewer. Anyone else: To by hand.
  const roles = kind === 'thank-you' ? ['interviewer', 'recruiter', 'hiring_manager', 'other'] : ['recruiter', 'hiring_manager', 'other'];
  return preferredContact(facts.contacts.filter((contact) => roles.includes(contact.role)), kind === 'thank-you' ? 'interviewer' : 'company');
}

const joinNames = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** The variables for a template, from the facts; see TEMPLATE_VARIABLES for what each means. */
export function templateValues(facts: DraftFacts, kind: TemplateKind, now: Date): TemplateValues {
  const recipient = draftRecipient(facts, kind);
  const contact = recipient?.name ?? (kind === 'cover-letter' ? 'Hiring Manager' : 'there');
  const interviewers = interviewerNames(facts.interview?.interviewers);
  const note = facts.conversationNote?.trim().replace(/[.!\s]+$/, '') ?? '';
  return {
    name: facts.personName ?? '',
    company: facts.view.job.company,
    role: facts.view.job.title,
    contact,
    interviewer: recipient?.role === 'interviewer' ? recipient.name : interviewers.length ? joinNames(interviewers) : contact,
    days: facts.appliedAt ? String(Math.max(1, Math.floor((now.getTime() - facts.appliedAt.getTime()) / DAY_MS))) : '',
    notes: note.length > MAX_NOTE_IN_DRAFT ? '' : note,
    skills: joinNames(facts.matchedSkills.slice(0, 4)),
  };
}
