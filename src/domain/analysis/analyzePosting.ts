import type { WorkMode } from '../../models/jobs.js';
import type { PayPeriod } from '../intake/salary.js';
import { salaryFromText } from './salaryText.js';
import { splitSections, withoutCompanySentences, withoutTeamNames, type SectionKind } from './sections.js';
import { presumedFromPlace, presumedFromTitle, settleWorkMode, workModeFromText } from './workModeText.js';
import { asksLanguage } from './languageAsked.js';
import { escapeRegExp } from '../escapeRegExp.js';
import { seniorityOf, yearsAsked, type Seniority } from './seniority.js';
import { namesTheJob } from './titleHead.js';
import { isEngineeringSkill, isSoftSkill, type Skill, type SkillCategory, type Taxonomy } from './taxonomy.js';

export interface AnalysedSkill {
  name: string;
  category: SkillCategory;
  /** False when the posting lists it only as nice to have. */
  required: boolean;
}

/** What Jobscout makes of a posting: stored with the job, used for fit scores and recommendations. */
export interface JobAnalysis {
  skills: AnalysedSkill[];
  seniority: Seniority | null;
  workMode: WorkMode | null;
  /** "3 days a week in the office", and which source said what when the data and the words disagree. */
  workModeDetail: string | null;
  yearsExperience: number | null;
  /** Yearly. */
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: PayPeriod | null;
  analyzer: 'heuristic' | 'claude';
}

export interface PostingText {
  title: string;
  /** Sentences about the company itself ("Kentik is the network observability company") ask nothing of the candidate. */
  company?: string | null;
  description: string | null;
  location: string | null;
  workMode: WorkMode | null;
  /** The mode to fall back on when neither the data nor the words state one. */
  presumedWorkMode?: WorkMode | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod?: PayPeriod | null;
}

// The words after a company's first that only say what kind of company it is: "Ansible Health".
const COMPANY_KIND = /^(?:health|labs?|technologies|technology|tech|group|systems|software|ai|bank|capital|partners|solutions|inc\.?|llc|ltd\.?|gmbh|co\.?|corp\.?|company|hq|studios?|games|robotics|therapeutics|bio|energy|security|data|analytics|digital|media|global)$/i;

// After a company's short name, the words that make it the subject or an owner: "Lean is", "Lean’s".
const COMPANY_AS_SUBJECT = /^(?:['’]s\b|\s+(?:is|was|has|helps|builds|scales|offers)\b)/;

/** "Ansible" of "Ansible Health", written as the company writes it; null when the name has no such part. */
function shortName(company: string): string | null {
  const [first, ...rest] = company.split(/\s+/);
  return first && first.length >= 3 && rest.length && rest.every((word) => COMPANY_KIND.test(word)) ? first : null;
}

/** The skills a title's occupation is, where the occupation is what the title names ("Nurse Recruiter" recruits). */
function occupationSkills(taxonomy: Taxonomy, title: string): Skill[] {
  return taxonomy
    .impliedBy(title)
    .filter(({ index, length }) => namesTheJob(title, index + length))
    .map(({ skill }) => skill);
}

/**
 * The heuristic analysis: skills from the taxonomy, split into required and nice-to-have by the
 * posting's own headings; seniority from the title or the years asked; work mode and salary from
 * the structured data when the source had them, else from the text.
 */
export function analyzePosting(taxonomy: Taxonomy, posting: PostingText): JobAnalysis {
  const description = posting.description ?? '';
  const skills = new Map<string, AnalysedSkill>();
  const namedPlainly = new Set<string>();
  // Amplitude's postings name Amplitude on every line without asking anyone to know it.
  const own = posting.company?.trim().toLowerCase();
  // "T&H Heating and Air Conditioning Inc." names the employer, not an air-conditioning skill. A
  // name that is a skill as a whole ("Amazon Web Services") is left to the rule above.
  const ownName = own && own.includes(' ') && !taxonomy.whole(own) ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(own).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu') : null;
  // "Ansible Health" is "Ansible" in its own sentences ("her Ansible clinician"): the short name,
  // as capitalised, when the rest of the name only says what kind of company it is.
  // A longer skill that contains it ("Google Cloud" for Cloud Co) is still read.
  const short = ownName ? shortName(posting.company!.trim()) : null;
  const add = (written: string, kind: SectionKind, heading: string | null = null) => {
    const text = ownName ? written.replace(ownName, (name) => ' '.repeat(name.length)) : written;
    for (const { skill, weak, exemplified, index, length } of taxonomy.find(text)) {
      // "Scripting (Python, Bash)": the tools named are what is asked; the kind of tool adds nothing.
      if (exemplified) continue;
      // The short name is skipped where the company tells its own story, not under "Requirements": Ruby Labs may ask for Ruby.
      // Anywhere, though, the name as a subject or an owner is the company: "Lean is where you need to be", "Lean's customers".
      const isShort = text.slice(index, index + length) === short;
      if (skill.name.toLowerCase() === own || (isShort && (kind === 'other' || COMPANY_AS_SUBJECT.test(text.slice(index + length, index + length + 12))))) continue;
      // "Our German office", "Chennai, Tamil Nadu": a language counts where the posting asks to speak it.
      if (skill.category === 'spoken languages' && !asksLanguage(text, text.slice(index, index + length), heading)) continue;
      if (!weak) namedPlainly.add(skill.name);
      const known = skills.get(skill.name);
      // A tool named outside any heading is taken as asked for; a soft skill only under a
      // requirements heading, since "collaborate" in a paragraph about the team asks nothing.
      const required = isSoftSkill(skill) ? kind === 'required' : kind !== 'nice';
      // Required anywhere wins over nice-to-have somewhere else.
      skills.set(skill.name, { ...skill, required: required || (known?.required ?? false) });
    }
  };
  add(posting.title, 'required');
  for (const section of splitSections(description)) {
    if (section.kind === 'other') add(withoutTeamNames(withoutCompanySentences(section.text, posting.company ?? null)), section.kind, section.heading);
    else if (section.kind !== 'context') add(withoutTeamNames(section.text), section.kind, section.heading);
  }
  // "Monitoring inventory" asks a baker for no observability: an everyday word names a skill
  // only in a posting that names some engineering tool plainly.
  const technical = [...skills.values()].some((skill) => namedPlainly.has(skill.name) && isEngineeringSkill(skill));
  if (!technical) for (const name of skills.keys()) if (!namedPlainly.has(name)) skills.delete(name);
  // After that test: a web developer's title alone doesn't make "monitoring" observability.
  for (const skill of occupationSkills(taxonomy, posting.title)) skills.set(skill.name, { ...skill, required: true });
  const structured = posting.salaryMin !== null || posting.salaryMax !== null;
  const salary = structured ? null : salaryFromText(description);
  // A source's own presumption first (a board's on-site listing); else the town it names; else a hands-on title's.
  const presumed = posting.presumedWorkMode ?? presumedFromPlace(posting.location) ?? presumedFromTitle(posting.title);
  const mode = settleWorkMode(posting.workMode ?? null, workModeFromText(posting.location, posting.title, description), presumed);
  return {
    skills: [...skills.values()],
    seniority: seniorityOf(posting.title, description),
    workMode: mode.workMode,
    workModeDetail: mode.detail,
    yearsExperience: yearsAsked(description),
    salaryMin: structured ? posting.salaryMin : (salary?.min ?? null),
    salaryMax: structured ? posting.salaryMax : (salary?.max ?? null),
    salaryCurrency: structured ? posting.salaryCurrency : (salary?.currency ?? null),
    salaryPeriod: structured ? (posting.salaryPeriod ?? 'year') : (salary?.period ?? null),
    analyzer: 'heuristic',
  };
}
