import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { people, type PersonRow } from '../../models/people.js';
import { preferences } from '../../models/preferences.js';
import { zoneName } from './zoneName.js';

/** Who is speaking: the platform is always stored beside the id. */
export interface PlatformIdentity {
  platform: 'console' | 'slack' | 'discord';
  workspace: string;
  platformUserId: string;
  displayName?: string;
}

/** Finds the person behind a platform account, creating them on first contact. */
export async function resolvePerson(db: Executor, identity: PlatformIdentity): Promise<PersonRow> {
  const [row] = await db
    .insert(people)
    .values({
      platform: identity.platform,
      workspace: identity.workspace,
      platformUserId: identity.platformUserId,
      displayName: identity.displayName ?? null,
    })
    .onConflictDoUpdate({
      target: [people.platform, people.workspace, people.platformUserId],
      // Touch a column so RETURNING yields the existing row; keep a known name if none is given.
      set: { displayName: sql`coalesce(excluded.display_name, ${people.displayName})` },
    })
    .returning();
  return row!;
}

/**
 * Stores the zone the person's platform reports (Slack's profile), which Jobscout uses for them
 * unless they chose one in /job prefs. Returns both zones as they now stand, or null for a name
 * luxon can't read (then nothing changes).
 */
export async function setPlatformTimezone(db: Executor, personId: number, zone: string): Promise<Pick<PersonRow, 'timezone' | 'platformTimezone'> | null> {
  const name = zoneName(zone);
  if (!name) return null;
  const chosen = db.select({ zone: preferences.timezone }).from(preferences).where(eq(preferences.personId, personId));
  const [row] = await db
    .update(people)
    .set({ platformTimezone: name, timezone: sql`coalesce((${chosen}), ${name})` })
    .where(eq(people.id, personId))
    .returning({ timezone: people.timezone, platformTimezone: people.platformTimezone });
  return row ?? null;
}
