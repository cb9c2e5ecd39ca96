import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../../projectRoot.js';
import { aliasAlternations } from './aliasAlternation.js';
import { byExamples, inLists, type Mention } from './mentionContext.js';
import { SKILL_CATEGORIES, type Skill } from './skill.js';

export { isEngineeringSkill, isSoftSkill, SKILL_CATEGORIES, type Skill, type SkillCategory } from './skill.js';

const file = z.object({
  skills: z.array(
    z.object({
      name: z.string().min(1),
      category: z.enum(SKILL_CATEGORIES),
      aliases: z.array(z.string().min(1)).min(1),
      // Everyday words that name the skill only in a technical posting ("monitoring" inventory, "instrumentation" in a lab).
      weakAliases: z.array(z.string().min(1)).optional(),
      // Everyday words that name the tool only in a list of tools ("Bill.com, Ramp"; "C, C++, Assembly").
      listAliases: z.array(z.string().min(1)).optional(),
      // Job titles whose work is the skill ("Registered Nurse", "Executive Assistant"): read in a title only.
      roles: z.array(z.string().min(1)).optional(),
      // A kind of tool ("scripting", "containerization") that postings often name by examples.
      umbrella: z.boolean().optional(),
    }),
  ),
});

/** A skill named in a text, where it is first named, and whether only by a weak alias. */
export interface SkillMention {
  skill: Skill;
  index: number;
  length: number;
  /** Every mention was an everyday word that names the skill only in a technical posting. */
  weak: boolean;
  /** Every mention was a kind of tool followed by the tools it means: "scripting (Python, Bash)". */
  exemplified: boolean;
}

export const DEFAULT_TAXONOMY_FILE = projectPath('config', 'skills.json');

// A skill is a whole word: not glued to letters, digits or the characters that make C++, C#, .NET or "go-to".
// A slash joins skills ("ECS/Kubernetes", "React/TypeScript"), so it separates words like a space;
// a hyphen glues words ("go-to") except before "-based", "-driven" and the like ("Helm-based",
// "SEO-friendly", "GDPR-compliant", "AWS-certified").
// Scripts written without spaces (Japanese, Chinese, Thai: letters of no case) don't glue words:
// "Excelを使用", "ヘアカットの経験".
const WORD_LETTER = '\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}';
// But a short Latin acronym there is a word of that language: Japanese 「SNS投稿」 is social media,
// 「自己PR」 a self-introduction. Only a longer name ("Excel", "AWS Lambda") is read beside them.
const NO_CASE_LETTER = /\p{Lo}/u;
const SHORT_ACRONYM = /^[A-Z0-9]{1,4}$/;
const gluedAcronym = (text: string, start: number, written: string) =>
  SHORT_ACRONYM.test(written) && (NO_CASE_LETTER.test(text[start - 1] ?? '') || NO_CASE_LETTER.test(text[start + written.length] ?? ''));
const BEFORE = `(?<![${WORD_LETTER}\\p{N}+#.\\-])`;
const AFTER = `(?![${WORD_LETTER}\\p{N}+#&]|-(?!based|driven|powered|first|native|heavy|centric|focused|savvy|fluent|friendly|compliant|certified)|\\.[\\p{L}\\p{N}])`;

// "commercial negotiations", "code reviews", "container platforms": a phrase may be plural; a
// single word may not, since "excels", "leans" or "regressions" are other words than the skill.
const takesPlural = (alias: string) => /\p{L}$/u.test(alias) && !alias.endsWith('s') && alias.includes(' ');

const ALTERNATION_SIZE = 12_000;

/**
 * A product's name with a capital inside ("OpenCart", "GitLab", "PouchDB", "AutoCAD") or a
 * hyphenated term ("Infrastructure-as-Code") is no everyday word, so people's "Opencart",
 * "gitlab" or "pouchdb" name it too. A capital after a single small letter doesn't count ("iOS",
 * "MySQL" has its own alias): "ios" is more often part of another word than the system.
 */
const inventedWord = (word: string) => /\p{Ll}{2}\p{Lu}/u.test(word) || (word.includes('-') && /\p{L}{3}/u.test(word));

/** A skill as one alias names it. */
export interface Named {
  skill: Skill;
  weak: boolean;
  /** Named only beside other tools in a list. */
  listed: boolean;
}

/**
 * The skills taxonomy compiled to two matchers: one for the aliases matched exactly (written with
 * a capital: Go, R, REST) and one for the rest, in any case. Each is a single alternation, longest
 * alias first, so a posting is scanned twice rather than once per alias (hundreds of them).
 */
export class Taxonomy {
  private readonly matchers: { pattern: RegExp; skillOf: (text: string) => Named | undefined }[];
  readonly skills: Skill[];
  /** The kinds of tool that postings often name by examples. */
  private readonly umbrellas: Set<string>;
  /** Whether any alias names its skill only in a list. */
  private readonly listed: boolean;
  /** Aliases a skill earlier in the file already claims: they name that one, never this one. */
  readonly shadowed: { alias: string; skill: string; owner: string }[] = [];
  /** The job titles that name a skill, matched as aliases are. */
  private readonly roles: Taxonomy | null;

  constructor(entries: z.infer<typeof file>['skills']) {
    this.skills = entries.map(({ name, category }) => ({ name, category }));
    this.umbrellas = new Set(entries.filter((entry) => entry.umbrella).map((entry) => entry.name));
    this.listed = entries.some((entry) => entry.listAliases?.length);
    const withRoles = entries.flatMap(({ name, category, roles }) => (roles?.length ? [{ name, category, aliases: roles }] : []));
    this.roles = withRoles.length ? new Taxonomy(withRoles) : null;
    this.shadowed.push(...(this.roles?.shadowed ?? []));
    const exact = new Map<string, Named>();
    const anyCase = new Map<string, Named>();
    for (const { name, category, aliases, weakAliases = [], listAliases = [] } of entries) {
      const skill = { name, category };
      const naming = (weak: boolean, listed: boolean) => (alias: string) => [alias, { skill, weak, listed }] as const;
      for (const [alias, named] of [...aliases.map(naming(false, false)), ...weakAliases.map(naming(true, false)), ...listAliases.map(naming(false, true))]) {
        const key = alias.replace(/\s+/g, ' ');
        // A capital matters in one word ("Go", "REST", "Spark"); a phrase is a name whatever
        // its case ("B2B Sales" is "B2B sales"), and so is a word no one writes in prose.
        const [table, matched] = /\p{Lu}/u.test(alias) && !key.includes(' ') && !inventedWord(key) ? [exact, key] : [anyCase, key.toLowerCase()];
        const owner = table.get(matched);
        if (!owner) table.set(matched, named);
        else if (owner.skill.name !== name) this.shadowed.push({ alias, skill: name, owner: owner.skill.name });
      }
    }
    // The plural ending is one shared group after the alternation, checked on lookup.
    const spaced = (text: string) => text.replace(/\s+/g, ' ');
    const singular = (text: string) => {
      const found = anyCase.get(text);
      if (found) return found;
      for (const stem of [text.replace(/s$/, ''), text.replace(/es$/, '')]) if (stem !== text && takesPlural(stem) && anyCase.has(stem)) return anyCase.get(stem);
      return undefined;
    };
    this.matchers = [
      ...aliasAlternations(exact.keys(), ALTERNATION_SIZE).map((alternation) => ({ pattern: new RegExp(`${BEFORE}(?:${alternation})${AFTER}`, 'gu'), skillOf: (text: string) => exact.get(spaced(text)) })),
      ...aliasAlternations(anyCase.keys(), ALTERNATION_SIZE).map((alternation) => ({ pattern: new RegExp(`${BEFORE}(?:${alternation})(?:e?s)?${AFTER}`, 'giu'), skillOf: (text: string) => singular(spaced(text).toLowerCase()) })),
    ];
  }

  static load(path = DEFAULT_TAXONOMY_FILE): Taxonomy {
    return new Taxonomy(file.parse(JSON.parse(readFileSync(path, 'utf8'))).skills);
  }

  /**
   * Every skill named in `text`, each with the position of its first mention. Read from left to
   * right, the longest name at each place wins and what it covers names nothing else, so "React
   * Native" is not also React, "SQL Server" not also SQL, and "digital marketing strategies" is
   * digital marketing only, as one scan of a single alternation would read it.
   */
  find(text: string, { inProse = true } = {}): SkillMention[] {
    const found = new Map<string, SkillMention>();
    const mentions = this.mentions(text, { inProse });
    mentions.forEach((mention, at) => {
      const exemplified = this.umbrellas.has(mention.skill.name) && byExamples(text, mentions, at);
      const known = found.get(mention.skill.name);
      if (!known) found.set(mention.skill.name, { skill: mention.skill, index: mention.start, length: mention.end - mention.start, weak: mention.weak, exemplified });
      else {
        known.weak &&= mention.weak;
        known.exemplified &&= exemplified;
      }
    });
    return [...found.values()];
  }

  /**
   * Every mention in `text`, in order, none inside another (see find). In prose, a list-only
   * alias counts only in a list of tools; a name given alone ("C", typed as a skill) is one.
   */
  mentions(text: string, { inProse = true } = {}): Mention[] {
    const mentions: Mention[] = [];
    for (const { pattern, skillOf } of this.matchers) {
      // exec on the one compiled pattern: matchAll copies the pattern for every text it scans.
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const named = skillOf(match[0]);
        if (named && !gluedAcronym(text, match.index, match[0])) mentions.push({ ...named, start: match.index, end: match.index + match[0].length });
        // Every place a name starts, not only after this one: another alternation's longer name
        // may cover this one, and then a name starting inside it here is the next one read.
        pattern.lastIndex = match.index + 1;
      }
    }
    mentions.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    let readUntil = 0;
    const read = mentions.filter((mention) => {
      if (mention.start < readUntil) return false;
      readUntil = mention.end;
      return true;
    });
    return this.listed && inProse ? inLists(text, read) : read;
  }

  /**
   * The skills a job title implies by naming the occupation ("Office Manager": administrative
   * support), as a recruiter tags a posting whose text lists only the tasks.
   */
  impliedBy(title: string): SkillMention[] {
    return this.roles?.find(title) ?? [];
  }

  /** The skill a text names as a whole ("Amazon Web Services" → AWS), not one it merely starts with. */
  whole(text: string): Skill | null {
    const trimmed = text.trim();
    const [first] = this.find(trimmed, { inProse: false });
    return first && first.index === 0 && first.length === trimmed.length ? first.skill : null;
  }

  /** The canonical skill for a name or alias a person typed ("k8s" → Kubernetes), if any. */
  resolve(name: string): Skill | null {
    const trimmed = name.trim();
    const [first] = this.mentions(trimmed, { inProse: false });
    // A list-only name resolves only as the whole text: "Ramp" is the card, "Ramp up" no skill.
    return first && first.start === 0 && (!first.listed || first.end === trimmed.length) ? first.skill : null;
  }
}
