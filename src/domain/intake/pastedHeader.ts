import { LEGAL_NAME } from './pastedCompany.js';
import { DEPARTMENT, DOMAIN_NAME, EMPLOYMENT, LINK, MODE, MODE_WORDS, PLACE, ROLE } from './pastedWords.js';

/**
 * The header lines job boards and Hacker News put above a posting: "Acme | Senior Engineer |
 * Remote (US) | $150k", "PrairieLearn (Remote US) — Full-Stack Software Engineer", and the
 * company-and-place line under a title ("ACCESS Reproductive Justice | California").
 */

const YC_BATCH = /\s*\((?:YC|Y Combinator)\s*[SWFX]?\d{2,4}\)\s*$/i;

// The same without "remote": the modes that point to an office, whose place a header gives beside them.
const OFFICE_MODE = 'on[- ]?site|onsite|hybrid|in[- ]office|in[- ]person';
const MODE_ONLY = new RegExp(`^\\s*(${MODE})\\s*$`, 'i');
// "ONSITE Cresskill, NJ", "Onsite/Hybrid, London, UK", "Contract / Onsite": the modes before a place.
const LEADING_OFFICE_MODES = new RegExp(`^(?:contract\\s*\\/\\s*)?(?:${OFFICE_MODE})(?:\\s*(?:\\/|or)\\s*(?:${OFFICE_MODE}))*\\b[\\s:,–-]*`, 'i');
const MONEY = /[$€£¥₹]|\b\d+\s?k\b|\b(USD|EUR|GBP|CAD)\b|equity|salary/i;

/** A place as a header writes it, without the mode words around it: "ONSITE Cresskill, NJ" → "Cresskill, NJ". */
function placeOf(part: string): string {
  const bare = part
    .replace(LEADING_OFFICE_MODES, '')
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
const BRACKETED_MODE = new RegExp(`\\s*\\(([^()]*\\b(?:${MODE})\\b[^()]*)\\)\\s*`, 'i');

// Places only: capitalised names or codes parted by slashes, commas or "or" ("NYC / SF", "Berlin, London").
const BRACKETED_PLACES = /\s*\(((?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*)*(?:\s*(?:\/|,|&|\bor\b)\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)+)\)\s*$/;

/** "Acme | Senior Engineer | Remote (US) | $150k | Full-time": the fields of a Hacker News style header. */
export function pipeHeader(lines: string[]): { title: string | null; company: string | null; location: string | null } | null {
  const pipes = lines.slice(0, 3).find((candidate) => candidate.split(PIPE).length >= 3);
  // Dashes part a header only on the posting's first line, and only fields, not a sentence with
  // asides in it ("We are small — 12 people — and we support clinics").
  const dashes = !pipes && lines[0] && lines[0].split(SPACED_DASH).length >= 3 ? lines[0] : undefined;
  const line = pipes ?? dashes;
  if (!line) return null;
  const split = line
    .split(pipes ? PIPE : SPACED_DASH)
    .flatMap((part) => part.split(BRACKETED_MODE))
    .map((part) => part.trim())
    .filter(Boolean);
  // "Parabola Labs (NYC / SF)": the places in brackets after a name are where, not part of the name.
  // Only after the first part, the company's, and not a title's stack list ("Senior Developer (Go, React)").
  const lead = split[0] && !ROLE.test(split[0]) ? BRACKETED_PLACES.exec(split[0]) : null;
  const bracketedPlace = lead?.[1] ?? null;
  const parts = lead ? [split[0]!.replace(BRACKETED_PLACES, '').trim(), ...split.slice(1)] : split;
  const fieldLike = (part: string) => part.length <= 60 && /^[A-Z0-9]/.test(part) && !/[.!?]$/.test(part);
  if (dashes && !(parts.every(fieldLike) && parts.some((part) => ROLE.test(part) && part.split(/\s+/).length <= 6))) return null;
  // "Normcore.io | Head of Strategic Finance | …": a company may lead with its name as its address.
  const domainNamed = (part: string) => part === parts[0] && DOMAIN_NAME.test(part);
  const kept = parts.filter((part) => (!LINK.test(part) || domainNamed(part)) && !(EMPLOYMENT.test(part) && !MODE_WORDS.test(part)) && !(MONEY.test(part) && /\d/.test(part)));
  const modePart = kept.find((part) => MODE_WORDS.test(part));
  // "Full-Time, Onsite" and "Onsite or Remote" say how, not where: bare modes, with the place beside them.
  // "ONSITE (5 days/week)": an aside with a number says how often, not where ("Onsite (New York)" does).
  const modeWords = (modePart ?? '').replace(/\((?=[^()]*\d)[^()]*\)|\b(?:full|part)[- ]?time\b|\bcontract(?:or)?\b|,/gi, ' ').trim();
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
  return { title, company, location: bracketedPlace ?? (location ? placeOf(location) : null) };
}

/**
 * "ACCESS Reproductive Justice | California" or "Ballot Initiative Strategy Center | Remote" on the
 * line under the title: a job board's company-and-place line. Two parts only; a first part naming a role is a title line instead.
 */
export function companyPlaceLine(lines: string[], title: string | null): { company: string; location: string | null } | null {
  // A first line naming a role heads the posting even when it is too long to keep as its title.
  const at = title ? lines.findIndex((line) => line.includes(title)) : ROLE.test(lines[0] ?? '') ? 0 : -1;
  const line = at >= 0 ? lines[at + 1] : undefined;
  const parts = line?.split('|').map((part) => part.trim());
  if (!parts || parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const [company, location] = parts as [string, string];
  const named = (part: string) => part.length <= 60 && /^[A-Z]/.test(part) && !/\d/.test(part) && !LINK.test(part);
  if (!named(company) || !named(location) || ROLE.test(company) || DEPARTMENT.test(company) || EMPLOYMENT.test(location)) return null;
  // "St. Mary's Hospital | Hybrid" names no place; a bare "Remote" is the place, as in a header.
  return { company, location: MODE_ONLY.test(location) && !/^\s*remote\s*$/i.test(location) ? null : location };
}

// A name or a town as a copied page's header lines write them: short, capitalised, no sentence.
const HEADER_FIELD = /^[\p{Lu}\d][^.!?:|]{1,58}[^.!?:|\s]$/u;
// A town, possibly with its region or country and the page's mode after a dot: "Erwitte",
// "Porto Alegre, Brasil · Presencial", "Linköping".
const TOWN_LINE = /^\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}(?:,\s*\p{Lu}[\p{L} '’-]+){0,2}(?:\s*·\s*[\p{L} -]+)?$/u;

/**
 * "Anlagenmechaniker (m/w/d)" / "Hellweg-Sole-Thermen" / "Erwitte", then the posting: a job page
 * copied as its title, its employer, and (often) its town, the way job boards head a posting.
 * Only when the lines after them start the posting's prose, so that a list of short lines (a
 * menu, bullet points) is not read as a header; `headings` are the lines the paste marks as
 * markdown headings.
 */
export function titleCompanyPlace(lines: string[], title: string | null, headings: ReadonlySet<string>): { company: string; location: string | null } | null {
  if (!title || !lines[0]?.startsWith(title.slice(0, 20))) return null;
  const [, company, third, fourth] = lines;
  const prose = (line: string | undefined) => line !== undefined && (line.length >= 40 || /[.!?]$/.test(line) || /^#{1,6}\s/.test(line));
  if (!nameLike(company) || headings.has(company)) return null;
  // A heading in capitals ("OM UPPDRAGET"), the hours or the mode ("Teilzeit", "Presencial") is no town.
  const town = third !== undefined && TOWN_LINE.test(third) && !ROLE.test(third) && !notAName(third) && !(/\s/.test(third) && third === third.toUpperCase());
  // The name counts when it looks like no town ("Hellweg-Sole-Thermen", "KOS KLIMA GmbH") or
  // when the posting writes it again ("Perstorps kommun ligger i…"); "München" over "Bayern",
  // or "London" over a paragraph, may be the town itself.
  const namedAgain = lines.slice(2).some((line) => line.includes(company));
  const noTown = /[-&]|\s/.test(company) || LEGAL_NAME.test(company);
  if (town && prose(fourth) && (noTown || namedAgain)) return { company, location: third };
  // Without a town line, both: a lone word written again may be the town ("our London office").
  return prose(third) && namedAgain && noTown ? { company, location: null } : null;
}

// The words a job page's header lines hold beside the employer: the hours, the contract, the
// mode, its buttons and dates, the level, a section's name; in English and the other languages
// people paste most.
const NOT_A_NAME = /^(?:full[- ]?time|part[- ]?time|contract|permanent|temporary|freelance|internship|remote|hybrid|on[- ]?site|in[- ]office|quick apply|easy apply|apply(?: now)?|save|share|posted\b.*|\d+\s+(?:days?|hours?|weeks?)\s+ago|(?:entry|mid|senior|mid-senior|associate|executive|director)(?:[- ]level)?(?: level)?|the role|job details|about the (?:role|job)|vollzeit|teilzeit|festanstellung|befristet|unbefristet|homeoffice|home office|remoto|h[ií]brido|presencial|tiempo completo|medio tiempo|cdi|cdd|temps plein|temps partiel|t[ée]l[ée]travail|heltid|deltid|distans)$/i;
const notAName = (line: string) => NOT_A_NAME.test(line.trim()) || EMPLOYMENT.test(line) || MODE_WORDS.test(line);

/** A line that can be the employer's name: short, capitalised, no sentence, no place, role, section or page word. */
function nameLike(line: string | undefined): line is string {
  return (
    line !== undefined &&
    HEADER_FIELD.test(line) &&
    !/\d/.test(line) &&
    !ROLE.test(line) &&
    !notAName(line) &&
    !LINK.test(line) &&
    !DEPARTMENT.test(line) &&
    !PLACE.test(line) &&
    !/^(?:about|description|job description|overview|summary|responsibilities|requirements|united (?:kingdom|states)|deutschland|schweiz|österreich|españa|méxico|brasil|sverige|nederland|italia)\b/i.test(line)
  );
}
