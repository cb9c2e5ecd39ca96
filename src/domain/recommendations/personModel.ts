import type { ProfileRow } from '../../models/profiles.js';
import { LEVEL_CREDIT } from '../analysis/fitScore.js';
import { titleWords } from './features.js';
import { affinity, type Taste } from './taste.js';

/** A job the person saved or applied to: their own evidence for "people who saved … also saved". */
export interface PersonItem {
  jobId: number;
  title: string;
  company: string;
}

/** Everything about one person the recommender reads; built from their own rows only. */
export interface PersonModel {
  personId: number;
  profile: Pick<ProfileRow, 'skills' | 'yearsExperience' | 'targetTitles' | 'locations' | 'remotePreference' | 'salaryFloor' | 'salaryCurrency'> | null;
  taste: Taste;
  /** Saves, applications, clicks, likes and dismissals so far. */
  signals: number;
  avoidTitles: string[];
  items: PersonItem[];
  /** Never offered: in the pipeline, dismissed, or offered before and expired. */
  excluded: Set<number>;
  /**
   * Where the person uses Jobscout (their own key included): postings added by hand elsewhere
   * are never offered, and collaborative counts come from these communities only.
   */
  communities: readonly string[];
}

/** Whether a posting may be offered to the person: public, or added in one of their communities. */
export function mayOffer(job: { community: string | null }, person: Pick<PersonModel, 'communities'>): boolean {
  return job.community === null || person.communities.includes(job.community);
}

/** A person's affinities by skill and by title word, −1…1: their profile, moved by what they did. */
export interface PersonVector {
  skills: Map<string, number>;
  titleWords: Map<string, number>;
}

const clamp = (value: number) => Math.max(-1, Math.min(1, value));
// Learned weights count half as much as what the person says of themselves.
const LEARNED_SHARE = 0.5;

export function personVector(person: PersonModel): PersonVector {
  const skills = new Map<string, number>();
  const words = new Map<string, number>();
  for (const skill of person.profile?.skills ?? []) skills.set(skill.name.toLowerCase(), LEVEL_CREDIT[skill.level]);
  for (const title of person.profile?.targetTitles ?? []) for (const word of titleWords(title)) words.set(word, 1);
  for (const [key, weight] of Object.entries(person.taste)) {
    const [kind, name] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (kind === 'skill') skills.set(name, clamp((skills.get(name) ?? 0) + LEARNED_SHARE * affinity(weight)));
    if (kind === 'title') words.set(name, clamp((words.get(name) ?? 0) + LEARNED_SHARE * affinity(weight)));
  }
  return { skills, titleWords: words };
}

/** Whether the title holds a phrase the person asked never to see ("manager", "sales"). */
export function isAvoided(title: string, avoid: readonly string[]): boolean {
  const lower = ` ${title.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ')} `;
  return avoid.some((phrase) => {
    const words = phrase.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim();
    return words.length > 0 && lower.includes(` ${words} `);
  });
}
