import { eq, sql } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Executor } from '../../models/database.js';
import { people, type PersonRow } from '../../models/people.js';
import { preferences, type PreferencesRow } from '../../models/preferences.js';
import { profiles, type RemotePreference } from '../../models/profiles.js';
import { UserError } from '../errors.js';
import type { Services } from '../services.js';
import { changePersonData } from './changes.js';
import { zoneName } from './zoneName.js';

/** A person's preferences with the defaults filled in for what they haven't chosen. */
export interface Preferences {
  digestEnabled: boolean;
  digestTime: string;
  /** The zone they chose, or null to use the platform's (Slack profile) or the default. */
  chosenTimezone: string | null;
  digestSize: number;
  avoidTitles: string[];
  weeklyReport: boolean;
}

export function defaultPreferences(config: Config): Preferences {
  return { digestEnabled: true, digestTime: config.digest.defaultTime, chosenTimezone: null, digestSize: config.digest.defaultSize, avoidTitles: [], weeklyReport: false };
}

export function withDefaults(row: PreferencesRow | null | undefined, config: Config): Preferences {
  if (!row) return defaultPreferences(config);
  return { digestEnabled: row.digestEnabled, digestTime: row.digestTime, chosenTimezone: row.timezone, digestSize: row.digestSize, avoidTitles: row.avoidTitles, weeklyReport: row.weeklyReport };
}

export async function getPreferences(db: Executor, config: Config, personId: number): Promise<Preferences> {
  const [row] = await db.select().from(preferences).where(eq(preferences.personId, personId));
  return withDefaults(row, config);
}

/** The zone the digest and "today" follow: the person's choice, else their platform's, else the default. */
export function digestZone(prefs: Pick<Preferences, 'chosenTimezone'>, person: Pick<PersonRow, 'platformTimezone'>, config: Config): string {
  return prefs.chosenTimezone ?? person.platformTimezone ?? config.timezone;
}

/** "off" → disabled; "9:30", "08:00 Europe/Berlin", "7am America/New_York" → a time and maybe a zone. */
export function parseDigestSetting(text: string): { enabled: boolean; time: string | null; zone: string | null } {
  const value = text.trim();
  if (/^(off|no|none|never|disabled?)$/i.test(value)) return { enabled: false, time: null, zone: null };
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?(?:\s+(.+))?$/i.exec(value);
  const problem = 'Write a time of day such as 09:00, optionally with a time zone (09:00 Europe/Berlin), or off.';
  if (!match) throw new UserError('bad_digest_time', problem);
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase();
  if (half && (hour < 1 || hour > 12)) throw new UserError('bad_digest_time', problem);
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) throw new UserError('bad_digest_time', problem);
  const written = match[4]?.trim() ?? null;
  const zone = written ? zoneName(written) : null;
  if (written && !zone) throw new UserError('bad_timezone', `"${written}" is not a time zone Jobscout knows. Use a name like Europe/Berlin or America/New_York.`);
  return { enabled: true, time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, zone };
}

export interface PreferencesInput {
  digestEnabled: boolean;
  digestTime: string;
  timezone: string | null;
  digestSize: number;
  avoidTitles: string[];
  /** Shared with the profile, where fit scores read them too. */
  where: { locations: string[]; remotePreference: RemotePreference } | null;
  salaryFloor: { amount: number; currency: string | null } | null;
}

/** Turns the Monday report on or off, keeping every other preference as it is. */
export async function setWeeklyReport(services: Services, personId: number, on: boolean): Promise<void> {
  const now = services.clock();
  const defaults = defaultPreferences(services.config);
  await changePersonData(services, personId, async (tx) => {
    await tx
      .insert(preferences)
      .values({ personId, digestEnabled: defaults.digestEnabled, digestTime: defaults.digestTime, timezone: null, digestSize: defaults.digestSize, avoidTitles: [], weeklyReport: on, updatedAt: now })
      .onConflictDoUpdate({ target: preferences.personId, set: { weeklyReport: on, updatedAt: now } });
  });
}

/** Saves the digest settings and the titles to avoid, and where the person wants to work and for how much. */
export async function savePreferences(services: Services, personId: number, input: PreferencesInput): Promise<void> {
  const now = services.clock();
  await changePersonData(services, personId, async (tx) => {
    const row = { personId, digestEnabled: input.digestEnabled, digestTime: input.digestTime, timezone: input.timezone, digestSize: input.digestSize, avoidTitles: input.avoidTitles, updatedAt: now };
    await tx.insert(preferences).values(row).onConflictDoUpdate({ target: preferences.personId, set: row });
    // The chosen zone is the person's zone everywhere (interview times too); without one, their platform's.
    await tx
      .update(people)
      .set({ timezone: input.timezone ?? sql`${people.platformTimezone}` })
      .where(eq(people.id, personId));
    const wishes = {
      locations: input.where?.locations ?? [],
      remotePreference: input.where?.remotePreference ?? ('any' as const),
      salaryFloor: input.salaryFloor?.amount ?? null,
      salaryCurrency: input.salaryFloor?.currency ?? null,
      updatedAt: now,
    };
    // Someone without a profile yet gets one holding just these; their skills come with /job profile.
    await tx.insert(profiles).values({ personId, skills: [], yearsExperience: null, targetTitles: [], ...wishes }).onConflictDoUpdate({ target: profiles.personId, set: wishes });
  });
}
