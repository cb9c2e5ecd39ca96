import { MIN_SAMPLE, clearlyDifferent, wilson, type Rate } from './wilson.js';
import type { Outcome } from './outcomes.js';

/** One sent application with the traits analytics compares answers by. */
export interface SentApplication {
  outcome: Outcome;
  source: string;
  workMode: string;
  place: string | null;
  company: string;
  industry: string | null;
  role: string;
  seniority: string | null;
  skills: string[];
}

/** How one value of a trait ("Remote roles") did: answers, interviews and offers out of those sent. */
export interface TraitRates {
  label: string;
  sent: number;
  response: Rate;
  interview: Rate;
  offer: Rate;
}

export const DIMENSIONS = ['source', 'workMode', 'location', 'company', 'industry', 'role', 'skills', 'seniority'] as const;
export type DimensionKey = (typeof DIMENSIONS)[number];

export interface Dimension {
  key: DimensionKey;
  title: string;
  /** Most applications first. */
  traits: TraitRates[];
}

const WORK_MODE_LABEL: Record<string, string> = { remote: 'Remote roles', hybrid: 'Hybrid roles', onsite: 'On-site roles' };

interface DimensionSpec {
  title: string;
  /** The values an application has for this trait: a job asks for many skills, so it counts under each. */
  values(one: SentApplication): string[];
  /** How an insight names the group: "Remote roles", "Jobs at Acme". */
  describe(label: string): string;
}

const SPECS: Record<DimensionKey, DimensionSpec> = {
  source: { title: 'Where they came from', values: (one) => [one.source], describe: (label) => `Jobs from ${label}` },
  workMode: { title: 'By work mode', values: (one) => [WORK_MODE_LABEL[one.workMode] ?? 'Roles with no stated mode'], describe: (label) => label },
  location: { title: 'By place', values: (one) => (one.place ? [one.place] : []), describe: (label) => `Jobs in ${label}` },
  company: { title: 'By company', values: (one) => [one.company], describe: (label) => `Jobs at ${label}` },
  industry: { title: 'By industry or department', values: (one) => [one.industry ?? 'unknown'], describe: (label) => (label === 'unknown' ? 'Jobs with no industry given' : `${label} jobs`) },
  role: { title: 'By role', values: (one) => [one.role], describe: (label) => `${label} roles` },
  skills: { title: 'By skill asked for', values: (one) => one.skills, describe: (label) => `Jobs asking for ${label}` },
  seniority: { title: 'By seniority', values: (one) => [one.seniority ?? 'unstated'], describe: (label) => (label === 'unstated' ? 'Roles of no stated level' : `${label.charAt(0).toUpperCase()}${label.slice(1)} roles`) },
};

function traitRates(label: string, members: readonly SentApplication[]): TraitRates {
  const reached = (stage: 'response' | 'interview' | 'offer') => wilson(members.filter((one) => one.outcome.reached[stage]).length, members.length);
  return { label, sent: members.length, response: reached('response'), interview: reached('interview'), offer: reached('offer') };
}

/** Every dimension's groups with their rates, largest group first. */
export function dimensionsOf(sent: readonly SentApplication[]): Dimension[] {
  return DIMENSIONS.map((key) => {
    const groups = new Map<string, SentApplication[]>();
    for (const one of sent) {
      for (const label of new Set(SPECS[key].values(one))) {
        const members = groups.get(label);
        if (members) members.push(one);
        else groups.set(label, [one]);
      }
    }
    const traits = [...groups].map(([label, members]) => traitRates(label, members)).sort((a, b) => b.sent - a.sent || a.label.localeCompare(b.label, 'en', { numeric: true }));
    return { key, title: SPECS[key].title, traits };
  });
}

// "On-site roles" in the middle of a sentence is "on-site roles"; a name in it keeps its capitals.
const sentenceMiddle = (phrase: string) => `${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`;

const MEASURES = [
  { key: 'response', verb: 'answered' },
  { key: 'interview', verb: 'led to an interview' },
] as const;

/**
 * "Remote roles answered 4 of 10 times, on-site roles 1 of 12." At most `limit`, the widest
 * clear differences first, each from two groups of at least MIN_SAMPLE whose intervals don't
 * overlap. None when the data can't tell.
 */
export function insightsFrom(dimensions: readonly Dimension[], limit = 3): string[] {
  const found: { text: string; gap: number }[] = [];
  for (const dimension of dimensions) {
    const { describe } = SPECS[dimension.key];
    const solid = dimension.traits.filter((trait) => trait.sent >= MIN_SAMPLE);
    for (const { key, verb } of MEASURES) {
      for (const [index, a] of solid.entries()) {
        for (const b of solid.slice(index + 1)) {
          if (!clearlyDifferent(a[key], b[key])) continue;
          const [high, low] = a[key].share >= b[key].share ? [a, b] : [b, a];
          const text = `${describe(high.label)} ${verb} ${high[key].hits} of ${high.sent} times, ${sentenceMiddle(describe(low.label))} ${low[key].hits} of ${low.sent}.`;
          found.push({ text, gap: high[key].share - low[key].share });
        }
      }
    }
  }
  return found.sort((a, b) => b.gap - a.gap).slice(0, limit).map((insight) => insight.text);
}
