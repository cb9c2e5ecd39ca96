import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { personOfFeed } from '../domain/calendar/calendarFeed.js';
import { personCalendar } from '../domain/calendar/personCalendar.js';
import { IcsCache } from '../domain/calendar/icsCache.js';
import type { Services } from '../domain/services.js';
import { people } from '../models/people.js';
import { sendText, type WebRoute } from './webRoute.js';

const FEED_FILE = /^\/calendar\/([A-Za-z0-9_-]{16,64})\.ics$/;

const FEED_PAST_MS = 7 * 24 * 60 * 60_000;

/** The address path of a feed with this secret. */
export const feedPath = (token: string) => `/calendar/${token}.ics`;

/**
 * A person's private calendar feed: their interviews and deadlines as iCalendar, for any
 * calendar app to subscribe to. An unknown or retired secret reads as nothing there at all.
 */
export function calendarFeedRoute(services: Services): WebRoute {
  const files = new IcsCache();
  return {
    method: 'GET',
    path: '/calendar/:file',
    async handle(_request, response, url) {
      const token = FEED_FILE.exec(url.pathname)?.[1];
      try {
        const now = services.clock();
        const personId = token ? await personOfFeed(services.db, token, now) : null;
        if (personId === null) return sendText(response, 404, 'No calendar here. In Jobscout, /job calendar feed renew gives a new address.');
        const [person] = await services.db.select().from(people).where(eq(people.id, personId));
        const zone = person!.timezone ?? services.config.timezone;
        // The past week too, so a calendar doesn't drop an interview the moment it starts.
        const entries = await personCalendar(services.db, services.config, personId, zone, now, new Date(now.getTime() - FEED_PAST_MS));
        const ics = await files.get(personId, entries, async () => {
          // Loaded on the first fetch: commands name this module for its path, at every start-up.
          const { icsCalendar } = await import('../domain/calendar/icsCalendar.js');
          return icsCalendar('Jobscout', entries, now, { method: 'publish' });
        });
        // Private to whoever holds the address; calendar apps poll it, so a few minutes of caching is fine.
        response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'inline; filename="jobscout.ics"', 'cache-control': 'private, max-age=300' });
        response.end(ics);
      } catch (error) {
        const errorId = randomBytes(4).toString('hex');
        // The secret stays out of the log: it is as good as a password to the feed.
        services.logger.error({ err: error, errorId }, 'calendar feed failed');
        sendText(response, 500, `Sorry, the calendar could not be made just now (error id ${errorId}).`);
      }
    },
  };
}
