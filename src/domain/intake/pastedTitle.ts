// A pasted posting's title: on a line of its own near the top, or in the sentence that hires for it.
import { LEGAL_NAME } from './pastedCompany.js';
import { EMPLOYMENT, GENDER_MARK, PLACE, ROLE } from './pastedWords.js';

/** A job title as a header or a sentence names it, without a parenthesised stack list or "role". */
export function cleanTitle(title: string): string {
  return title
    .replace(/\s*\(([^)]*,[^)]*,[^)]*)\)\s*/, ' ')
    .replace(/\s+(?:role|position|opening|vacancy)$/i, '')
    // "Residential/General Electrician Full-Time": the hours are not part of the title.
    .replace(/\s*[-–(]?\s*\b(?:full|part)[- ]?time\)?$/i, '')
    .trim();
}

/** "…is looking for an HR Coordinator to…": the role a sentence says the company is hiring. */
export function titleFromSentence(text: string): string | null {
  // "…seeking an experienced and strategic Executive Director to lead…"; "We are looking for an AI
  // Software Developer" ending its line.
  const match = /\b(?:hiring|looking for|seeking|searching for|join (?:our|the)(?:\s+[\w-]+){0,3}\s+team as)\s+(?:an?|our|a new|two|several)?\s*(?:(?:experienced|talented|skilled|seasoned|passionate|motivated|driven|exceptional|strong|great|strategic|dedicated|creative|proactive|dynamic)\s+(?:(?:and|&)\s+)?)*((?:[A-Z][\w/&+.-]*[ \t]+){0,5}[A-Z][\w/&+.-]*)(?=\s+(?:to|who|with|that|in|for|at|based)\b|[.,!]|[ \t]*(?:\n|$))/.exec(text);
  // "…as an Analytics Engineer. Reporting to the VP…": the title ends with its sentence.
  const title = match?.[1]?.split(/(?<!\b(?:Sr|Jr|Snr|Mgr|Asst|Assoc))\.\s/)[0]?.trim();
  if (title && ROLE.test(title)) return title;
  // "The Kroger Senior Sales Insights Manager will be responsible for…": the role as the subject of its duties.
  // Near the top only, and not the people who hire: "The Recruiter will contact you…".
  const top = text.split('\n').filter((line) => line.trim()).slice(0, 8).join('\n');
  const subject = /(?:^|\n)[ \t]*The[ \t]+((?:[A-Z][\w/&+.-]*[ \t]+){0,6}[A-Z][\w/&+.-]*)[ \t]+(?:will|is responsible|shall)\b/.exec(top)?.[1];
  return subject && ROLE.test(subject) && !/\b(?:recruiter|hiring manager|hiring team|recruiting team|talent team)\b/i.test(subject) ? subject : null;
}

// The same sentence in the languages people paste most after English: the verb, then what it is
// hiring, on the same line after an article ("está contratando Pessoa Desenvolvedora Front-End
// Pleno para…", "Nous recherchons un(e) Technicien de Maintenance.") or on the next line when
// the article ends the line ("Wir suchen per 1. Dezember oder nach Vereinbarung eine:n" /
// "Buchhalter:in (40-50%)").
const HIRING_ELSEWHERE = /(?<![\p{L}])(?:est[áa] contratando|contratando|contrata|recrutando|procuramos|buscamos|busca|recherchons|recrutons|recrute|recherche|suchen|sucht)(?![\p{L}])([^\n]{0,100})/iu;
const ARTICLE_AT_END = /(?<![\p{L}])(?:uma?|una?|un\(e\)|une?|eine?[:*/]?n?|einen|eine\(n\))\s*$/iu;
const NAMED_AFTER = /^(?:.*?(?<![\p{L}])(?:uma?|una?|un\(e\)|une?|eine?[:*/]?n?|einen|eine\(n\))\s+)?(\p{Lu}[\p{L}\p{N}/&+.:'-]*(?:\s+(?:(?:de|da|do|des|du|en|für)(?![\p{L}])|\p{Lu}[\p{L}\p{N}/&+.:'-]*)){0,7})/u;
// A Swiss posting's workload after its title: "Buchhalter:in (40-50%)", "Logopäde/in 60-100%".
const WORKLOAD = /\s*\(?\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?%\)?\s*$/;

export function titleFromSentenceElsewhere(lines: string[]): string | null {
  for (const [at, line] of lines.slice(0, 12).entries()) {
    const found = HIRING_ELSEWHERE.exec(line);
    if (!found) continue;
    const rest = found[1]!;
    const named = ARTICLE_AT_END.test(rest) ? lines[at + 1] : NAMED_AFTER.exec(rest.trim())?.[1];
    const title = named?.replace(WORKLOAD, '').replace(/[.:]+$/, '').replace(/\s+(?:de|da|do|des|du|en|für|para|pour|zur|zum|per|com|avec|mit|a|à)$/i, '').trim();
    if (title && title.length <= 80 && ROLE.test(title)) return title;
  }
  return null;
}

// "We are looking for an AI Software Developer": a sentence the sentence reader takes the title
// from; not "Hiring Coordinator", a title with the word in it.
const HIRING_SENTENCE = /\b(?:we(?:'|’)re|we are|is|are|currently)\s+(?:looking for|hiring|seeking|searching for)\b|\b(?:looking for|seeking|hiring)\s+(?:an?|our)\s/i;

/** The line without its bracketed asides: "(m/f/d | 100%)". */
export const withoutAsides = (line: string) => line.replace(/\([^()]*\)/g, ' ');

// What a copied page puts above its title that is no title: its buttons and links.
const PAGE_CHROME = /^(?:apply|easy apply|back|skip|share|save|sign in|log in|posted|overview|menu|home|search)\b/i;

/**
 * A line that can be a job title on its own: short, no sentence, and naming a role; or a career
 * page's first three lines, a name over its place and its hours ("Bookkeper" / "Bellaire, 6750
 * West Loop South" / "Full time"), whatever the name's words (the page's own typo included).
 * That one is a short name (five words), not a place, a company or the page's buttons.
 */
export function titleLine(lines: string[]): string | null {
  // Not "[DESAFIO AFYA][PESSOA DESENVOLVEDORA FRONT-END][REMOTO]", a board's tags, read from the
  // sentence under them instead; nor a hiring sentence without its full stop.
  const titleLike = (line: string) => line.length <= 100 && !HIRING_ELSEWHERE.test(line) && !HIRING_SENTENCE.test(line) && !/^\[[^\]]*\]\s*\[/.test(line) && !/[.!?:]$/.test(line) && !/:\s*\S/.test(withoutAsides(line)) && !withoutAsides(line).includes('|') && !/^(about|job description|description|the role|role)\b/i.test(line);
  const [first, place, hours] = lines;
  const overPlaceAndHours =
    first !== undefined &&
    first.split(/\s+/).length <= 5 &&
    /^\p{Lu}/u.test(first) &&
    !PLACE.test(first) &&
    !LEGAL_NAME.test(first) &&
    !PAGE_CHROME.test(first) &&
    place !== undefined &&
    /^\p{Lu}[^,]*,\s*\S/u.test(place) &&
    hours !== undefined &&
    EMPLOYMENT.test(hours) &&
    hours.length <= 20;
  // A line that names the genders it is open to is the title: "Technicien de maintenance (H/F)".
  // Not the genders alone on their line: "(M/W/D | Vollzeit oder Teilzeit)" is under the title.
  const namesGenders = (line: string) => GENDER_MARK.test(line) && /\p{L}{2}/u.test(withoutAsides(line));
  return lines.slice(0, 4).find((line, at) => titleLike(line) && (ROLE.test(line) || namesGenders(line) || (at === 0 && overPlaceAndHours))) ?? null;
}

/**
 * A name over the date a board published it ("Fundraiser" / "Published on: Oct, 31 2024"), or
 * over the genders and hours it is open to ("BUCHHALTER" / "(M/W/D | Vollzeit oder Teilzeit)"):
 * read after every other reading, and only a word that names a person's work ("-er", "-ist", "-ant"),
 * not "Stripe" or "Careers" over a date.
 */
export function titleOverDateOrGenders(lines: string[]): string | null {
  const [first, next] = lines;
  if (!first || !next || first.split(/\s+/).length > 5 || !/^\p{Lu}/u.test(first) || PAGE_CHROME.test(first)) return null;
  if (!/^(?:published|posted|date)(?:\s+on)?\s*:/i.test(next) && !GENDER_MARK.test(next.slice(0, 12))) return null;
  return /(?:er|or|ist|ant|ent|ian|eur|euse|ière|ice|in)$/i.test(withoutAsides(first).trim()) ? first : null;
}
