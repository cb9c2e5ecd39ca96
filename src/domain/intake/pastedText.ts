import type { ParsedPosting } from './posting.js';

const LABELLED = (label: string) => new RegExp(`^\\s*(?:${label})\\s*[:\\-–]\\s*(.+)$`, 'im');
const TITLE_LINE = LABELLED('job title|title|position|role');
const COMPANY_LINE = LABELLED('company|employer|organi[sz]ation|hiring company');
const LOCATION_LINE = LABELLED('location|based in|office');
const AT_COMPANY = /^(.{3,100}?)\s+(?:at|@)\s+([^,.\n]{2,60})$/i;
const DASH_COMPANY = /^(.{3,100}?)\s+[-–—|]\s+([^,.\n]{2,60})$/;
const ABOUT_COMPANY = /^about\s+(?!us\b|the\b|you\b|this\b|the role\b)([A-Z][\w&.' -]{1,50}?)\s*:?\s*$/im;
// Names are words on one line: [ \t], not \s, so a title on the line above is not taken in.
const COMPANY_IS_HIRING = /\b([A-Z][\w&.'-]+(?:[ \t]+[A-Z][\w&.'-]+){0,3})[ \t]+is[ \t]+(?:hiring|looking for|seeking)\b/;
const JOIN_COMPANY = /\bjoin[ \t]+([A-Z][\w&.'-]+(?:[ \t]+[A-Z][\w&.'-]+){0,2})\b/;

/** A posting's text contains its title and company somewhere near the top; this finds them. */
export function readPastedText(text: string): ParsedPosting | null {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return null;
  let title = TITLE_LINE.exec(text)?.[1]?.trim() ?? null;
  let company = COMPANY_LINE.exec(text)?.[1]?.trim() ?? null;
  const first = lines[0]!;
  const split = AT_COMPANY.exec(first) ?? DASH_COMPANY.exec(first);
  if (split) {
    title ??= split[1]!.trim();
    company ??= split[2]!.trim();
  }
  title ??= first.length <= 100 && !/[.!?]$/.test(first) ? first : null;
  company ??= ABOUT_COMPANY.exec(text)?.[1]?.trim() ?? COMPANY_IS_HIRING.exec(text)?.[1] ?? JOIN_COMPANY.exec(text)?.[1] ?? null;
  if (!title || !company) return null;
  return {
    title,
    company,
    location: LOCATION_LINE.exec(text)?.[1]?.trim() ?? null,
    workMode: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    description: text.trim(),
    source: 'pasted',
    externalId: null,
  };
}
