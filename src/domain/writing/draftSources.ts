import { DateTime } from 'luxon';
import type { Executor } from '../../models/database.js';
import { profiles } from '../../models/profiles.js';
import { eq } from 'drizzle-orm';
import { buildTimeline, type TimelineEntry } from '../ats/timeline.js';
import type { DraftFacts } from './draftValues.js';
import type { DraftSources } from './draftWriter.js';
import type { TemplateKind } from './templateKinds.js';
import type { MessageTemplate } from './templateText.js';

const PURPOSES: Record<TemplateKind, string> = {
  'applied-3': 'a short note three days after applying, saying how interested the sender is',
  'applied-7': 'a polite follow-up a week after applying, with no news yet',
  'applied-14': 'a polite check-in two weeks after applying, asking where things stand',
  'thank-you': 'a thank-you email the day after an interview',
  nudge: 'a polite nudge asking about next steps, after an interview with no news since',
  'offer-time': 'a reply to an offer, thanking them and asking for time to decide',
  'offer-accept': 'a reply accepting the offer',
  'offer-decline': 'a polite reply declining the offer',
  withdraw: 'a polite email withdrawing the application',
  'cover-letter': 'a cover letter for this application, under 250 words, drawing only on the profile and the posting',
};

const MAX_POSTING = 4000;
// Both forms, so a draft may say "Tuesday 10 November" as well as the date.
const day = (at: Date) => `${at.toISOString().slice(0, 10)} (${DateTime.fromJSDate(at, { zone: 'utc' }).toFormat('cccc d LLLL')})`;

function timelineLine(entry: TimelineEntry): string | null {
  switch (entry.kind) {
    case 'created':
      return `Saved on ${day(entry.at)}`;
    case 'state':
      return `Moved from ${entry.from} to ${entry.to} on ${day(entry.at)}`;
    case 'interview':
      return `${entry.interviewKind} interview on ${day(entry.at)}${entry.interviewers ? ` with ${entry.interviewers}` : ''} (${entry.outcome})${entry.feedback ? `: ${entry.feedback}` : ''}`;
    case 'note':
      return `Note: ${entry.body}`;
    case 'followup':
      return `${entry.what.replace('_', ' ')} on ${day(entry.at)}`;
    case 'offer':
      return `Offer received on ${day(entry.at)}`;
    default:
      return null;
  }
}

/** What a writer may draw on for this draft: the application's story, the posting and the profile. */
export async function draftSources(db: Executor, personId: number, facts: DraftFacts, kind: TemplateKind, template: MessageTemplate, recipientName: string | null): Promise<DraftSources> {
  const [{ entries }, [profile]] = await Promise.all([buildTimeline(db, personId, facts.view.application.seq), db.select().from(profiles).where(eq(profiles.personId, personId))]);
  const skills = profile?.skills.map((skill) => skill.name).join(', ') ?? '';
  const titles = profile?.targetTitles.join(', ') ?? '';
  return {
    kind,
    purpose: PURPOSES[kind],
    personName: facts.personName,
    company: facts.view.job.company,
    role: facts.view.job.title,
    recipientName,
    timeline: entries.map(timelineLine).filter((line): line is string => line !== null),
    posting: (facts.view.job.description ?? '').slice(0, MAX_POSTING),
    profile: [skills && `Skills: ${skills}`, titles && `Looking for: ${titles}`].filter(Boolean).join('. '),
    template,
  };
}
