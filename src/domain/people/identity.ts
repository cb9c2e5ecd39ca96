import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { people, type PersonRow } from '../../models/people.js';
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
 * Stores the zone the person's platform reports (Slack's profile), which the digest and "today"
 * follow unless they chose one in /job prefs. Returns the zone's canonical name, or null for a
 * name luxon can't read (then nothing changes).
 */
export async function setPlatformTimezone(db: Executor, personId: number, zone: string): Promise<string | null> {
  const name = zoneName(zone);
  if (!name) return null;
  await db
    .update(people)
    .set({ timezone: name })
    .where(and(eq(people.id, personId), or(isNull(people.timezone), ne(people.timezone, name))));
  return name;
}
