import type { WorkMode } from '../../models/jobs.js';
import { DEPARTEMENT_TOWN } from '../intake/pastedWords.js';
import { namesTheJob } from './titleHead.js';

/** Work mode as a posting's words state it, with the words that say more than the mode. */
export interface WorkModeReading {
  mode: WorkMode;
  /** "3 days a week in the office" when the posting says how hybrid it is. */
  detail: string | null;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const COUNT = '(\\d|one|two|three|four|five)(?:\\s*(?:-|to|or)\\s*(\\d|two|three|four|five))?';
// A bare "3 days a week" counts only in a sentence about the office, not "meetings 4 days a week".
const BARE_DAYS = new RegExp(`\\b${COUNT}\\s*days?\\s*(?:a|per|each|/)\\s*week\\b`, 'gi');
const OFFICE_WORD = /\b(?:office(?!\s+hours)|hq|studio|on[- ]?site|in[- ]person|hybrid)\b/i;
// "3 days a week in the office", "two days per week onsite", "in the office 3 days a week", "3x/week in office".
const OFFICE_DAYS = [
  new RegExp(`\\b${COUNT}\\s*(?:days?|x)\\s*(?:a|per|each|/)?\\s*week\\s*(?:in|at|from|on)?[- ](?:the |our |an |a )?(?:office|hq|studio|site|onsite|on-site|in[- ]person)`, 'i'),
  new RegExp(`\\b(?:in[- ]office|in the office|on[- ]?site|in[- ]person)\\s*(?:for\\s*)?${COUNT}\\s*(?:days?|x)\\s*(?:a|per|each|/)\\s*week`, 'i'),
  // "We ask that you come in 2-3 times per week."
  new RegExp(`\\b(?:come|coming|be) in(?:to (?:the|our) office)?\\s+${COUNT}\\s*(?:days?|times)\\s*(?:a|per|each|/)\\s*week\\b`, 'i'),
];
const HYBRID = /\bhybrid\b/i;
// "hybrid" about how people work, not "hybrid cloud" or "hybrid deployments"; "Location: Hybrid" and
// LinkedIn's "#LI-Hybrid" tag say it too.
const HYBRID_WORK = /\bhybrid[- ](?:role|position|work(?:ing)?|schedule|model|policy|arrangement|opportunity|office|setup|basis|workplace|environment|remote)\b|\b(?:role|position|job|team) is hybrid\b|\(hybrid\)|\bhybrid\s*[-–:(|]|^\s*hybrid\b|\|\s*hybrid\b|\bhybrid in\b|\bon a hybrid\b|\bon (?:a )?hybrid (?:basis|bases|schedule)\b|#LI-hybrid\b|:\s*hybrid\b|\b(?:on[- ]?site|onsite|remote)\s*\/\s*hybrid\b|\bhybrid\s*\/\s*(?:on[- ]?site|onsite|remote)\b/im;
const REMOTE_STRONG = /\b(fully[- ]remote|permanently remote|fully[- ]distributed|(?:open to )?hiring (?:from )?anywhere|100% remote|remote[- ]first|remote[- ]friendly|all[- ]remote|work from anywhere|work from home|remote (?:position|role|job|opportunity|team member)|this (?:role|position|job) (?:is|can be) (?:fully )?remote|remote within|remote (?:in|across) (?:the )?[A-Z]|open to remote|telecommute|wfh|(?:without|no) (?:a )?physical office|(?:from|in) any location (?:with|that has) (?:an? )?internet|(?:role|position|job|work|which|it) (?:can|may|could) be (?:done|performed|worked|based) remotely|if (?:you(?:'re| are) )?working remotely)\b/i;
// "Onsite (New York) or Remote": remote is open to the applicant.
const REMOTE_LABEL = /(^|\n|[(|,\-–—·:]\s*|\bor\s+|\b(?:contract|full[- ]time|part[- ]time|freelance|permanent)\s*\/\s*)remote\b(?!\s+(?:work|workers?|employees|teams?|stipend|setup|culture|option)\b)/i;
const NOT_REMOTE = /\b(not (?:a )?remote|no remote|isn'?t remote|non-remote|not eligible for remote|remote work is not)\b/i;
// A form's "Hybrid Work Availability: No" rules the mode out rather than naming it; read as "not remote" for remote.
const RULED_OUT = /\b(?:\d+%\s*)?(?:remote|hybrid)\s+work\s+(?:availability|available|eligib\w+|option)\s*[:?]?\s*no\b/gi;
// Not the perks: "onsite medical center", "on-site gym".
const ONSITE = /\b(on[- ]?site(?! (?:interviews?|medical|health|clinic|gym|fitness|cafeteria|caf[eé]|childcare|daycare|parking|meals?|lunch|amenities|wellness))|in[- ]office|office[- ]based|in[- ]person(?! (?:client |customer )?(?:meetings?|events?|visits?|interviews?|conferences?|workshops?|sessions?|gatherings?|offsites?|training|collaboration))|in the office (?:five|5) days|5 days (?:a|per) week in the office)\b/i;
// "You will be required to work full-time in our beautiful office in downtown Athens."
// "We work in a spacious office with…": where the team works, so where the job is.
const WORK_IN_OFFICE = /\bwork(?:ing)?\s+(?:full[- ]time\s+)?(?:from|in|at|out of)\s+(?:our|the|an?)\s+(?:(?!home\b)[\w-]+\s+){0,2}(?:office|offices|studio|headquarters|hq)\b(?!\s+(?:setup|equipment|stipend|allowance|budget))/i;

const count = (raw: string | undefined) => (raw ? (NUMBER_WORDS[raw.toLowerCase()] ?? Number(raw)) : null);

// "in one of our offices at least 25% of the time", "50% in office".
const OFFICE_SHARE = [
  /\bin\s+(?:the|an?|our|one of our)\s+offices?\s+(?:at least\s+|about\s+|around\s+)?(\d{1,2})\s?%\s+of\s+(?:the|their|your)\s+time/i,
  /(?<!up to\s)\b(\d{1,2})\s?%\s+(?:of the time\s+)?(?:in[- ](?:the[- ])?office|on[- ]?site)\b(?!\s+travel)/i,
];

// "If you're based in the Bay Area, you will work from our office 2 days a week": office days for
// those who live near one, so the rest work remotely.
const FOR_THOSE_NEARBY = /^\W*(?:if you(?:'re| are)?|for (?:those|anyone|candidates|employees|people))\b[^.;\n]{0,60}\b(?:(?:based|located|living|live|local)\s+(?:in|near|to|within)|nearby|near (?:one of )?our)\b/i;
// "Hybrid" beside cloud words is about where software runs: "an AWS-based hybrid environment".
const ABOUT_SYSTEMS = /\b(?:cloud|on-?prem\w*|infrastructure|aws|azure|gcp|data cent(?:er|re)s?|deployments?|kubernetes|servers?)\b/i;

/** The sentence (or list item) a match sits in. */
function sentenceAt(text: string, index: number): string {
  // Within 300 characters either side: a sentence is no longer, and a 50 KB text is not rescanned per match.
  const from = Math.max(0, index - 300);
  const before = text.slice(from, index);
  const start = from + Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1;
  const after = text.slice(index, index + 300);
  const stop = after.search(/[.;\n]/);
  return text.slice(start, index + (stop < 0 ? after.length : stop));
}

interface OfficeDays {
  text: string;
  /** Asked only of those who live near an office. */
  nearby: boolean;
}

function officeDays(text: string): OfficeDays | null {
  for (const pattern of OFFICE_SHARE) {
    const share = pattern.exec(text);
    if (share && Number(share[1]) > 0 && Number(share[1]) < 100) return { text: `in the office ${share[1]}% of the time`, nearby: FOR_THOSE_NEARBY.test(sentenceAt(text, share.index)) };
  }
  for (const pattern of OFFICE_DAYS) {
    const match = pattern.exec(text);
    const days = match && daysIn(text, match);
    if (days) return days;
  }
  for (const match of text.matchAll(BARE_DAYS)) {
    if (OFFICE_WORD.test(sentenceAt(text, match.index))) return daysIn(text, match);
  }
  return null;
}

function daysIn(text: string, match: RegExpExecArray | RegExpMatchArray): OfficeDays | null {
  const low = count(match[1]);
  const high = count(match[2]);
  if (!low || low > 5 || (high && high > 5)) return null;
  const days = high ? `${low}–${high}` : String(low);
  return { text: `${days} day${low === 1 && !high ? '' : 's'} a week in the office`, nearby: FOR_THOSE_NEARBY.test(sentenceAt(text, match.index!)) };
}

// The forms that name software as often as work: "a hybrid environment", "hybrid setup", "hybrid model".
const AMBIGUOUS_HYBRID = /hybrid[- ](?:environment|setup|model)/i;

// The same in the languages of the postings people paste most after English. In French a bare
// "télétravail" ("Du télétravail", "Télétravail fréquent") is some days from home, not all of them;
// so is German "Homeoffice" or "mobiles Arbeiten", Spanish "teletrabajo", and the Finnish job
// market's "Etätyö: Osittainen etätyömahdollisuus" (a chance of remote work, some of the time).
const ELSEWHERE_REMOTE = /(?:\bfull[- ]remote\b|100\s?%\s*(?:en\s+)?(?:t[ée]l[ée]travail|remoto|Homeoffice|Home-Office|à\s+distance)|t[ée]l[ée]travail\s+(?:complet|total|int[ée]gral|à\s*100\s?%)|enti[èe]rement\s+(?:en\s+t[ée]l[ée]travail|à\s+distance)|vollständig\s+(?:remote|im\s+Homeoffice)|teletrabajo\s+(?:100|completo|total)|(?:trabajo|puesto|posici[óo]n)\s+(?:100\s?%\s+)?remoto|lavoro\s+(?:da\s+)?remoto|completamente\s+(?:da\s+)?remoto|(?:kokonaan|täysin)\s+etä|100\s?%\s*etä)/i;
const ELSEWHERE_HYBRID = /(?:\b(?:travail|mode|modèle|organisation|format)\s+hybride|\bhybride[snr]?\s+arbeit\w*|\b(?:trabajo|modalidad|modelo)\s+h[íi]brid[oa]|\blavoro\s+ibrido|t[ée]l[ée]travail|\bmobile[sn]?\s+arbeiten|\bteletrabajo\b|\bsmart\s+working\b|\bim\s+büro\s+oder\s+remote\b|\bim\s+büro\b[^.\n]{0,80}?\boder\s+von\s+zu\s+hause\b|\bhybridityö|\betätyömahdollisuu|\btyöskennellä\s+etänä|\bhybridarbete|\bdistansarbete)/i;
// German nouns keep their capital: English "home office" is a stipend or a desk, not a way of working.
const HOMEOFFICE = /\bHomeoffice\b|\bHome-Office\b/;
const ELSEWHERE_ONSITE = /(?:pas\s+de\s+t[ée]l[ée]travail|sans\s+t[ée]l[ée]travail|kein(?:e|en)?\s+(?:Homeoffice|Home-Office|Remote)|sin\s+teletrabajo|100\s?%\s+(?:pr[ée]sentiel|presencial|vor\s+Ort)|\bei\s+etätyö|\betätyö:\s*ei\b)/i;

/** Hybrid work named in the words, not a hybrid cloud. */
function saysHybridWork(description: string): boolean {
  for (const match of description.matchAll(new RegExp(HYBRID_WORK.source, 'gim'))) {
    if (!AMBIGUOUS_HYBRID.test(match[0]) || !ABOUT_SYSTEMS.test(sentenceAt(description, match.index))) return true;
  }
  return false;
}

/**
 * Reads the work mode from a posting's words: its location line and title first (a location
 * reading "Remote - US" is plain), then the description. Hybrid wins when the posting mentions
 * it or a number of office days; "not remote" reads as on-site; a bare "remote" counts only as
 * a label ("Remote", "(Remote)", "Location: Remote"), not in "remote teams". Office days asked
 * only of those who live nearby leave a job the words call remote remote, and say so.
 */
export function workModeFromText(location: string | null, title: string, words: string): WorkModeReading | null {
  const heading = `${location ?? ''}\n${title}`;
  const description = words.replace(RULED_OUT, (option) => (/^\W*(?:\d+%\s*)?remote/i.test(option) ? 'not remote' : ' '));
  const days = officeDays(description) ?? officeDays(heading);
  const nearby = days?.nearby ? `${days.text} for those based near one` : null;
  const remoteInHeading = REMOTE_LABEL.test(heading) || REMOTE_STRONG.test(heading);
  const remote = remoteInHeading || REMOTE_STRONG.test(description) || REMOTE_LABEL.test(description);
  if (ELSEWHERE_ONSITE.test(description)) return { mode: 'onsite', detail: null };
  if (ELSEWHERE_REMOTE.test(heading) || ELSEWHERE_REMOTE.test(description)) return { mode: 'remote', detail: null };
  if (HYBRID.test(heading) || saysHybridWork(description) || [ELSEWHERE_HYBRID, HOMEOFFICE].some((words) => words.test(heading) || words.test(description))) return { mode: 'hybrid', detail: days?.text ?? null };
  // Office days for locals leave a job remote only where the words say remote work too.
  if (days && !(days.nearby && remote) && !/\b5 days\b/.test(days.text)) return { mode: 'hybrid', detail: days.text };
  if (NOT_REMOTE.test(heading) || NOT_REMOTE.test(description)) return { mode: 'onsite', detail: null };
  if (remoteInHeading) return { mode: 'remote', detail: nearby };
  if (ONSITE.test(heading)) return { mode: 'onsite', detail: null };
  if (remote) return { mode: 'remote', detail: nearby };
  if (ONSITE.test(description) || WORK_IN_OFFICE.test(description)) return { mode: 'onsite', detail: null };
  return null;
}

// Said on the card, so that a presumption (from a named town, or a board's on-site listing that
// hybrid postings carry too) is not taken for the posting's own word.
export const PRESUMED_WORK_MODE = 'presumed';

// "Remote", "Home-based", "Nationwide" say where people may be, not an office to go to.
const NO_OFFICE = /\b(?:remote|anywhere|worldwide|global(?:ly)?|distributed|various|multiple locations|flexible|home[- ]based|field[- ]based|nationwide|travel)\b/i;
// A town is written with its region or country ("Austin, TX", "Cambridge, Ontario") or as a
// board's code ("US-RI-Kingston") or France Travail's département and town ("71 - AUTUN");
// "Germany", "California" or "EMEA" alone name no office.
const TOWN = /,\s*\S|^[A-Z]{2}-[A-Z]{2}-\S/;

/**
 * A posting that names a place to work and whose data and words say nothing of remote or hybrid
 * work is done there: a nurse's "Austin, TX", a mechanic's "Cambridge, Ontario". Any source: a
 * pasted text, or a Greenhouse or Lever posting with no work-mode field filled in.
 */
export function presumedFromPlace(location: string | null): WorkMode | null {
  const place = location?.trim();
  return place && (TOWN.test(place) || DEPARTEMENT_TOWN.test(place)) && !NO_OFFICE.test(place) ? 'onsite' : null;
}

// Work done with the hands, where the food, the patient, the truck or the machine is.
const HANDS_ON =
  /\b(?:line cook|cook|chef|baker|pastry|barista|bartender|dishwasher|housekeeper|janitor|custodian|cleaner|nurse|caregiver|care (?:assistant|worker)|nursing assistant|phlebotomist|paramedic|dental (?:assistant|hygienist)|medical assistant|veterinary|vet tech|technician|mechanic|electrician|plumber|carpenter|welder|machinist|installer|roofer|truck driver|delivery driver|driver|courier|warehouse (?:associate|worker|operative)|forklift|picker|packer|machine operator|production operator|assembler|cashier|security guard|groundskeeper|landscaper|lifeguard|chemist)s?\b/gi;

/**
 * Work a title names as done in person when nothing else is said: a line cook, an operating-room
 * nurse, a truck driver, a mechanic. Only where the occupation is the title's head noun: a "Nurse
 * Recruiter" recruits, and may do it from home.
 */
export function presumedFromTitle(title: string): WorkMode | null {
  // "Lead Veterinary Nurse / Technician": any hands-on word that no other role follows.
  for (const match of title.matchAll(HANDS_ON)) if (namesTheJob(title, match.index + match[0].length)) return 'onsite';
  return null;
}

/**
 * One work mode from what the source's data states and what the words say. They usually agree;
 * when they don't, the more specific wins — office days written out beat a flag, a flag beats a
 * passing word — and the detail says which source said what.
 */
export function settleWorkMode(stated: WorkMode | null, read: WorkModeReading | null, presumed: WorkMode | null = null): { workMode: WorkMode | null; detail: string | null } {
  if (!read) return { workMode: stated ?? presumed, detail: stated || !presumed ? null : PRESUMED_WORK_MODE };
  if (!stated || stated === read.mode) return { workMode: read.mode, detail: read.detail };
  // Office days written out are more specific than any flag; a bare word is not.
  if (read.mode === 'hybrid' && read.detail) return { workMode: 'hybrid', detail: `${read.detail}; its listing says ${stated}` };
  return { workMode: stated, detail: `its description reads ${read.mode}` };
}
