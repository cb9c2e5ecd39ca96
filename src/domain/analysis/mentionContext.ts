import { isEngineeringSkill, type Skill, type SkillCategory } from './skill.js';
import type { Named } from './taxonomy.js';

// What the words around a mention say of it: whether a product named by an everyday word stands
// in a list of tools, and whether a kind of tool is followed by the tools it means.

/** One place a text names a skill. */
export interface Mention extends Named {
  start: number;
  end: number;
}

// What parts the tools of a list: "C, C++ and Assembly", "C/Linux", "C • C++ • RTOS", "Bill.com or Ramp".
// Spaces only: a line break ends a list ("QuickBooks" / "Make sure to…").
const LIST_SEPARATOR = /^[ \t]*(?:[,/•·|;+&][ \t]*)?(?:(?:and|or|and\/or)[ \t]+)?$/i;

// Tools of a kind: an engineering tool beside another ("C/Linux"), a business or data tool beside
// another ("Sigma, Quickbooks Online, Bill.com"), else one of the same category; "Welding,
// Assembly" or "Prospecting, Outreach" list no tools.
const toolKind = (skill: Skill) => (isEngineeringSkill(skill) ? 'engineering' : skill.category === 'data' ? 'business tools' : skill.category);
const kindred = (a: Skill, b: Skill) => toolKind(a) === toolKind(b);

/**
 * The mentions without those by a list-only alias that stands outside a list naming some tool
 * plainly: "Ramp" in "Bill.com, Ramp" is the card, in "Ramp up quickly" a verb.
 */
export function inLists(text: string, mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  let run: Mention[] = [];
  const close = () => {
    kept.push(...run.filter((mention) => !mention.listed || run.some((other) => !other.listed && kindred(other.skill, mention.skill))));
    run = [];
  };
  for (const mention of mentions) {
    const previous = run.at(-1);
    if (previous && !LIST_SEPARATOR.test(text.slice(previous.end, mention.start))) close();
    run.push(mention);
  }
  close();
  return kept;
}

// What leads from a kind of tool to the tools meant: "containerization (Docker, Kubernetes)",
// "scripting languages: Python, Bash", "cloud infrastructure like AWS", "scripting in Python".
const TO_EXAMPLES = /\(|:|\s[-–]\s|\b(?:like|such as|e\.g\.?|i\.e\.?|including|in|using|with|via|especially|particularly|preferably|ideally)\b/i;
// Farther than this, the next tool named is not an example of the kind.
const EXAMPLES_WITHIN = 50;

/**
 * Whether a kind of tool is followed, within its clause, by a tool it means: a recruiter tags
 * "Strong scripting skills in Python, Bash or Go" with the languages, not with scripting.
 */
export function byExamples(text: string, mentions: Mention[], at: number): boolean {
  const kind = mentions[at]!;
  // Forward by index, and only within reach: a posting naming "scripting" a thousand times stays linear.
  for (let index = at + 1; index < mentions.length && mentions[index]!.start - kind.end <= EXAMPLES_WITHIN; index++) {
    const next = mentions[index]!;
    if (next.skill.name === kind.skill.name) continue;
    const between = text.slice(kind.end, next.start);
    // "Scripting in a Linux environment" gives no example of a language; "backend engineering with
    // strong communication" none of a framework.
    return (EXAMPLES_OF[kind.skill.category] ?? [kind.skill.category]).includes(next.skill.category) && !between.includes('\n') && !/[.;!?]\s/.test(between) && TO_EXAMPLES.test(between);
  }
  return false;
}

// The categories whose tools are examples of a kind of tool, by the kind's category: a language
// for scripting, a database for data warehousing, a language or framework for frontend work.
const EXAMPLES_OF: Partial<Record<SkillCategory, SkillCategory[]>> = {
  cloud: ['cloud', 'devops'],
  data: ['data', 'databases'],
  business: ['business', 'business tools'],
  frameworks: ['frameworks', 'languages', 'databases'],
};
