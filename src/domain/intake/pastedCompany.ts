import { escapeRegExp } from '../escapeRegExp.js';
import { companyFromAddresses } from './addressedCompany.js';
import { DEPARTMENT, ROLE } from './pastedWords.js';
import { NEXT_SENTENCE } from './placeSentence.js';

// The employer a pasted posting names in its words, when no labelled line or header says it:
// "About Acme", "Acme is hiring", "At Acme, we…", its equal-opportunity line, a legal name on a
// line of its own or closing the posting in its postal address, "Join Acme", and the same in the
// other languages people paste most.

const ABOUT_COMPANY = /^about\s+(?!us\b|the\b|you\b|this\b|our\b|the role\b)([A-Z][\w&.' -]{1,50}?(?:,\s*(?:inc|llc|ltd|gmbh)\.?)?)\s*:?\s*$/im;
// Names are words on one line: [ \t], not \s, so a title on the line above is not taken in.
// "Natural Essentials, Inc." keeps its legal suffix after the comma.
// "King L. Wu & Associates, P.C.": an ampersand between the words, a law firm's legal form after them.
const NAME = "[A-Z][\\w&.'-]+(?:[ \\t]+(?:[A-Z][\\w&.'-]+|&)){0,4}(?:,[ \\t]+(?:Inc|LLC|LLP|PLLC|Ltd|GmbH|S\\.?A|B\\.?V|P\\.C|P\\.A|L\\.P)\\.?)?";
// "Euromaidan Press, an independent online publication about Ukraine, is searching for…": the name, what it is between commas, and that it hires.
const COMPANY_IS_HIRING = new RegExp(`\\b(${NAME})(?:,[ \\t][^,\\n]{3,100},)?[ \\t]+is[ \\t]+(?:hiring|looking for|seeking|searching for)\\b`);
const JOIN_COMPANY = /\b[Jj]oin[ \t]+([A-Z][\w&.'-]+(?:[ \t]+[A-Z][\w&.'-]+){0,2})\b/g;
// "Documo builds document software…", "GoCardless is growing fast": a first sentence whose subject is
// the company. Not "Relocation is included": what follows "is" says what, or what it is doing.
const COMPANY_DOES = new RegExp(`^(?:[-•*][ \\t]*)?(?:[A-Z][\\w ]{1,20}:[ \\t]*)?(${NAME})(?:[ \\t]+\\([A-Z]{2,6}\\))?[ \\t]+(?:is[ \\t]+(?:a|an|the|one|on|[a-z]+ing)|builds|helps|makes|provides|develops|creates|offers|delivers|empowers|enables|was founded|was built|has|wants?[ \\t]+to|exists[ \\t]+to|aims[ \\t]+to|believes)\\b`, 'm');
// "Civitai is a fully remote company…", "Flint is a healthcare staffing platform": a line of its own
// saying what the company is (read near the top or in a closing "about us").
const COMPANY_IS_A = new RegExp(`^(?:[-•*][ \\t]*)?(${NAME})[ \\t]+is[ \\t]+(?:a|an|the)[ \\t]+[^.\\n]{0,60}?\\b(?:company|startup|firm|agency|organi[sz]ation|non-?profit|provider|platform|marketplace|business|employer|brand|studio|lab|leader)\\b`, 'm');
// A line of its own near the top that ends in a legal form is the employer: "Centric Care AB".
// Not "Las Vegas, NV" or "Calgary, AB": a region's code after a comma is a place.
export const LEGAL_NAME = /^(?![^,]+,\s*[A-Z]{2}$)[\p{Lu}\d][\p{L}\d&.,'’ -]{1,60}[ ,](?:Inc|LLC|Ltd|Limited|GmbH|AG|AB|AS|A\/S|ASA|Oy|Oyj|SAS|S\.A|SL|S\.L|SpA|S\.p\.A|SRL|S\.r\.l|BV|B\.V|N\.V|Pty Ltd|PLC|plc|Corp|Corporation|KK|K\.K)\.?$/u;
// A European postal address closing the posting ("LanguageTooler GmbH / Karl-Liebknecht-Str. 21/22 /
// 14482 Potsdam"): the employer over its street, the town after its postcode.
const STREET = /^[\p{L}][\p{L} .'’-]{2,40}\s\d+[a-z]?(?:\s*[-/]\s*\d+[a-z]?)?$/u;
const POSTCODE_TOWN = /^(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+(\p{Lu}[\p{L}.-]+(?:[ \t]\p{L}[\p{L}.-]*){0,2})$/u;
// "Die LanguageTooler GmbH ist die Firma hinter…": a German sentence whose subject is the employer by its legal name.
const COMPANY_IST = /(?:^|[.!?]\s+)(?:Die|Der|Das)[ \t]+([\p{Lu}][\p{L}\d&.'’-]*(?:[ \t]+[\p{Lu}&][\p{L}\d&.'’-]*){0,3}[ \t]+(?:GmbH|AG|SE|KG|UG|GmbH[ \t]+&[ \t]+Co\.[ \t]+KG))[ \t]+(?:ist|sucht|bietet|entwickelt|steht|betreibt)\b/mu;

/** The employer and town of a postal address the posting closes with, if it has one. */
export function postalAddress(lines: string[]): { company: string | null; town: string } | null {
  for (let at = lines.length - 1; at >= 2; at--) {
    const town = POSTCODE_TOWN.exec(lines[at]!)?.[1];
    if (!town || !STREET.test(lines[at - 1]!)) continue;
    return { company: LEGAL_NAME.test(lines[at - 2]!) ? lines[at - 2]! : null, town };
  }
  return null;
}

// "Just People Inc. reserves the right to modify…": a name with its legal form as a sentence's subject.
// The whole name from where its clause starts: "…since 1988, T&H Heating and Air Conditioning Inc. is", not "Air Conditioning Inc.".
const LEGAL_SUBJECT = /(?:^|[.!?,;:][ \t]+)([A-Z][\w&'-]*(?:[ \t]+(?:[A-Z][\w&'-]*|and|&)){0,5},?[ \t]+(?:Inc|LLC|Ltd|GmbH|Corp|Co)\.?)[ \t]+(?:reserves|is|are|was|offers|provides|has|will)\b/m;
// "The Tor Project, Inc., a 501(c)(3) nonprofit…": the name, its legal form, then what it is.
const LEGAL_APPOSITIVE = /(?:^|[.!?][ \t]+)((?:The[ \t]+)?[A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,3}),[ \t]+(?:Inc|LLC|Ltd|Corp)\.?,[ \t]+(?:a|an|the)\b/m;
// French: "…tout au long de leur parcours au sein de Lesaffre", "Rejoignez Decathlon".
const WITHIN_COMPANY = /\b(?:au sein de|Rejoignez|rejoindre)[ \t]+([A-Z][\w&'-]+(?:[ \t]+[A-Z][\w&'-]+){0,2})/;

// The equal-opportunity line names the employer: "Zero Networks is an equal opportunity employer".
const COMPANY_EEO = new RegExp(`\\b(${NAME})[ \\t]+is[ \\t]+(?:an?[ \\t]+)?(?:proud[ \\t]+)?(?:[Ee]qual[ \\t]+[Oo]pportunity|EEO|E-Verify)`);
const AT_COMPANY_WE = new RegExp(`\\bAt[ \\t]+(${NAME}),[ \\t]+(?:we|our)\\b`);
// "…part of our all-remote team at Sourcegraph.": where the reader would work.
const TEAM_AT = new RegExp(`\\bour\\b[^.\\n]{0,80}\\bteam[ \\t]+at[ \\t]+(${NAME})(?=[.!]?(?:\\s|$))`, 'm');

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

// A name is a few words on a line: "Acme is a leading provider of…" after "Company:" is a sentence.
// "This is a hybrid role", "It is…": a sentence's subject that names nobody.
const NO_NAME = /^(?:this|that|it|we|our|you|your|they|there|here|the|a|an|who|what|which|note|join|position|role|everyone|everybody|nobody|no one|someone|anyone)$/i;
// "The Data Team exists to…", "Engineering believes…": a team, not the employer.
const TEAM_NAME = /\bteam$/i;

// A full stop ends a sentence, not a name, but for the "Inc." of "Natural Essentials, Inc." or a law firm's "P.C.".
const endsSentence = (value: string) => /[!?]$/.test(value) || (/\.$/.test(value) && !/\b(?:Inc|Ltd|Co|Corp|Bros|S\.A|B\.V|P\.C|P\.A|L\.P)\.$/i.test(value));

export const plausibleName = (value: string | null | undefined, most = { chars: 80, words: 8 }): string | null =>
  value && value.length <= most.chars && value.split(/\s+/).length <= most.words && !endsSentence(value) && !/\s(is|are|was|we|ist|sind|wir|est|sommes|nous|es|somos|è|siamo)\s/i.test(value) && !NO_NAME.test(value.trim()) ? value : null;

/** A name that could be the employer's: not a team's or a department's. */
export const plausibleCompany = (value: string | null | undefined): string | null => {
  const name = plausibleName(value);
  return name && !DEPARTMENT.test(name.trim()) && !TEAM_NAME.test(name.trim()) ? name : null;
};

/** The first of `readings` that gives a plausible name, running no more of them than needed. */
function firstName(readings: (() => string | undefined)[]): string | null {
  for (const reading of readings) {
    // "…our growing team at SD Freight Corp. If you are interested": the name ends with its sentence.
    // "Acme Co. Ltd" and "Johnson Bros. Construction" go on past their abbreviations.
    const name = plausibleCompany(
      reading()
        ?.replace(/(?<!\b(?:St|Mt|Ft|Dr|Inc|Co|Corp|Bros|Ltd|[A-Z]))\.\s+\S.*$/, '')
        .replace(NEXT_SENTENCE, ''),
    );
    if (name) return name;
  }
  return null;
}

/**
 * "The Office Manager has 3+ years of experience…": the person the job is for, as the subject of
 * a sentence about what they do; not "The Economist", an employer, in its own lines.
 */
const aRole = (name: string | undefined) => name !== undefined && /^(?:the|this|our|your|each|every)\s/i.test(name) && ROLE.test(name.split(/\s+/).at(-1)!);

/**
 * The employer from the posting's sentences, reading by reading, stopping at the first that names
 * somebody ("This is a hybrid role" doesn't); null when none does, so the form can ask.
 */
export function companyInWords(readable: string, lines: string[], title: string | null, pasted = readable): string | null {
  return firstName([
    () => ABOUT_COMPANY.exec(readable)?.[1]?.trim(),
    () => COMPANY_IS_HIRING.exec(readable)?.[1],
    () => AT_COMPANY_WE.exec(readable)?.[1],
    // The equal-opportunity line is the employer's own; a first sentence may be about a tool it uses.
    () => COMPANY_EEO.exec(readable)?.[1],
    () => {
      const subject = COMPANY_DOES.exec(lines.slice(0, 15).filter((line) => !ABOUT_COMPANY.test(line)).join('\n'))?.[1];
      return aRole(subject) ? undefined : subject;
    },
    // After the sentences that name the employer outright: a town's code ("Reno NV") can look like a legal form.
    () => lines.slice(1, 4).find((line) => LEGAL_NAME.test(line)),
    // Near the top, where the employer introduces itself; further down a name may be a client's.
    () => COMPANY_IST.exec(lines.slice(0, 15).join('\n'))?.[1],
    () => postalAddress(lines)?.company ?? undefined,
    () => companyBesideTitle(lines, title),
    // "Join Us", "Join Our Team", "Join The Team" are invitations, not names: the first "Join X" that names somebody.
    () => [...readable.matchAll(JOIN_COMPANY)].map((match) => match[1]!).find((name) => !/^(?:us|our|the\s+team|a\s+team)\b/i.test(name)),
    // Near the top, or in the "about us" a posting often ends with; not a tool named in between.
    () => COMPANY_IS_A.exec([...lines.slice(0, 25), ...lines.slice(25).slice(-10)].join('\n'))?.[1],
    // "…our all-remote team at Sourcegraph.": the name without the sentence's full stop.
    () => TEAM_AT.exec(readable)?.[1]?.replace(/\.$/, ''),
    () => LEGAL_SUBJECT.exec(readable)?.[1],
    () => LEGAL_APPOSITIVE.exec(readable)?.[1],
    () => WITHIN_COMPANY.exec(readable)?.[1],
    // Last: the name the posting's addresses are made of, where the text writes it. The paste as
    // it came, whose markdown links still hold their addresses.
    () => companyFromAddresses(pasted),
  ]);
}
