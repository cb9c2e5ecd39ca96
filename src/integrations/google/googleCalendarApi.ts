import { auth, calendar, type calendar_v3 } from '@googleapis/calendar';
import Bottleneck from 'bottleneck';
import type { Config } from '../../config.js';
import type { CalendarEntry } from '../../domain/calendar/calendarEntry.js';
import { CalendarAccessLost, type RemoteCalendar } from '../../domain/calendar/remoteCalendar.js';
import type { CalendarAccount, CalendarGrant, GmailMessage, GooglePurpose } from '../../domain/calendar/calendarAccount.js';
import { SendFailure } from '../../domain/email/mailer.js';

/** Only events: Jobscout neither reads nor changes anything else in the calendar. */
export const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar.events';
/** Sending only: Jobscout cannot read the mailbox through it. `email` names the address it sends from. */
export const GMAIL_SCOPES = ['https://www.googleapis.com/auth/gmail.send', 'openid', 'email'];

/** What Google's token endpoint gives (access and refresh token, expiry date, scope); kept sealed, as is. */
type GoogleTokens = CalendarGrant;

type OAuth2Client = InstanceType<typeof auth.OAuth2>;

/**
 * Google's OAuth 2.0 web-server flow and Calendar API, with every endpoint from config (tests
 * point them at a fake on 127.0.0.1). Uses the OAuth2 client of @googleapis/calendar itself, so
 * there is one google-auth-library in the process.
 */
export class GoogleCalendarApi implements CalendarAccount {
  // Paced under Google's quotas (600 requests a minute per user, 10,000 per project), so a
  // catch-up after an outage doesn't turn into a wall of 403/429 usageLimits answers.
  private readonly project: Bottleneck;
  private readonly perUser: Bottleneck.Group;

  constructor(private readonly settings: Config['google']) {
    this.project = new Bottleneck({ minTime: 60_000 / settings.projectRequestsPerMinute });
    this.perUser = new Bottleneck.Group({ minTime: 60_000 / settings.userRequestsPerMinute, maxConcurrent: 1 });
  }

  /**
   * Runs a Calendar API call in turn for the project, then for this user: the user's spacing is
   * the last wait, so the request leaves right when it ends.
   */
  private paced<T>(user: string, call: () => Promise<T>): Promise<T> {
    return this.project.schedule(() => this.perUser.key(user).schedule(call));
  }

  private client(redirectUri: string | undefined): OAuth2Client {
    const { clientId, clientSecret, authUrl, tokenUrl, revokeUrl } = this.settings;
    return new auth.OAuth2({ clientId, clientSecret, redirectUri, endpoints: { oauth2AuthBaseUrl: authUrl, oauth2TokenUrl: tokenUrl, oauth2RevokeUrl: revokeUrl } });
  }

  scopesFor(purpose: GooglePurpose): string[] {
    return purpose === 'gmail' ? GMAIL_SCOPES : [CALENDAR_SCOPE];
  }

  /**
   * The consent screen: offline access and `prompt=consent`, or Google sends no refresh token on
   * a second grant; `include_granted_scopes` keeps the calendar when Gmail is added, and back.
   */
  consentUrl(redirectUri: string, state: string, purpose: GooglePurpose): string {
    return this.client(redirectUri).generateAuthUrl({ access_type: 'offline', prompt: 'consent', scope: this.scopesFor(purpose), state, include_granted_scopes: true });
  }

  async exchange(redirectUri: string, code: string): Promise<GoogleTokens> {
    const { tokens } = await this.client(redirectUri).getToken(code);
    return { ...tokens };
  }

  /** Tells Google to forget the grant; one it has forgotten already is fine. */
  async revoke(tokens: GoogleTokens): Promise<void> {
    const token = tokens.refresh_token ?? tokens.access_token;
    if (!token) return;
    try {
      await this.client(undefined).revokeToken(token);
    } catch (error) {
      if (statusOf(error) !== 400) throw error;
    }
  }

  async sendGmail(user: string, tokens: GoogleTokens, onTokens: (tokens: GoogleTokens) => void, message: GmailMessage, beforeSend: () => Promise<void>): Promise<void> {
    const client = this.client(undefined);
    client.setCredentials(tokens as Parameters<OAuth2Client['setCredentials']>[0]);
    client.on('tokens', (fresh) => onTokens({ ...tokens, ...fresh, refresh_token: fresh.refresh_token ?? tokens.refresh_token }));
    // Marked as being handed over only once its turn under the quota has come.
    await this.paced(user, async () => {
      await beforeSend();
      await sendThroughGmail(client, this.settings.apiUrl, message);
    });
  }

  /** The person's primary calendar; `onTokens` keeps a refreshed access token. */
  calendarOf(user: string, tokens: GoogleTokens, onTokens: (tokens: GoogleTokens) => void): RemoteCalendar {
    const client = this.client(undefined);
    client.setCredentials(tokens as Parameters<OAuth2Client['setCredentials']>[0]);
    client.on('tokens', (fresh) => onTokens({ ...tokens, ...fresh, refresh_token: fresh.refresh_token ?? tokens.refresh_token }));
    const api = calendar({ version: 'v3', auth: client, rootUrl: this.settings.apiUrl });
    const calendarId = 'primary';
    const guarded = <T>(call: () => Promise<T>) => this.paced(user, () => grantGuarded(call));
    return {
      async insert(eventId, entry) {
        try {
          await guarded(() => api.events.insert({ calendarId, requestBody: { id: eventId, ...eventOf(entry) } }));
          return 'created';
        } catch (error) {
          if (statusOf(error) === 409) return 'exists';
          throw error;
        }
      },
      async update(eventId, entry) {
        try {
          await guarded(() => api.events.update({ calendarId, eventId, requestBody: eventOf(entry) }));
          return 'updated';
        } catch (error) {
          if (statusOf(error) === 404 || statusOf(error) === 410) return 'missing';
          throw error;
        }
      },
      async remove(eventId) {
        try {
          await guarded(() => api.events.delete({ calendarId, eventId }));
        } catch (error) {
          if (statusOf(error) !== 404 && statusOf(error) !== 410) throw error;
        }
      },
    };
  }
}

/** Sends through Gmail's users.messages.send: the message built by nodemailer, Message-ID and all. */
async function sendThroughGmail(client: OAuth2Client, apiUrl: string, message: GmailMessage): Promise<void> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer/index.js');
  const mime = await new MailComposer({
    from: message.fromName ? { name: message.fromName, address: message.from } : message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    messageId: message.messageId,
  })
    .compile()
    .build();
  try {
    await client.request({ url: new URL('gmail/v1/users/me/messages/send', apiUrl).toString(), method: 'POST', data: { raw: mime.toString('base64url') } });
  } catch (error) {
    const status = statusOf(error);
    const data = (error as { response?: { data?: { error?: string | { message?: string } } } }).response?.data;
    const said = typeof data?.error === 'string' ? data.error : (data?.error?.message ?? (error as Error).message);
    if (status === 401 || status === 403 || /invalid_grant/.test(String((error as Error).message))) throw new SendFailure('auth', `Google refused: ${said}`);
    // No answer at all: the request may have been carried out. 429 and 5xx: Google asks for a retry with backoff.
    if (status === undefined) throw new SendFailure('uncertain', `Gmail did not answer: ${said}`);
    if (status === 429 || status >= 500) throw new SendFailure('temporary', `Gmail: ${said}`);
    throw new SendFailure('permanent', `Gmail refused it: ${said}`);
  }
}

const DAY_MINUTES = 24 * 60;

/**
 * An entry as a Google event. Google counts an all-day event's reminders back from its start
 * (midnight) and not after it, so a deadline's "1 day before the end of the day" is at its
 * start and "3 hours before" can't be had there; both become a reminder at the start.
 */
function eventOf(entry: CalendarEntry): calendar_v3.Schema$Event {
  const minutes = entry.alarmsBefore === 'end' ? entry.alarmsMinutes.map((before) => Math.max(0, before - DAY_MINUTES)) : entry.alarmsMinutes;
  const when = (at: typeof entry.start) => (entry.allDay ? { date: at.toISODate()! } : { dateTime: at.toISO({ suppressMilliseconds: true })!, timeZone: at.zoneName! });
  return {
    summary: entry.summary,
    description: entry.description,
    location: entry.location,
    start: when(entry.start),
    end: when(entry.end),
    status: 'confirmed',
    // Google takes at most five reminder overrides.
    reminders: { useDefault: false, overrides: [...new Set(minutes)].slice(0, 5).map((before) => ({ method: 'popup', minutes: before })) },
    extendedProperties: { private: { jobscoutId: entry.uid } },
  };
}

function statusOf(error: unknown): number | undefined {
  return (error as { response?: { status?: number }; status?: number }).response?.status ?? (error as { status?: number }).status;
}

/** Runs a call, turning a grant Google no longer honours into CalendarAccessLost. */
async function grantGuarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const data = (error as { response?: { data?: { error?: string } } }).response?.data;
    if (data?.error === 'invalid_grant' || statusOf(error) === 401 || /invalid_grant/.test(String((error as Error).message))) throw new CalendarAccessLost('Google no longer accepts this grant');
    throw error;
  }
}
