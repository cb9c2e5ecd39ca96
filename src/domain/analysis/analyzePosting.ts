import type { WorkMode } from '../../models/jobs.js';
import { salaryFromText } from './salaryText.js';
import { splitSections } from './sections.js';
import { seniorityOf, yearsAsked, type Seniority } from './seniority.js';
import type { SkillCategory, Taxonomy } from './taxonomy.js';

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
  yearsExperience: number | null;
  /** Yearly. */
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  analyzer: 'heuristic' | 'claude';
}

export interface PostingText {
  title: string;
  description: string | null;
  location: string | null;
  workMode: WorkMode | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
}

function workModeFromText(text: string): WorkMode | null {
  if (/\bhybrid\b/i.test(text)) return 'hybrid';
  if (/\b(fully remote|remote[- ]first|100% remote|remote\b(?! work is not))/i.test(text)) return 'remote';
  if (/\bon[- ]?site\b|\bin[- ]office\b|\bin the office\b/i.test(text)) return 'onsite';
  return null;
}

/**
 * The heuristic analysis: skills from the taxonomy, split into required and nice-to-have by the
 * posting's own headings; seniority from the title or the years asked; work mode and salary from
 * the structured data when the source had them, else from the text.
 */
export function analyzePosting(taxonomy: Taxonomy, posting: PostingText): JobAnalysis {
  const description = posting.description ?? '';
  const skills = new Map<string, AnalysedSkill>();
  const add = (text: string, required: boolean) => {
    for (const { skill } of taxonomy.find(text)) {
      const known = skills.get(skill.name);
      // Required anywhere wins over nice-to-have somewhere else.
      skills.set(skill.name, { ...skill, required: required || (known?.required ?? false) });
    }
  };
  add(posting.title, true);
  for (const section of splitSections(description)) add(section.text, section.kind !== 'nice');
  const salary = posting.salaryMin !== null || posting.salaryMax !== null ? null : salaryFromText(description);
  return {
    skills: [...skills.values()],
    seniority: seniorityOf(posting.title, description),
    workMode: posting.workMode ?? workModeFromText(`${posting.location ?? ''}\n${posting.title}\n${description}`),
    yearsExperience: yearsAsked(description),
    salaryMin: posting.salaryMin ?? salary?.min ?? null,
    salaryMax: posting.salaryMax ?? salary?.max ?? null,
    salaryCurrency: posting.salaryCurrency ?? salary?.currency ?? null,
    analyzer: 'heuristic',
  };
}
