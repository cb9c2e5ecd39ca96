import { withoutControlCharacters } from '../controlCharacters.js';
import { escapeRegExp } from '../escapeRegExp.js';
import { markdownAsWords } from './markdownText.js';
import type { ParsedPosting } from './posting.js';
import { companyPlaceLine, pipeHeader, titleCompanyPlace } from './pastedHeader.js';
import { cleanTitle, titleFromSentence, titleFromSentenceElsewhere, titleLine, titleOverDateOrGenders, withoutAsides } from './pastedTitle.js';
import { CONTRACT, DEPARTEMENT_TOWN, DEPARTMENT, DOMAIN_NAME, EMPLOYMENT, LINK, MODE_WORDS, PLACE, ROLE } from './pastedWords.js';
import { placeFromSentences } from './placeSentence.js';
import { companyInWords, plausibleCompany, plausibleName, postalAddress } from './pastedCompany.js';

// The headings a posting is cut into: never the employer's name.
const SECTION_HEADING = /^(?:about\b|overview|summary|the role|role\b|the job|job\b|position\b|responsibilities|requirements|qualifications|what\b|who\b|why\b|how\b|our\b|your\b|benefits|perks|compensation|salary|location|description|details|introduction|the team|team\b|key\b|skills|duties|apply)/i;
// [ \t], not \s: a run of blank lines before a label would be tried from every one of them.
const LABELLED = (label: string) => new RegExp(`^[ \\t]*(?:${label})[ \\t]*[:\\-–][ \\t]*(.+)$`, 'im');
// A place given as a list item with its colon: "* Location: Any UK Made Tech Office Hub (Bristol, …)".
// Not "- Company-paid life insurance", nor "- Office: a loft with free lunch" among the perks.
const LISTED_PLACE = /^\s*[-•*][ \t]*location\s*:\s*(.+)$/im;
const TITLE_LINE = LABELLED('job title|title|position|role');
// "Business:" only with its colon: "Business-to-business sales" is a requirement.
const COMPANY_LINE = LABELLED('company|employer|business(?=\\s*:)|organi[sz]ation|hiring company');
const LOCATION_LINE = LABELLED('location|based in|office');
// The same fields in the languages people paste most after English, and in a job board's list of
// them ("- **公司**: adstrong", "Stellenanzeige: DevOps Engineer"): always with a colon, since
// "Firma" or "Poste" may begin a sentence; a full-width one in Chinese and Japanese.
const COLON_LABELLED = (label: string) => new RegExp(`^[ \\t]*(?:[-•*][ \\t]*)?(?:${label})[ \\t]*[:：][ \\t]*(.+)$`, 'im');
const TITLE_LINE_ELSEWHERE = COLON_LABELLED('stellenanzeige|stellenbezeichnung|stellentitel|jobtitel|intitulé du poste|poste|puesto|職位|职位|職稱|职称|職種');
const COMPANY_LABELS_ELSEWHERE = 'unternehmen|firma|arbeitgeber|entreprise|société|employeur|empresa|公司|公司名稱|公司名称|会社名|企業名';
const LOCATION_LABELS_ELSEWHERE = 'standort|arbeitsort|einsatzort|dienstort|lieu de travail|lieu|localisation|local|localização|ubicación|lugar de trabajo|sede|地點|地点|工作地點|工作地点|勤務地';
const COMPANY_LINE_ELSEWHERE = COLON_LABELLED(COMPANY_LABELS_ELSEWHERE);
const LOCATION_LINE_ELSEWHERE = COLON_LABELLED(LOCATION_LABELS_ELSEWHERE);
// "Location" over "Berlin"; and in other languages, "Standort", "Lieu", "Local", "勤務地".
const LOCATION_LABEL_ALONE = new RegExp(`^(?:location|${LOCATION_LABELS_ELSEWHERE})\\s*[:：]?$`, 'i');
// "Data Analyst at a startup" names no company: a name doesn't start with "a" or "an".
const AT_COMPANY = /^(.{3,100}?)\s+(?:at|@)\s+(?!(?:a|an)\s)([^,.\n]{2,60})$/i;
const DASH_COMPANY = /^(.{3,100}?)\s+[-–—|]\s+([^,.\n]{2,60})$/;
const COHORT = /^\d{4}\b|\b(?:graduates?|interns?|internship|trainees?|traineeship|apprentices?|apprenticeship|cohort|summer|new grad)\b/i;
/** Markdown and rich-text marks people paste along with the words. */
function plain(text: string): string {
  return markdownAsWords(text)
    .replace(/^#{1,6}\s*/gm, '')
    // Text copied from a page's source keeps its tags: "Civil Engineer II-IV<br/>".
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi, '');
}

/**
 * "# [Software Engineer - Backend (E5)](…)" over "### Fountain": a job board's page in markdown, its
 * title a heading and the employer the short heading under it. The dash in such a title is part
 * of it, not a "Title - Company" line.
 */
function headingPair(text: string): { title: string; company: string } | null {
  const [first, second] = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (!first || !second || !/^#{1,3}\s/.test(first) || !/^#{2,4}\s/.test(second)) return null;
  const [title, company] = [plain(first).trim(), plain(second).trim()];
  // "## About Acme", "## Overview", "## Remote, US", "## Full-time": a section or a detail, not a name.
  const name =
    company.length <= 40 &&
    company.split(/\s+/).length <= 4 &&
    /^[\p{Lu}\d]/u.test(company) &&
    ![ROLE, SECTION_HEADING, PLACE, MODE_WORDS, EMPLOYMENT, DEPARTMENT].some((words) => words.test(company)) &&
    !/[\d`]|[.!?:]$/.test(company);
  // A board's title heading links to the posting ("# [Title](…)"); otherwise the name must come up again below.
  const board = /^#{1,3}\s*\[[^\]]+\]\([^)]*\)/.test(first);
  const namedAgain = text.split(company).length > 2;
  return title && ROLE.test(title) && name && (board || namedAgain) ? { title, company } : null;
}

/** "VersaFeed.com" as "VersaFeed" when the posting also writes the name without its address ("Normcore.io" stays). */
function bareDomainName(company: string, text: string): string {
  const bare = DOMAIN_NAME.exec(company)?.[1];
  return bare && new RegExp(`(?<![\\p{L}\\d.])${escapeRegExp(bare)}(?![\\p{L}\\d]|\\.[\\p{L}])`, 'u').test(text) ? bare : company;
}

/**
 * "`🌎 United States (Remote)`": a board's place without the code marks and the globe around it;
 * of "`💰 USD $93,000~$125,800` `🌎 Remote, United States`", the part that is no pay.
 */
function shownPlace(place: string | null): string | null {
  const parts = [...(place ?? '').matchAll(/`([^`]+)`/g)].map((part) => part[1]!);
  const chosen = parts.length > 1 ? (parts.find((part) => !/[$€£¥₹]\s?\d|\b(?:USD|EUR|GBP|CAD)\b/.test(part)) ?? place) : place;
  const bare = chosen?.replace(/[`*_]+|\p{Extended_Pictographic}\uFE0F?/gu, '').trim();
  // "remote,Remote": a board's mode said twice is one; "New York, New York" is a town and its state.
  return (/^remote\s*,\s*remote$/i.test(bare ?? '') ? 'Remote' : bare) || null;
}

/** "E-Commerce Web Developer (Heraklion Crete)": the place a title carries in brackets. */
function placeInTitle(title: string | null): string | null {
  const inside = title ? /\(([^()]{2,40})\)\s*$/.exec(title)?.[1] : undefined;
  if (!inside || ROLE.test(inside) || /\d|,.*,/.test(inside) || EMPLOYMENT.test(inside)) return null;
  // "(Python)" or "(Full-stack)" says what kind of job; a place is spelled like one or is two names.
  if (!PLACE.test(inside) && !/^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'\]-]+)+$/.test(inside)) return null;
  return inside.replace(/[[\]]/g, '').trim();
}

/** "Location: Berlin"; not "Location : Location", a copied form's label repeated. */
function labelledPlace(text: string): string | null {
  const value = (LOCATION_LINE.exec(text) ?? LISTED_PLACE.exec(text) ?? LOCATION_LINE_ELSEWHERE.exec(text))?.[1]?.trim();
  if (!value || /^location\b/i.test(value)) return null;
  // "Location: BISC HQ is located in Washington, DC, but…": a sentence, whose place is the value.
  // A long list of offices ("San Francisco, CA; New York, NY; …") is still the value.
  return value.length > 60 && /\b(?:is|are|was|will|may|can)\b/.test(value) ? placeFromSentences(value) : value;
}

// A copied page's field label alone on its line, the name under it: "External Company Name" /
// "Oak View Group"; France Travail's "Entreprise" / "DIM FRANCE SAS" at the foot of its postings.
const COMPANY_NAME_LABEL = /\bcompany name$/i;
// A bare label is a field only in a record's foot, where France Travail puts it: near the top,
// "Company" is a site's menu ("Product / Company / About us").
const COMPANY_LABEL_ALONE = new RegExp(`^(?:company|employer|hiring company|${COMPANY_LABELS_ELSEWHERE})$`, 'i');
const FOOT = 12;

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
  const labelled = valueBelow(lines, LOCATION_LABEL_ALONE);
  if (labelled) return labelled;
  const header = lines.slice(1, 8);
  const end = header.findIndex((line) => /^(description|about|job description|overview)\b/i.test(line));
  return (
    header
      .slice(0, end < 0 ? header.length : end)
      // "Remote, or San Francisco. This role is available either full-time or contract.": the place is the first sentence.
      // Only names and "or" in that sentence: "We are located in Cambridge, Ontario. Due to…" is read by the place sentences.
      .map((line) => {
        const first = /^([^.]{2,60})\.\s+[A-Z]/.exec(line)?.[1];
        return first && /^[A-Z][\w'-]*(?:[\s,]+(?:[A-Z][\w'-]*|or|and|&|\/))*$/.test(first) ? first : line;
      })
      .find((line) => line.length <= 60 && !/[.!?:]$/.test(line) && !line.includes('|') && (PLACE.test(line) || DEPARTEMENT_TOWN.test(line)) && !ROLE.test(line) && !LINK.test(line)) ?? null
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
export function pastedPosting(pasted: string, { title, company, location }: { title: string; company: string; location: string | null }): ParsedPosting {
  const text = withoutControlCharacters(pasted);
  return {
    title,
    company,
    location,
    workMode: null,
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

// A French or German title runs longer than a name: "Technicien / Technicienne de maintenance en équipements industriels (H/F)".
const TITLE_LENGTH = { chars: 100, words: 12 };

/** What the text says of title, company and place; null for what it doesn't say clearly. */
export function readPastedFields(pasted: string): PastedFields {
  const text = withoutControlCharacters(pasted);
  const readable = plain(text);
  const lines = readable
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return { title: null, company: null, location: null };
  const header = pipeHeader(lines);
  // "Poste : CDI, temps plein" says what kind of contract, not which job.
  const elsewhereTitle = TITLE_LINE_ELSEWHERE.exec(readable)?.[1]?.trim();
  const labelledTitle = TITLE_LINE.exec(readable)?.[1]?.trim() ?? (elsewhereTitle && /^\p{L}/u.test(elsewhereTitle) && !CONTRACT.test(elsewhereTitle) ? elsewhereTitle : undefined);
  // "Role: Build and extend backend services…" is a section, not a title.
  let title = header?.title ?? (labelledTitle && labelledTitle.length <= 80 && !/[.!?]$/.test(labelledTitle) ? labelledTitle : null);
  // A labelled field says it outright; a header's parts only by their place.
  // "Company: We're Premsys, a bootstrapped early-stage startup…": the name in the sentence.
  const labelledCompany = (COMPANY_LINE.exec(readable) ?? COMPANY_LINE_ELSEWHERE.exec(readable))?.[1]?.trim().replace(/^we(?:'|’)re[ \t]+([A-Z][\w&.'-]*(?:[ \t]+[A-Z][\w&.'-]*){0,3})[,.].*$/i, '$1');
  let company = labelledCompany ?? valueBelow(lines, COMPANY_NAME_LABEL) ?? header?.company ?? null;
  const headings = header ? null : headingPair(text);
  if (headings) {
    title ??= headings.title;
    company ??= headings.company;
  }
  const first = lines[0]!;
  // "NGS Sales Specialist (m/f/d | 100%)": a bar inside brackets parts nothing.
  const dashed = DASH_COMPANY.test(withoutAsides(first)) ? DASH_COMPANY.exec(first) : null;
  // "IEN - Registered Nurse Emergency Room": a role after the dash is more of the title, not a company;
  // so is a cohort ("Automation Engineer | 2026 Graduate").
  const moreOfTitle = (part: string) => (ROLE.test(part) && !ROLE.test(dashed![1]!)) || COHORT.test(part);
  const split = header || headings ? null : (AT_COMPANY.exec(first) ?? (dashed && !moreOfTitle(dashed[2]!) ? dashed : null));
  if (split) {
    title ??= split[1]!.trim();
    company ??= split[2]!.trim();
  } else if (dashed && COHORT.test(dashed[2]!) && ROLE.test(dashed[1]!)) title ??= first;
  title ??= titleLine(lines) ?? titleFromSentence(readable) ?? titleFromSentenceElsewhere(lines) ?? titleOverDateOrGenders(lines);
  const boardLine = companyPlaceLine(lines, title);
  company ??= boardLine?.company ?? null;
  const markedHeadings = new Set(text.split('\n').filter((line) => /^\s*#{1,6}\s/.test(line)).map((line) => plain(line).trim()));
  const headerLines = boardLine ? null : titleCompanyPlace(lines, title, markedHeadings);
  company ??= headerLines?.company ?? null;
  const foot = lines.slice(-FOOT);
  const footCompany = valueBelow(foot, COMPANY_LABEL_ALONE);
  company ??= footCompany && !SECTION_HEADING.test(footCompany) ? footCompany : null;
  company ??= companyInWords(readable, lines, title, text);
  const bracketed = placeInTitle(title);
  if (bracketed && title) title = title.slice(0, title.lastIndexOf('(')).trim();
  return {
    title: plausibleName(title ? cleanTitle(title) : null, TITLE_LENGTH),
    company: plausibleCompany(company ? bareDomainName(company, readable) : null),
    location: shownPlace(labelledPlace(readable) ?? header?.location ?? boardLine?.location ?? headerLines?.location ?? bracketed ?? placeLine(lines) ?? placeFromSentences(readable) ?? postalAddress(lines)?.town ?? null),
  };
}
