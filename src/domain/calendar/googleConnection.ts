import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { googleConnections, googleEvents, oauthStates, type GoogleConnectionRow } from '../../models/googleCalendar.js';
import type { Executor } from '../../models/database.js';
import { UserError } from '../errors.js';
import { Sealer } from '../secrets/sealer.js';
import type { Services } from '../services.js';
import type { CalendarAccount, CalendarGrant } from './calendarAccount.js';

/** Where Google sends the person back after the consent screen. */
export const GOOGLE_CALLBACK_PATH = '/oauth/google/callback';

// Long enough to read a consent screen; short enough that a link found later in a DM is dead.
const STATE_TTL_MS = 10 * 60_000;

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex');

function googleOrRefuse(services: Services): { google: CalendarAccount; redirectUri: string } {
  if (!services.google) {
    throw new UserError('no_google', "Google Calendar isn't set up on this Jobscout: whoever runs it needs GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET. Meanwhile /job calendar feed works with any calendar app, Google's included.");
  }
  const base = services.web.required('Connecting Google');
  return { google: services.google, redirectUri: `${base}${GOOGLE_CALLBACK_PATH}` };
}

/** A consent link for this person: its state is theirs alone, works once, and for ten minutes. */
export async function googleConsentLink(services: Services, personId: number): Promise<string> {
  const { google, redirectUri } = googleOrRefuse(services);
  const now = services.clock();
  const state = randomBytes(24).toString('base64url');
  await services.db.delete(oauthStates).where(lt(oauthStates.expiresAt, now));
  await services.db.insert(oauthStates).values({ stateHash: hashOf(state), personId, provider: 'google', expiresAt: new Date(now.getTime() + STATE_TTL_MS) });
  return google.consentUrl(redirectUri, state);
}

export type ConnectOutcome =
  | { kind: 'connected'; personId: number }
  /** The same link again (a refresh, a second tab): it did its work the first time. */
  | { kind: 'used'; personId: number; connected: boolean }
  | { kind: 'unknown' | 'expired' | 'denied' | 'no_refresh_token' };

/** Google's redirect: checks the state, takes it (once), trades the code for tokens and keeps them sealed. */
export async function finishGoogleConnect(services: Services, query: { state: string | null; code: string | null; error: string | null }): Promise<ConnectOutcome> {
  const { google, redirectUri } = googleOrRefuse(services);
  const now = services.clock();
  if (!query.state) return { kind: 'unknown' };
  const stateHash = hashOf(query.state);
  const [row] = await services.db.select().from(oauthStates).where(eq(oauthStates.stateHash, stateHash));
  if (!row) return { kind: 'unknown' };
  const claimed = await services.db
    .update(oauthStates)
    .set({ usedAt: now })
    .where(and(eq(oauthStates.stateHash, stateHash), isNull(oauthStates.usedAt)))
    .returning();
  if (!claimed.length) return { kind: 'used', personId: row.personId, connected: (await connectionOf(services.db, row.personId)) !== null };
  if (row.expiresAt <= now) return { kind: 'expired' };
  if (query.error || !query.code) return { kind: 'denied' };
  const grant = await google.exchange(redirectUri, query.code);
  if (!grant.refresh_token) return { kind: 'no_refresh_token' };
  const sealedTokens = sealer(services).seal(JSON.stringify(grant));
  await services.db
    .insert(googleConnections)
    .values({ personId: row.personId, sealedTokens, connectedAt: now })
    .onConflictDoUpdate({ target: googleConnections.personId, set: { sealedTokens, connectedAt: now, brokenAt: null } });
  services.changes.emit(row.personId);
  return { kind: 'connected', personId: row.personId };
}

export async function connectionOf(db: Executor, personId: number): Promise<GoogleConnectionRow | null> {
  const [row] = await db.select().from(googleConnections).where(eq(googleConnections.personId, personId));
  return row ?? null;
}

export function sealer(services: Services): Sealer {
  // Config refuses GOOGLE_CLIENT_ID without JOBSCOUT_SECRET_KEY.
  return new Sealer(services.config.secretKey!);
}

export function grantOf(services: Services, connection: GoogleConnectionRow): CalendarGrant {
  return JSON.parse(sealer(services).open(connection.sealedTokens)) as CalendarGrant;
}

/**
 * Revokes the person's grant at Google and forgets it, with what Jobscout knew of the events it
 * made (they stay in the calendar). False when there was no connection.
 */
export async function disconnectGoogle(services: Services, personId: number): Promise<boolean> {
  const connection = await connectionOf(services.db, personId);
  if (!connection) return false;
  try {
    if (services.google) await services.google.revoke(grantOf(services, connection));
  } catch (error) {
    // Forgotten here either way: the person can also remove Jobscout in their Google account.
    services.logger.warn({ err: error, personId }, 'google revoke failed');
  }
  await services.db.transaction(async (tx) => {
    await tx.delete(googleEvents).where(eq(googleEvents.personId, personId));
    await tx.delete(googleConnections).where(eq(googleConnections.personId, personId));
  });
  return true;
}
