/** What a skill is: its canonical name and its category, and what the categories say of it. */

export const SKILL_CATEGORIES = [
  'languages',
  'frameworks',
  'databases',
  'cloud',
  'devops',
  'methodologies',
  'data',
  'security',
  'design',
  'business tools',
  'business',
  'spoken languages',
  'soft skills',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface Skill {
  name: string;
  category: SkillCategory;
}

/** Collaboration, mentoring, communication: kept apart from the tools and methods a job asks for. */
export const isSoftSkill = (skill: { category: string }): boolean => skill.category === 'soft skills';

const ENGINEERING: readonly SkillCategory[] = ['languages', 'frameworks', 'databases', 'cloud', 'devops'];
/** A language, framework, database, cloud service or infrastructure tool: what makes a posting a technical one. */
export const isEngineeringSkill = (skill: { category: SkillCategory }): boolean => ENGINEERING.includes(skill.category);
