import { escapeRegExp } from '../escapeRegExp.js';
import type { ParsedPosting } from './posting.js';
import { presumedFromPlace } from '../analysis/workModeText.js';
import { placeFromSentences } from './placeSentence.js';

const LABELLED = (label: string) => new RegExp(`^\\s*(?:${label})\\s*[:\\-–]\\s*(.+)$`, 'im');
const TITLE_LINE = LABELLED('job title|title|position|role');
const COMPANY_LINE = LABELLED('company|employer|organi[sz]ation|hiring company');
const LOCATION_LINE = LABELLED('location|based in|office');
const AT_COMPANY = /^(.{3,100}?)\s+(?:at|@)\s+([^,.\n]{2,60})$/i;
const DASH_COMPANY = /^(.{3,100}?)\s+[-–—|]\s+([^,.\n]{2,60})$/;
const ABOUT_COMPANY = /^about\s+(?!us\b|the\b|you\b|this\b|our\b|the role\b)([A-Z][\w&.' -]{1,50}?)\s*:?\s*$/im;
// Names are words on one line: [ \t], not \s, so a title on the line above is not taken in.
// "Natural Essentials, Inc." keeps its legal suffix after the comma.
const NAME = "[A-Z][\\w&.'-]+(?:[ \\t]+[A-Z][\\w&.'-]+){0,3}(?:,[ \\t]+(?:Inc|LLC|Ltd|GmbH|S\\.?A|B\\.?V)\\.?)?";
const COMPANY_IS_HIRING = new RegExp(`\\b(${NAME})[ \\t]+is[ \\t]+(?:hiring|looking for|seeking)\\b`);
const JOIN_COMPANY = /\b[Jj]oin[ \t]+([A-Z][\w&.'-]+(?:[ \t]+[A-Z][\w&.'-]+){0,2})\b/;
// "Documo builds document software…", "GoCardless is growing fast": a first sentence whose subject is
// the company. Not "Relocation is included": what follows "is" says what, or what it is doing.
const COMPANY_DOES = new RegExp(`^(?:[-•*][ \\t]*)?(?:[A-Z][\\w ]{1,20}:[ \\t]*)?(${NAME})(?:[ \\t]+\\([A-Z]{2,6}\\))?[ \\t]+(?:is[ \\t]+(?:a|an|the|one|on|[a-z]+ing)|builds|helps|makes|provides|develops|creates|offers|delivers|empowers|enables|was founded|was built|has)\\b`, 'm');
// "Civitai is a fully remote company…", "Flint is a healthcare staffing platform": a line of its own
// saying what the company is (read near the top or in a closing "about us").
const COMPANY_IS_A = new RegExp(`^(?:[-•*][ \\t]*)?(${NAME})[ \\t]+is[ \\t]+(?:a|an|the)[ \\t]+[^.\\n]{0,60}?\\b(?:company|startup|firm|agency|organi[sz]ation|non-?profit|provider|platform|marketplace|business|employer|brand|studio|lab|leader)\\b`, 'm');
// The equal-opportunity line names the employer: "Zero Networks is an equal opportunity employer".
const COMPANY_EEO = new RegExp(`\\b(${NAME})[ \\t]+is[ \\t]+(?:an?[ \\t]+)?(?:proud[ \\t]+)?(?:[Ee]qual[ \\t]+[Oo]pportunity|EEO|E-Verify)`);
const AT_COMPANY_WE = new RegExp(`\\bAt[ \\t]+(${NAME}),[ \\t]+(?:we|our)\\b`);
// "…part of our all-remote team at Sourcegraph.": where the reader would work.
const TEAM_AT = new RegExp(`\\bour\\b[^.\\n]{0,80}\\bteam[ \\t]+at[ \\t]+(${NAME})(?=[.!]?(?:\\s|$))`, 'm');

// Words that make a phrase a job title.
const ROLE =
  /\b(engineer|developer|programmer|architect|manager|designer|analyst|scientist|researcher|writer|editor|lead|director|head|vp|vice president|chief|officer|specialist|coordinator|executive|representative|consultant|administrator|technician|associate|assistant|strategist|marketer|accountant|controller|recruiter|partner|advisor|adviser|agent|nurse|intern|sre|devops|producer|operator|owner|principal|founding|cto|cfo|coo|generalist|facilitator|instructor|teacher|tester|support|staff|baker|chef|cook|driver|mechanic|electrician|plumber|carpenter|welder|machinist|installer|cashier|clerk|bartender|barista|attendant|supervisor|foreman|worker|laborer|cleaner|janitor|housekeeper|receptionist|caregiver|therapist|pharmacist|physician|tutor|counselor|paralegal|attorney|lawyer|auditor|bookkeeper|buyer|planner|estimator|inspector|sweeper|porter|guard|chemist|biologist|physicist|geologist|technologist|statistician|economist|hygienist|dentist|veterinarian|surgeon|doctor|librarian|translator|interpreter|photographer|videographer|animator|illustrator|copywriter|journalist|reporter|trainer|coach|dispatcher|courier|server|waiter|waitress|host|dishwasher|nanny)s?\b/i;
// A team's name in a header, never a company's.
const DEPARTMENT = /^(engineering|sales|marketing|product|design|operations|finance|support|customer success|data|research|people|hr|legal|it|security|growth|business development)$/i;
const EMPLOYMENT = /^(full[- ]?time|part[- ]?time|contract(or)?|freelance|internship|permanent|temporary|ft|pt)\b/i;
const YC_BATCH = /\s*\((?:YC|Y Combinator)\s*[SWFX]?\d{2,4}\)\s*$/i;
const MODE_ONLY = /^\s*(remote|hybrid|on[- ]?site|onsite|in[- ]office|in[- ]person)\s*$/i;
const MODE_WORDS = /\b(remote|hybrid|on[- ]?site|in[- ]office|onsite|in[- ]person)\b/i;
const MONEY = /[$€£¥₹]|\b\d+\s?k\b|\b(USD|EUR|GBP|CAD)\b|equity|salary/i;
const LINK = /https?:\/\/|www\.|@[\w-]+\.\w|\.(com|io|ai|co|org|dev|app)\b/i;
const PLACE = /,\s*[A-Z]{2}\b|\b[A-Z][a-z]+,\s*[A-Z][a-z]+|\b(US|USA|UK|EU|EMEA|APAC|Canada|Germany|France|Remote)\b/;

/** Markdown and rich-text marks people paste along with the words. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s*/gm, '')
    .replace(/\*\*|__/g, '');
}

/** A place as a header writes it, without the mode words around it: "ONSITE Cresskill, NJ" → "Cresskill, NJ". */
function placeOf(part: string): string {
  const bare = part
    // "ONSITE Cresskill, NJ", "Onsite/Hybrid, London, UK": the modes go, the place stays.
    .replace(/^(?:contract\s*\/\s*)?(?:on[- ]?site|onsite|hybrid|in[- ]office)(?:\s*(?:\/|or)\s*(?:on[- ]?site|onsite|hybrid|in[- ]office))*\b[\s:,–-]*/i, '')
    .replace(/^\((.*)\)$/, '$1')
    // "Onsite (New York) or Remote" → "New York or Remote".
    .replace(/^\(([^()]+)\)\s*(or|\/)\s*(remote)$/i, '$1 or $3')
    .trim();
  return bare || part.trim();
}

// Hacker News headers part their fields with pipes, and some with spaced dashes.
const PIPE = /\s*\|\s*/;
const SPACED_DASH = /\s+[—–]\s+/;
// "PrairieLearn (Remote US)", "Kirkland, WA (In Person) Founding Engineer": a mode in brackets parts a field too.
const BRACKETED_MODE = /\s*\(([^()]*\b(?:remote|hybrid|on[- ]?site|onsite|in[- ]office|in[- ]person)\b[^()]*)\)\s*/i;

/** "Acme | Senior Engineer | Remote (US) | $150k | Full-time": the fields of a Hacker News style header. */
function pipeHeader(lines: string[]): { title: string | null; company: string | null; location: string | null } | null {
  const fieldsOf = (candidate: string) => (candidate.split(PIPE).length >= 3 ? candidate.split(PIPE) : candidate.split(SPACED_DASH).length >= 3 ? candidate.split(SPACED_DASH) : null);
  const line = lines.slice(0, 3).find((candidate) => fieldsOf(candidate));
  if (!line) return null;
  const parts = fieldsOf(line)!
    .flatMap((part) => part.split(BRACKETED_MODE))
    .map((part) => part.trim())
    .filter(Boolean);
  // A sentence with two dashes in it is no header: one of a header's fields names the role.
  if (!line.includes('|') && !parts.some((part) => ROLE.test(part))) return null;
  const kept = parts.filter((part) => !LINK.test(part) && !(EMPLOYMENT.test(part) && !MODE_WORDS.test(part)) && !(MONEY.test(part) && /\d/.test(part)));
  const modePart = kept.find((part) => MODE_WORDS.test(part));
  // "Full-Time, Onsite" and "Onsite or Remote" say how, not where: bare modes, with the place beside them.
  const modeWords = (modePart ?? '').replace(/\b(?:full|part)[- ]?time\b|\bcontract(?:or)?\b|,/gi, ' ').trim();
  const bareMode = modePart !== undefined && MODE_ONLY.test(modeWords.replace(/\s+or\s+(?:remote|hybrid)\s*$/i, ' ').trim());
  const title = kept.find((part) => part !== modePart && ROLE.test(part)) ?? null;
  // Without a title in it, the header is a department line ("Engineering | Remote | Full Time"),
  // or a company's line that leaves the title to the form ("EnsoData | Sales | Remote US").
  // "Recurse Center (YC S10)": the accelerator batch is not part of the name.
  const companyPart = kept.find((part) => part !== title && part !== modePart && !DEPARTMENT.test(part));
  const company = companyPart?.replace(YC_BATCH, '') ?? null;
  const others = kept.filter((part) => part !== title && part !== modePart && part !== companyPart);
  // Beside a bare "Onsite" or "Hybrid", the place is the part next to it, even unspelled
  // ("Onsite | Brooklyn"); a bare "Remote" stays the location ("REMOTE | Rust, Postgres").
  const placeNeeded = bareMode && !/^\W*remote\W*$/i.test(modeWords);
  const placePart = others.find((part) => PLACE.test(part)) ?? (placeNeeded ? others.find((part) => !/\d/.test(part) && part.length <= 40 && !part.includes(',')) : undefined);
  const location = (placeNeeded && placePart ? placePart : (modePart ?? placePart)) ?? null;
  return { title, company, location: location ? placeOf(location) : null };
}

/**
 * "ACCESS Reproductive Justice | California" or "Ballot Initiative Strategy Center | Remote" on the
 * line under the title: a job board's company-and-place line. Two parts only; a first part naming a role is a title line instead.
 */
function companyPlaceLine(lines: string[], title: string | null): { company: string; location: string } | null {
  // A first line naming a role heads the posting even when it is too long to keep as its title.
  const at = title ? lines.findIndex((line) => line.includes(title)) : ROLE.test(lines[0] ?? '') ? 0 : -1;
  const line = at >= 0 ? lines[at + 1] : undefined;
  const parts = line?.split('|').map((part) => part.trim());
  if (!parts || parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const [company, location] = parts as [string, string];
  const named = (part: string) => part.length <= 60 && /^[A-Z]/.test(part) && !/\d/.test(part) && !LINK.test(part);
  if (!named(company) || !named(location) || ROLE.test(company) || DEPARTMENT.test(company) || EMPLOYMENT.test(location)) return null;
  return { company, location };
}

/** "E-Commerce Web Developer (Heraklion Crete)": the place a title carries in brackets. */
function placeInTitle(title: string | null): string | null {
  const inside = title ? /\(([^()]{2,40})\)\s*$/.exec(title)?.[1] : undefined;
  if (!inside || ROLE.test(inside) || /\d|,.*,/.test(inside) || EMPLOYMENT.test(inside)) return null;
  // "(Python)" or "(Full-stack)" says what kind of job; a place is spelled like one or is two names.
  if (!PLACE.test(inside) && !/^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'\]-]+)+$/.test(inside)) return null;
  return inside.replace(/[[\]]/g, '').trim();
}

/** A job title as a header or a sentence names it, without a parenthesised stack list or "role". */
function cleanTitle(title: string): string {
  return title
    .replace(/\s*\(([^)]*,[^)]*,[^)]*)\)\s*/, ' ')
    .replace(/\s+(?:role|position|opening|vacancy)$/i, '')
    .trim();
}

/** "Senior WordPress Developer – Truffle Digital" further down: the title again, with its company. */
function companyBesideTitle(lines: string[], title: string | null): string | undefined {
  if (!title) return undefined;
  const beside = new RegExp(`^${escapeRegExp(title)}\\s+(?:[-–—|@]|at)\\s+([A-Z][^,.\\n]{1,59})$`);
  for (const line of lines.slice(1, 40)) {
    const company = beside.exec(line)?.[1]?.trim();
    if (company && !ROLE.test(company)) return company;
  }
  return undefined;
}

/** "…is looking for an HR Coordinator to…": the role a sentence says the company is hiring. */
function titleFromSentence(text: string): string | null {
  const match = /\b(?:hiring|looking for|seeking|searching for)\s+(?:an?|our|a new|two|several)?\s*(?:(?:experienced|talented|skilled|seasoned|passionate|motivated|driven|exceptional|strong|great)\s+)*((?:[A-Z][\w/&+.-]*\s+){0,5}[A-Z][\w/&+.-]*)(?=\s+(?:to|who|with|that|in|for|at|based)\b|[.,!])/.exec(text);
  return match && ROLE.test(match[1]!) ? match[1]!.trim() : null;
}

/** A line that can be a job title on its own: short, no sentence, and naming a role. */
function titleLine(lines: string[]): string | null {
  return lines.slice(0, 4).find((line) => line.length <= 100 && !/[.!?:]$/.test(line) && !/:\s*\S/.test(line) && !line.includes('|') && ROLE.test(line) && !/^(about|job description|description|the role|role)\b/i.test(line)) ?? null;
}

/** "Location: Berlin"; not "Location : Location", a copied form's label repeated. */
function labelledPlace(text: string): string | null {
  const value = LOCATION_LINE.exec(text)?.[1]?.trim();
  if (!value || /^location\b/i.test(value)) return null;
  // "Location: BISC HQ is located in Washington, DC, but…": a sentence, whose place is the value.
  return value.length > 60 ? placeFromSentences(value) : value;
}

/** A field a copied page puts on the line under its label ("External Company Name" / "Oak View Group"). */
function valueBelow(lines: string[], label: RegExp): string | null {
  const at = lines.findIndex((line) => label.test(line));
  const value = at >= 0 ? lines[at + 1] : undefined;
  return value && value.length <= 60 && !LINK.test(value) ? value : null;
}

/**
 * The place in a copied job page's header block ("Account Manager / Sales / Boston - USA /
 * Full-time / Hybrid / Description"), or under a "Location" line of its own.
 */
function placeLine(lines: string[]): string | null {
  const labelled = valueBelow(lines, /^location:?$/i);
  if (labelled) return labelled;
  const header = lines.slice(1, 8);
  const end = header.findIndex((line) => /^(description|about|job description|overview)\b/i.test(line));
  return (
    header
      .slice(0, end < 0 ? header.length : end)
      .find((line) => line.length <= 60 && !/[.!?:]$/.test(line) && !line.includes('|') && PLACE.test(line) && !ROLE.test(line) && !LINK.test(line)) ?? null
  );
}

/**
 * A posting's text names its title and company somewhere near the top; this finds them in the
 * usual layouts: a Hacker News header ("Acme | Engineer | Remote"), labelled lines ("Job Title:",
 * "Company:"), "Title at Company", an "About Acme" section, "Acme is hiring a…". Null when the
 * title or the company can't be told, so the form can ask for what is missing.
 */
export function readPastedText(text: string): ParsedPosting | null {
  const { title, company, location } = readPastedFields(text);
  if (!title || !company) return null;
  return pastedPosting(text, { title, company, location });
}

/** A pasted posting once its title and company are known (read from it, or typed into the form). */
export function pastedPosting(text: string, { title, company, location }: { title: string; company: string; location: string | null }): ParsedPosting {
  return {
    title,
    company,
    location,
    workMode: null,
    presumedWorkMode: presumedFromPlace(location),
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    description: text.trim(),
    source: 'pasted',
    externalId: null,
  };
}

export interface PastedFields {
  title: string | null;
  company: string | null;
  location: string | null;
}

/** What the text says of title, company and place; null for what it doesn't say clearly. */
// A name is a few words on a line: "Acme is a leading provider of…" after "Company:" is a sentence.
// "This is a hybrid role", "It is…": a sentence's subject that names nobody.
const NO_NAME = /^(?:this|that|it|we|our|you|your|they|there|here|the|a|an|who|what|which|note|join|position|role)$/i;

// A full stop ends a sentence, not a name, but for the "Inc." of "Natural Essentials, Inc.".
const endsSentence = (value: string) => /[!?]$/.test(value) || (/\.$/.test(value) && !/\b(?:Inc|Ltd|Co|Corp|Bros|S\.A|B\.V)\.$/.test(value));

const plausibleName = (value: string | null | undefined): string | null =>
  value && value.length <= 80 && value.split(/\s+/).length <= 8 && !endsSentence(value) && !/\s(is|are|was|we)\s/i.test(value) && !NO_NAME.test(value.trim()) ? value : null;

/** The first of `readings` that gives a plausible name, running no more of them than needed. */
function firstName(readings: (() => string | undefined)[]): string | null {
  for (const reading of readings) {
    // "…our growing team at SD Freight Corp. If you are interested": the name ends with its sentence.
    const name = plausibleName(reading()?.replace(/(?<!\b(?:St|Mt|Ft|Dr|[A-Z]))\.\s+\S.*$/, ''));
    if (name) return name;
  }
  return null;
}

export function readPastedFields(text: string): PastedFields {
  const readable = plain(text);
  const lines = readable
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return { title: null, company: null, location: null };
  const header = pipeHeader(lines);
  const labelledTitle = TITLE_LINE.exec(readable)?.[1]?.trim();
  // "Role: Build and extend backend services…" is a section, not a title.
  let title = header?.title ?? (labelledTitle && labelledTitle.length <= 80 && !/[.!?]$/.test(labelledTitle) ? labelledTitle : null);
  // A labelled field says it outright; a header's parts only by their place.
  let company = COMPANY_LINE.exec(readable)?.[1]?.trim() ?? valueBelow(lines, /\bcompany name$/i) ?? header?.company ?? null;
  const first = lines[0]!;
  const dashed = DASH_COMPANY.exec(first);
  // "IEN - Registered Nurse Emergency Room": a role after the dash is more of the title, not a company.
  const split = header ? null : (AT_COMPANY.exec(first) ?? (dashed && !(ROLE.test(dashed[2]!) && !ROLE.test(dashed[1]!)) ? dashed : null));
  if (split) {
    title ??= split[1]!.trim();
    company ??= split[2]!.trim();
  }
  title ??= titleLine(lines) ?? titleFromSentence(readable);
  const boardLine = companyPlaceLine(lines, title);
  company ??= boardLine?.company ?? null;
  // Each reading in turn, stopping at the first that names somebody ("This is a hybrid role" doesn't).
  company ??= firstName([
    () => ABOUT_COMPANY.exec(readable)?.[1]?.trim(),
    () => COMPANY_IS_HIRING.exec(readable)?.[1],
    () => AT_COMPANY_WE.exec(readable)?.[1],
    // The equal-opportunity line is the employer's own; a first sentence may be about a tool it uses.
    () => COMPANY_EEO.exec(readable)?.[1],
    () => COMPANY_DOES.exec(lines.slice(0, 15).filter((line) => !ABOUT_COMPANY.test(line)).join('\n'))?.[1],
    () => companyBesideTitle(lines, title),
    () => JOIN_COMPANY.exec(readable)?.[1],
    // Near the top, or in the "about us" a posting often ends with; not a tool named in between.
    () => COMPANY_IS_A.exec([...lines.slice(0, 25), ...lines.slice(25).slice(-10)].join('\n'))?.[1],
    // "…our all-remote team at Sourcegraph.": the name without the sentence's full stop.
    () => TEAM_AT.exec(readable)?.[1]?.replace(/\.$/, ''),
  ]);
  const bracketed = placeInTitle(title);
  if (bracketed && title) title = title.slice(0, title.lastIndexOf('(')).trim();
  return {
    title: plausibleName(title ? cleanTitle(title) : null),
    company: plausibleName(company),
    location: labelledPlace(readable) ?? header?.location ?? boardLine?.location ?? bracketed ?? placeLine(lines) ?? placeFromSentences(readable),
  };
}
