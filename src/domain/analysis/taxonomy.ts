import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../../projectRoot.js';

export const SKILL_CATEGORIES = ['languages', 'frameworks', 'databases', 'cloud', 'devops', 'methodologies', 'soft skills'] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface Skill {
  name: string;
  category: SkillCategory;
}

const file = z.object({
  skills: z.array(z.object({ name: z.string().min(1), category: z.enum(SKILL_CATEGORIES), aliases: z.array(z.string().min(1)).min(1) })),
});

export const DEFAULT_TAXONOMY_FILE = projectPath('config', 'skills.json');

// A skill is a whole word: not glued to letters, digits or the characters that make C++, C#, .NET or "go-to".
const BEFORE = '(?<![\\p{L}\\p{N}+#.\\-/])';
const AFTER = '(?![\\p{L}\\p{N}+#\\-&]|\\.[\\p{L}\\p{N}])';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The skills taxonomy compiled to one matcher per alias. */
export class Taxonomy {
  private readonly matchers: { skill: Skill; pattern: RegExp }[];
  readonly skills: Skill[];

  constructor(entries: z.infer<typeof file>['skills']) {
    this.skills = entries.map(({ name, category }) => ({ name, category }));
    this.matchers = entries.flatMap(({ name, category, aliases }) =>
      aliases.map((alias) => ({
        skill: { name, category },
        // An alias written with a capital letter (Go, R, REST) is matched exactly; others in any case.
        pattern: new RegExp(`${BEFORE}${escapeRegExp(alias).replace(/ /g, '\\s+')}${AFTER}`, /\p{Lu}/u.test(alias) ? 'gu' : 'giu'),
      })),
    );
  }

  static load(path = DEFAULT_TAXONOMY_FILE): Taxonomy {
    return new Taxonomy(file.parse(JSON.parse(readFileSync(path, 'utf8'))).skills);
  }

  /**
   * Every skill named in `text`, each with the position of its first mention. Where mentions
   * overlap the longest wins, so "React Native" is not also React and "SQL Server" not also SQL.
   */
  find(text: string): { skill: Skill; index: number }[] {
    const mentions: { skill: Skill; start: number; end: number }[] = [];
    for (const { skill, pattern } of this.matchers) {
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) mentions.push({ skill, start: match.index, end: match.index + match[0].length });
    }
    mentions.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const found = new Map<string, { skill: Skill; index: number }>();
    let coveredUntil = -1;
    let coveredFrom = -1;
    for (const mention of mentions) {
      // Inside a longer mention that started at or before this one: part of it, not a skill of its own.
      if (mention.start >= coveredFrom && mention.end <= coveredUntil) continue;
      if (mention.end > coveredUntil) {
        coveredFrom = mention.start;
        coveredUntil = mention.end;
      }
      if (!found.has(mention.skill.name)) found.set(mention.skill.name, { skill: mention.skill, index: mention.start });
    }
    return [...found.values()];
  }

  /** The canonical skill for a name or alias a person typed ("k8s" → Kubernetes), if any. */
  resolve(name: string): Skill | null {
    const [first] = this.find(name.trim());
    return first && first.index === 0 ? first.skill : null;
  }
}
