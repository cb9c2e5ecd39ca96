import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { googleConnections, googleEvents, oauthStates, type GoogleConnectionRow } from '../../models/googleCalendar.js';
import type { Executor } from '../../models/database.js';
import { UserError } from '../errors.js';
import { Sealer } from '../secrets/sealer.js';
import type { Services } from '../services.js';
import type { CalendarAccount, CalendarGrant, GooglePurpose } from './calendarAccount.js';
import { emailAccounts } from '../../models/emailAccounts.js';

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
export async function googleConsentLink(services: Services, personId: number, purpose: GooglePurpose = 'calendar'): Promise<string> {
  const { google, redirectUri } = googleOrRefuse(services);
  const now = services.clock();
  const state = randomBytes(24).toString('base64url');
  await services.db.delete(oauthStates).where(lt(oauthStates.expiresAt, now));
  await services.db.insert(oauthStates).values({ stateHash: hashOf(state), personId, provider: 'google', purpose, expiresAt: new Date(now.getTime() + STATE_TTL_MS) });
  return google.consentUrl(redirectUri, state, purpose);
}

export type ConnectOutcome =
  | { kind: 'connected'; personId: number; purpose: GooglePurpose; address?: string }
  /** The same link again (a refresh, a second tab): it did its work the first time. */
  | { kind: 'used'; personId: number; connected: boolean }
  | { kind: 'unknown' | 'expired' | 'denied' | 'no_refresh_token' | 'no_gmail' };

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
  const purpose = row.purpose as GooglePurpose;
  // Google says what the grant covers; the person may have unticked a scope on the consent screen.
  const scopes = typeof grant.scope === 'string' ? grant.scope : google.scopesFor(purpose).join(' ');
  const address = purpose === 'gmail' ? grantedAddress(grant) : null;
  if (purpose === 'gmail' && (!address || !scopes.includes(GMAIL_SEND_SCOPE))) return { kind: 'no_gmail' };
  const sealedTokens = sealer(services).seal(JSON.stringify(grant));
  await services.db.transaction(async (tx) => {
    await tx
      .insert(googleConnections)
      .values({ personId: row.personId, sealedTokens, connectedAt: now, scopes })
      .onConflictDoUpdate({ target: googleConnections.personId, set: { sealedTokens, connectedAt: now, brokenAt: null, scopes } });
    if (address) {
      const account = { provider: 'gmail', fromAddress: address, sealedSettings: '', connectedAt: now, brokenAt: null, brokenReason: null };
      await tx.insert(emailAccounts).values({ personId: row.personId, ...account }).onConflictDoUpdate({ target: emailAccounts.personId, set: account });
    }
  });
  services.changes.emit(row.personId);
  return { kind: 'connected', personId: row.personId, purpose, ...(address ? { address } : {}) };
}

export const GMAIL_SEND_SCOPE = 'https://www.googleapis.com/auth/gmail.send';
const CALENDAR_EVENTS_SCOPE = 'https://www.googleapis.com/auth/calendar.events';

/** Whether the person's Google grant covers their calendar (a Gmail-only one doesn't). */
export function coversCalendar(connection: Pick<GoogleConnectionRow, 'scopes'>): boolean {
  return connection.scopes.split(/\s+/).includes(CALENDAR_EVENTS_SCOPE);
}

/**
 * The address the grant belongs to, from the OpenID id_token the token endpoint returned with it.
 * It came straight from Google over TLS in answer to our own request, so its claims are read
 * without checking the signature (OpenID Connect Core 3.1.3.7).
 */
function grantedAddress(grant: CalendarGrant): string | null {
  const token = typeof grant.id_token === 'string' ? grant.id_token : null;
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { email?: unknown; email_verified?: unknown };
    return typeof claims.email === 'string' && claims.email_verified !== false ? claims.email.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Keeps an access token Google refreshed, sealed, for the next call. */
export function storeRefreshedGrant(services: Services, personId: number): (grant: CalendarGrant) => void {
  return (grant) => {
    services.db
      .update(googleConnections)
      .set({ sealedTokens: sealer(services).seal(JSON.stringify(grant)) })
      .where(eq(googleConnections.personId, personId))
      .catch((error: unknown) => services.logger.error({ err: error, personId }, 'refreshed google token not stored'));
  };
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
    // The grant was Gmail's too: sending from it ends with it.
    await tx.delete(emailAccounts).where(and(eq(emailAccounts.personId, personId), eq(emailAccounts.provider, 'gmail')));
  });
  return true;
}
