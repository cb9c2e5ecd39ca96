// Separators sites put between a job title and their own name: "Title | Careers", "Title - Acme".
const SEPARATOR = /\s+[|–—·•-]\s+/g;
const SITE_WORDS = /\b(careers?|jobs?|job board|hiring|vacanc(y|ies)|openings?|join us|work with us|apply|recruiting|linkedin|indeed|glassdoor|greenhouse|lever|workable|smartrecruiters|ashby|recruitee|wellfound)\b/i;

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A job title as a page's <title> or og:title gives it, without the site's suffix: "| Careers",
 * "- Jobs at Acme", "at Acme", "| Acme". The first part is always kept; a later part goes when
 * it names the company or reads like a careers site.
 */
export function cleanPageTitle(raw: string, company: string | null): string {
  const name = company ? normalise(company) : null;
  const namesCompany = (part: string) => Boolean(name) && (normalise(part).includes(name!) || name!.includes(normalise(part)));
  let title = raw.trim();
  for (const separator of [...title.matchAll(SEPARATOR)].reverse()) {
    const last = title.slice(separator.index + separator[0].length);
    if (!(SITE_WORDS.test(last) || namesCompany(last))) break;
    title = title.slice(0, separator.index);
  }
  const atCompany = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(title);
  if (atCompany && namesCompany(atCompany[2]!)) title = atCompany[1]!.trim();
  // "Sovellusarkkitehti, Esko Systems Oy": after a comma only the whole name, not "Engineer, Platform".
  const commaCompany = /^(.+?),\s+([^,]+)$/.exec(title);
  if (commaCompany && name && normalise(commaCompany[2]!) === name) title = commaCompany[1]!.trim();
  return title.replace(/[\s|–—·•-]+$/, '');
}

/** A company name as a site calls itself in its title or site name: "Acme Careers", "Jobs at Acme" → "Acme". */
export function cleanCompanyName(name: string): string {
  return name
    .replace(/^(careers?|jobs?)\s+(at|@)\s+/i, '')
    .replace(/\s+(careers?|jobs?|hiring)$/i, '')
    .trim();
}

/** The company a title names at its end, when no other source gives one: "Engineer at Acme", "Engineer | Acme". */
export function companyFromTitle(raw: string): string | null {
  const atCompany = /^.+?\s+(?:at|@)\s+(.+)$/i.exec(raw.trim());
  if (atCompany) return cleanCompanyName(atCompany[1]!);
  const parts = raw.trim().split(SEPARATOR);
  // "Engineer - Acme - Career Page": the site's own words come last, the company before them.
  while (parts.length > 2 && SITE_WORDS.test(parts.at(-1)!) && parts.at(-1)!.split(/\s+/).length <= 3) parts.pop();
  return parts.length > 1 ? cleanCompanyName(parts.at(-1)!) || null : null;
}
