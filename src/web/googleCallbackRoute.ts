import { randomBytes } from 'node:crypto';
import { finishGoogleConnect, GOOGLE_CALLBACK_PATH, type ConnectOutcome } from '../domain/calendar/googleConnection.js';
import { isUserError } from '../domain/errors.js';
import type { Services } from '../domain/services.js';
import { sendText, type WebRoute } from './webRoute.js';

const PAGES: Record<ConnectOutcome['kind'], [number, string]> = {
  connected: [200, 'Google Calendar is connected to Jobscout. Your interviews and deadlines are on their way to it; you can close this tab.'],
  used: [200, 'This link has done its work already. /job calendar in Jobscout shows whether Google Calendar is connected.'],
  unknown: [400, "This isn't a link Jobscout gave out. Ask for a new one with /job calendar connect."],
  expired: [400, 'This link has expired: links last ten minutes. Ask for a new one with /job calendar connect.'],
  denied: [200, 'Nothing was connected: Google says access was not granted. /job calendar connect tries again.'],
  no_refresh_token: [400, "Google did not grant Jobscout lasting access. Remove Jobscout under your Google Account's third-party access, then /job calendar connect again."],
  no_gmail: [400, 'Nothing was connected: sending from Gmail needs the "Send email on your behalf" permission ticked on the consent screen. /job email connect gmail tries again.'],
};

const GMAIL_CONNECTED = (address: string) => `Gmail is connected to Jobscout: your follow-ups can go out from ${address}, each only when you press Send. You can close this tab.`;

/** Where Google sends the person back after its consent screen. */
export function googleCallbackRoute(services: Services): WebRoute {
  return {
    method: 'GET',
    path: GOOGLE_CALLBACK_PATH,
    async handle(_request, response, url) {
      const query = { state: url.searchParams.get('state'), code: url.searchParams.get('code'), error: url.searchParams.get('error') };
      try {
        const outcome = await finishGoogleConnect(services, query);
        const [status, page] = PAGES[outcome.kind];
        const text = outcome.kind === 'connected' && outcome.purpose === 'gmail' ? GMAIL_CONNECTED(outcome.address ?? 'your address') : page;
        if (outcome.kind === 'connected') services.logger.info({ personId: outcome.personId, purpose: outcome.purpose }, 'google account connected');
        sendText(response, status, text);
      } catch (error) {
        if (isUserError(error)) return sendText(response, 400, error.message);
        const errorId = randomBytes(4).toString('hex');
        // The code and state stay out of the log: they are one step from the person's calendar.
        services.logger.error({ err: error, errorId }, 'google connect failed');
        sendText(response, 502, `Sorry, Google could not be reached to finish connecting (error id ${errorId}). Ask for a new link with /job calendar connect.`);
      }
    },
  };
}
