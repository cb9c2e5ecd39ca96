import { markdownAsWords } from '../intake/markdownText.js';

/**
 * Whether a part of a posting lists what is required, what is merely welcome, or neither; and
 * "context" for what is about the company rather than the candidate (about us, benefits,
 * equal opportunity), whose tools and topics are not asked of anyone.
 */
export type SectionKind = 'required' | 'nice' | 'other' | 'context';

export interface Section {
  kind: SectionKind;
  text: string;
  /** The posting's own heading over the part ("Languages", "Requirements"); null for text before any heading. */
  heading: string | null;
}

// Each with the same headings in German, French, Spanish and Italian ("Was wir bieten", "Votre profil", "Requisitos").
// Not French "souhaité": France Travail heads every posting's requirements "Profil souhaité" (the profile wanted).
const NICE = /nice[\s-]to[\s-]haves?|bonus|preferred|good[\s-]to[\s-]have|pluses|a plus|would be great|would be a plus|ideally|extra credit|desirable|not required|wünschenswert|von vorteil|ein plus|un plus|souhaitable|deseable|valorable|se valorar|gradit|preferibil/i;
const CONTEXT = /^(about (us|the company|[A-Z][\w&.' -]{1,40})$|who we are|our (story|mission|company|values|culture|customers|product)|the company|company (overview|description)|benefits|perks|what we offer|we offer|compensation( and| &) benefits|why (join|work)|life at|equal (employment )?opportunity|eeo|diversity|accommodation|privacy|how to apply|our commitment|use of ai|ai in (?:recruitment|recruiting|hiring)|how [\w&.'-]+(?: [\w&.'-]+)? supports? (?:full[- ]time |part[- ]time )?(?:employees|team members|its people|our people|you)\b|was wir (?:dir |ihnen )?bieten|das bieten wir|wir bieten|unser angebot|über uns|wer wir sind|(?:deine |ihre )?vorteile|ce que nous (?:vous )?(?:offrons|proposons)|nos avantages|avantages|qui sommes[- ]nous|à propos de nous|pourquoi nous rejoindre|qué ofrecemos|ofrecemos|beneficios|sobre nosotros|quiénes somos|cosa offriamo|offriamo|chi siamo)/i;
// Words that head a requirements part whatever else the line says ("Minimum Qualifications",
// "BASIC QUALIFICATIONS"); the rest ("experience", "skills") may be a requirement itself.
const STRONG_REQUIRED = /requirements?|qualifications|must[\s-]haves?|what you('|’)ll bring|what you bring|about you|who you are|we('|’)re looking for|what we look for|tech stack|our stack/i;
const REQUIRED = new RegExp(`${STRONG_REQUIRED.source}|required|you (have|bring|are)|skills|experience|profile|your background|was (?:du|sie) mitbring|dein profil|ihr profil|anforderungen|qualifikation|profil recherch|profil souhait|votre profil|compétences|exigences|requisitos|perfil|qué buscamos|requisiti|il tuo profilo`, 'i');

// The application small print is neither: "beware of recruiting scams", "we never ask for your social security number",
// "no recruitment consultants please", "follow us on social media", "we accept no resumes from
// third-party recruiting firms", "the University is currently recruiting for…".
const CONTEXT_LINE =
  /equal opportunity|without regard to|reasonable accommodation|we offer|our benefits|we provide|is proud to|our customers include|(?:customers|clients|funders|partners|investors|backers) (?:like|such as|include)|among others|trusted by|backed by|raised \$|series [a-e]\b|scams?\b|fraud|phishing|social security number|recruiting (team|agenc)|recruiters? will never|will (only|never) (contact|ask)|no recruitment (?:consultants|agencies)|follow us\b|recruiting (?:firms?|agenc)|third[- ]party (?:recruit|agenc)|unsolicited (?:resumes|cvs|applications)|(?:is|are) (?:currently )?recruiting for|application and recruitment process|(?:recruiting|recruitment|applicant|candidate) privacy (?:policy|notice)|privacy (?:policy|notice) for (?:job )?(?:applicants|candidates)|notice at collection/i;
// How the company hires, told to the candidate: "our Talent Acquisition Partner will get in touch
// with you", "a fair recruitment process in which every candidate is considered". Not a recruiter's
// own work ("own our interview process in Greenhouse"), which names no candidate.
const HIRING_PROCESS = /(?:our|fair|transparent|inclusive) (?:recruitment|hiring|interview|selection) (?:process|steps)|interview steps|talent acquisition (?:team|partner)/i;
// "…can help answer any questions": the candidate's questions.
const TO_CANDIDATE = /\b(?:you|your|candidates?|applicants?|everyone|any questions)\b/i;

/** A line that reads like a heading: short, no sentence punctuation in the middle, often ending in ":". */
function headingOf(line: string): string | null {
  const text = line.trim().replace(/^#+\s*/, '').replace(/^\*\*(.*)\*\*$/, '$1');
  if (!text || text.length > 60 || /^[•\-*]/.test(text)) return null;
  if (/[.!?]\s+\S/.test(text)) return null;
  if (text.endsWith(':') || !/[.!?,;]$/.test(text)) return text.replace(/:$/, '');
  return null;
}

function kindOf(heading: string): SectionKind | null {
  if (CONTEXT.test(heading) && !/about (you|the role|this role|the job|the position)/i.test(heading)) return 'context';
  if (NICE.test(heading)) return 'nice';
  if (REQUIRED.test(heading)) return 'required';
  return null;
}

const HEADING_WORDS = new Set(
  'a abilities about additional and are basic bonus bring candidate competencies core desired do education essential experience for good have haves ideal is job key knowledge looking minimum must necessary nice of or our plus points position preferred professional profile qualifications required requirements role should skills technical the to we we’re we\'re what who will would you you’ll you\'ll your'.split(' '),
);

/** "Skills & Experience", "What you'll bring": a line of heading words and nothing else. */
function onlyHeadingWords(heading: string): boolean {
  return heading
    .toLowerCase()
    .split(/[^\p{L}’']+/u)
    .filter(Boolean)
    .every((word) => HEADING_WORDS.has(word));
}

/**
 * Splits a posting by its own headings ("Requirements", "Nice to have", "What you'll bring").
 * Text before any heading, or under a heading about something else (the company, benefits),
 * is "other". A single line such as "Kafka is a plus" counts as nice-to-have wherever it is.
 */
export function splitSections(description: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { kind: 'other', text: '', heading: null };
  let afterBreak = true;
  let underHeading = false;
  for (const line of description.split('\n')) {
    const heading = headingOf(line);
    const kind = heading ? kindOf(heading) : null;
    // A short line of no known kind heads a part only where a part can start: after a blank
    // line. Inside a run of lines it is an item of a list pasted without its bullets ("Figma mockups").
    const colon = line.trim().endsWith(':');
    const startsPart = afterBreak || colon;
    afterBreak = !line.trim();
    const words = heading?.split(/\s+/).length ?? 0;
    // "Kafka experience" inside a list names a requirement, not a part of the posting: a line of
    // a known kind heads a part where a part can start, or when it says nothing but that it is one.
    const known = kind !== null && (startsPart || kind !== 'required' || STRONG_REQUIRED.test(heading!) || onlyHeadingWords(heading!));
    // The first line under a heading is what the heading heads, however short ("Create style guides").
    if (heading && (known || colon || (line.trim().length < 40 && startsPart && !(underHeading && !current.text.trim())))) {
      if (current.text.trim()) sections.push(current);
      // "Languages: Swedish, Finnish" is headed by its label; "Spanish would be a plus" inside a
      // run of lines under "Languages" is an item of that part, and keeps its heading.
      const label = heading.replace(/:.*$/, '').trim();
      current = { kind: kind ?? 'other', text: '', heading: startsPart || !current.heading ? label : current.heading };
      underHeading = true;
      // A heading like "Must have: Go, Kafka" carries skills of its own; so does "MUST speak fluent English"
      // and "Solutions architecture experience". A plain label ("Responsibilities", "What you'll do") carries nothing.
      const carries = kind === null ? words >= 4 : kind !== 'context' && !onlyHeadingWords(heading);
      const rest = line.includes(':') ? line.slice(line.indexOf(':') + 1) : carries ? heading : '';
      if (rest.trim()) current.text += `${rest}\n`;
      continue;
    }
    // A sentence about the company's offer or its equal-opportunity policy asks nothing of the candidate.
    if (CONTEXT_LINE.test(line) || (HIRING_PROCESS.test(line) && TO_CANDIDATE.test(line))) continue;
    if (current.kind !== 'nice' && current.kind !== 'context' && NICE.test(line)) {
      sections.push({ kind: 'nice', text: line, heading: current.heading });
      continue;
    }
    current.text += `${line}\n`;
  }
  if (current.text.trim()) sections.push(current);
  return sections;
}

// "We are a…", "Our platform…", "Our customers…": the company talking about itself.
// Not "we build with TypeScript" or "our platform runs on Kubernetes": those name the team's stack.
// "Our innovations in nutritional biochemistry, data science…", "Our clinical trial…" tell the company's story too.
const WE_ARE = /^(?:at\s+\S+(?:\s+\S+)?,\s+)?(?:we(?:'|’)re\s+(?:a|an|the)\b|we\s+are\s+(?:a|an|the)\b|we\s+(?:help|serve)\b|our\s+(?:customers|clients|mission|company|vision|story|history|values|investors|backers|innovations?|clinical\s+trials?)\b)/i;

// What follows the company's name when the sentence is about it: "Kentik is the…", "Acme, a leading…".
// Only what the company is, not what it does: "Acme builds pipelines in Spark" names a stack.
const COMPANY_VERB = /^(?:,\s+(?:a|an|the)\b|\s+(?:is|was)\s+(?:a|an|the)\b|\s+(?:helps|serves)\b)/i;

/**
 * A paragraph without the sentences about the company's own products and customers: that
 * "Kentik is the network observability company" asks no observability of the candidate.
 */
export function withoutCompanySentences(text: string, company: string | null): string {
  const name = company?.trim().toLowerCase();
  return text
    .split(/(?<=[.!?])\s+|\n/)
    .filter((sentence) => {
      // "[CodeNotary](https://codenotary.com/) is the leading company…", "**Acme** is a…": a pasted
      // page's markdown link or bold is still the name the sentence starts with.
      const plain = markdownAsWords(sentence.trim().replace(/^[-•*]\s*/, ''));
      if (WE_ARE.test(plain)) return false;
      return !(name && name.length >= 2 && plain.toLowerCase().startsWith(name) && COMPANY_VERB.test(plain.slice(name.length)));
    })
    .join('\n');
}

// A team's or a department's name: "Sales, Solutions Engineering, Product, and Engineering teams",
// "the Network Value Data Science team". Capitalised words only, so "data science teams" stays.
const NAME = "(?:[A-Z][\\w&.'’/-]*|&)(?:\\s+(?:[A-Z][\\w&.'’/-]*|&)){0,3}";
const TEAM_NAMES = new RegExp(`(?:${NAME}\\s*,\\s*){0,6}(?:(?:and|or|&)\\s+)?${NAME}\\s+(?:teams?|departments?|organi[sz]ations?|orgs?)\\b`, 'g');

// The teams someone works with, written in lower case: "collaborate with procurement, operations,
// and finance teams", "engage with development, infrastructure, security, and business
// stakeholders". A list of one- or two-word names and nothing else before the team word, so
// "experience with SQL and Python to support analytics teams" keeps SQL and Python, and "leading
// accounting teams" (no "with") keeps accounting.
const TEAM_WORD = "(?!(?:to|for|across|in|on|of|with|at|by|from|the|a|an|and|or|support|supporting|help|helping|serve|serving|cross-functional|multi-?disciplinary|interdisciplinary)\\b)[a-z][\\w&/-]*";
const TEAM = `${TEAM_WORD}(?:\\s+${TEAM_WORD})?`;
const WORKED_WITH = new RegExp(`\\b(with|across|alongside)\\s+(?:the\\s+|our\\s+|your\\s+|other\\s+)?${TEAM}(?:\\s*,\\s*${TEAM})*(?:\\s*,?\\s+(?:and|or|&)\\s+${TEAM})?\\s+(teams?|stakeholders|departments?|functions)\\b`, 'g');

// The teams named after the team word: "internal teams such as Engineering and Customer Success".
// Only after "teams": "functions like AWS Lambda" and "departments such as ICU" name skills.
const TEAMS_SUCH_AS = new RegExp(`\\b(teams?)\\s+(?:such\\s+as|like|including)\\s+${NAME}(?:\\s*,\\s*${NAME}){0,6}(?:\\s*,?\\s+(?:and|or|&)\\s+${NAME})?`, 'g');

/** A text without the names of the teams it mentions: working beside Accounting asks no accounting. */
export function withoutTeamNames(text: string): string {
  // The words around the names stay: "with stakeholders" still asks for stakeholder management.
  return text.replace(TEAM_NAMES, ' ').replace(TEAMS_SUCH_AS, '$1').replace(WORKED_WITH, '$1 $2');
}
