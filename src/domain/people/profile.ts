import { eq } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { profiles, SKILL_LEVELS, type ProfileRow, type ProfileSkill, type RemotePreference, type SkillLevel } from '../../models/profiles.js';
import type { Taxonomy } from '../analysis/taxonomy.js';
import { UserError } from '../errors.js';
import { changePersonData } from './changes.js';
import type { Services } from '../services.js';

const LEVEL_WORDS: Record<string, SkillLevel> = { beginner: 'beginner', basic: 'beginner', junior: 'beginner', intermediate: 'intermediate', good: 'intermediate', advanced: 'advanced', strong: 'advanced', expert: 'expert', senior: 'expert' };

/**
 * "TypeScript: expert, k8s advanced, Go" → skills with levels (intermediate when none is given),
 * named as the taxonomy names them. A skill Jobscout doesn't know is kept as typed.
 */
export function parseProfileSkills(text: string, taxonomy: Taxonomy): ProfileSkill[] {
  const skills = new Map<string, ProfileSkill>();
  for (const part of text.split(/[,;\n]+/).map((piece) => piece.trim()).filter(Boolean)) {
    const match = /^(.*?)[\s:(-]*\b(beginner|basic|junior|intermediate|good|advanced|strong|expert|senior)\)?$/i.exec(part);
    const name = (match ? match[1]! : part).replace(/[:(\s-]+$/, '').trim();
    if (!name) continue;
    if (name.length > 60) throw new UserError('bad_skill', `"${name.slice(0, 30)}…" is too long for a skill name; separate skills with commas.`, 'skills');
    const level = match ? LEVEL_WORDS[match[2]!.toLowerCase()]! : 'intermediate';
    const known = taxonomy.resolve(name);
    skills.set((known?.name ?? name).toLowerCase(), { name: known?.name ?? name, category: known?.category ?? null, level });
  }
  return [...skills.values()];
}

/**
 * "Berlin, Lisbon or remote" → the places, and how the person wants to work: "remote" alone is
 * remote only, places with "remote" are either, "hybrid" and "on-site" say themselves.
 */
export function parseLocations(text: string): { locations: string[]; remotePreference: RemotePreference } {
  const lower = text.toLowerCase();
  const locations = text
    .split(/[,;]|\bor\b|\band\b/i)
    .map((place) => place.replace(/\b(remote|hybrid|on[- ]?site|in[- ]office|only|fully)\b/gi, '').trim())
    .filter(Boolean);
  let remotePreference: RemotePreference = 'any';
  if (/\bhybrid\b/.test(lower)) remotePreference = 'hybrid';
  else if (/\bremote\b/.test(lower)) remotePreference = locations.length ? 'any' : 'remote';
  else if (/\bon[- ]?site\b|\bin[- ]office\b/.test(lower)) remotePreference = 'onsite';
  return { locations, remotePreference };
}

export function isSkillLevel(value: string): value is SkillLevel {
  return (SKILL_LEVELS as readonly string[]).includes(value);
}

export type ProfileInput = Omit<ProfileRow, 'personId' | 'updatedAt'>;

/** Saves (or replaces) the person's profile. */
export async function saveProfile(services: Services, personId: number, input: ProfileInput): Promise<ProfileRow> {
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const row = { personId, ...input, updatedAt: now };
    const [saved] = await tx.insert(profiles).values(row).onConflictDoUpdate({ target: profiles.personId, set: row }).returning();
    return saved!;
  });
}

/** The person's own profile, or null before they have made one. */
export async function getProfile(db: Executor, personId: number): Promise<ProfileRow | null> {
  const [row] = await db.select().from(profiles).where(eq(profiles.personId, personId));
  return row ?? null;
}
