import type { RemoteCalendar } from './remoteCalendar.js';

/** Tokens as the provider gives them; stored sealed, never shown. */
export type CalendarGrant = { refresh_token?: string | null; access_token?: string | null } & Record<string, unknown>;

/** What a person connects their Google account for. */
export type GooglePurpose = 'calendar' | 'gmail';

/** A message to send from the person's Gmail. */
export interface GmailMessage {
  from: string;
  fromName: string | null;
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

/** A calendar provider people connect through OAuth (Google): integrations/google implements it. */
export interface CalendarAccount {
  /** The scopes a purpose asks for; what was granted before is kept (incremental consent). */
  scopesFor(purpose: GooglePurpose): string[];
  consentUrl(redirectUri: string, state: string, purpose: GooglePurpose): string;
  exchange(redirectUri: string, code: string): Promise<CalendarGrant>;
  revoke(grant: CalendarGrant): Promise<void>;
  /** The person's calendar; `user` keys the per-user pacing. */
  calendarOf(user: string, grant: CalendarGrant, onRefresh: (grant: CalendarGrant) => void): RemoteCalendar;
  /** Sends through the Gmail API, calling `beforeSend` just before the request; throws SendFailure. */
  sendGmail(user: string, grant: CalendarGrant, onRefresh: (grant: CalendarGrant) => void, message: GmailMessage, beforeSend: () => Promise<void>): Promise<void>;
}
