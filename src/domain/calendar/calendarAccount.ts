import type { RemoteCalendar } from './remoteCalendar.js';

/** Tokens as the provider gives them; stored sealed, never shown. */
export type CalendarGrant = { refresh_token?: string | null; access_token?: string | null } & Record<string, unknown>;

/** A calendar provider people connect through OAuth (Google): integrations/google implements it. */
export interface CalendarAccount {
  consentUrl(redirectUri: string, state: string): string;
  exchange(redirectUri: string, code: string): Promise<CalendarGrant>;
  revoke(grant: CalendarGrant): Promise<void>;
  /** The person's calendar; `user` keys the per-user pacing. */
  calendarOf(user: string, grant: CalendarGrant, onRefresh: (grant: CalendarGrant) => void): RemoteCalendar;
}
