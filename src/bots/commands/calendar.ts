import { z } from 'zod';
import { feedOf, renewFeed, revokeFeed } from '../../domain/calendar/calendarFeed.js';
import { connectionOf, coversCalendar, disconnectGoogle, googleConsentLink } from '../../domain/calendar/googleConnection.js';
import { feedPath } from '../../web/calendarFeedRoute.js';
import { emailAccountOf } from '../../domain/email/mailAccount.js';
import { ui } from '../ui.js';
import { formatWhen, zoneOf } from '../views/format.js';
import { defineCommand, type CommandContext, type CommandGroup } from './types.js';

const FEED_ACTIONS = ['renew', 'off'] as const;

const SUBSCRIBE_HOW = 'Subscribe to it in your calendar app: Google Calendar → Other calendars → From URL; Apple Calendar → File → New Calendar Subscription; Outlook → Add calendar → Subscribe from web. Keep it to yourself: anyone with the address sees your interviews.';

async function feedLine(ctx: CommandContext): Promise<string> {
  const feed = await feedOf(ctx.services.db, ctx.person.id);
  if (!feed) return 'Calendar feed: off. /job calendar feed gives you a private address for any calendar app.';
  const zone = zoneOf(ctx.services, ctx.person);
  const fetched = feed.lastFetchedAt ? `last read by a calendar ${formatWhen(feed.lastFetchedAt, zone)}` : 'not read by any calendar yet';
  return `Calendar feed: on since ${formatWhen(feed.createdAt, zone)}, ${fetched}.`;
}

async function googleLine(ctx: CommandContext): Promise<string> {
  if (!ctx.services.google) return "Google Calendar: not set up on this Jobscout (it needs GOOGLE_CLIENT_ID); the feed works with Google's calendar too.";
  const connection = await connectionOf(ctx.services.db, ctx.person.id);
  if (!connection || !coversCalendar(connection)) return 'Google Calendar: not connected. /job calendar connect adds your interviews and deadlines to it.';
  const zone = zoneOf(ctx.services, ctx.person);
  if (connection.brokenAt) return `Google Calendar: needs reconnecting — Google stopped accepting Jobscout on ${formatWhen(connection.brokenAt, zone)}. /job calendar connect, and everything is caught up.`;
  const synced = connection.lastSyncedAt ? `last synced ${formatWhen(connection.lastSyncedAt, zone)}` : 'first sync under way';
  return `Google Calendar: connected since ${formatWhen(connection.connectedAt, zone)}, ${synced}. /job calendar disconnect to stop.`;
}

const status = defineCommand({
  name: 'status',
  summary: 'Whether your interviews and deadlines reach a calendar',
  usage: '/job calendar',
  options: [],
  schema: z.object({}),
  async run(ctx) {
    return ui.message([ui.header('Your calendar'), ui.section(`${await googleLine(ctx)}\n${await feedLine(ctx)}`)], { ephemeral: true });
  },
});

const feed = defineCommand({
  name: 'feed',
  summary: 'A private calendar address (iCal) with your interviews and deadlines; renew or turn it off',
  usage: '/job calendar feed [renew|off]',
  options: [{ name: 'action', description: 'renew: a new address (the old one stops working); off: no feed', type: 'string', required: false, choices: FEED_ACTIONS }],
  schema: z.object({ action: z.preprocess((value) => (typeof value === 'string' ? value.toLowerCase() : value), z.enum(FEED_ACTIONS, { message: 'must be renew or off' }).optional()) }),
  async run(ctx, options) {
    const { db, clock } = ctx.services;
    if (options.action === 'off') {
      const had = await revokeFeed(db, ctx.person.id);
      return ui.message([ui.section(had ? 'Calendar feed off: its address no longer works. Calendars subscribed to it keep what they had.' : 'You have no calendar feed.')], { ephemeral: true });
    }
    const base = ctx.services.web.required('The calendar feed');
    const existing = await feedOf(db, ctx.person.id);
    if (existing && options.action !== 'renew') {
      return ui.message([ui.section(`${await feedLine(ctx)}\nIts address was shown once, when it was made. /job calendar feed renew gives a new one (the old one stops working); /job calendar feed off turns it off.`)], { ephemeral: true });
    }
    const token = await renewFeed(db, ctx.person.id, clock());
    const lead = existing ? 'New address for your calendar feed; the old one no longer works:' : 'Your private calendar feed:';
    return ui.message([ui.section(`${lead}\n${base}${feedPath(token)}`), ui.context(`Upcoming interviews (with their time zone and reminders), follow-ups as they come due, deadlines to apply and offer deadlines. ${SUBSCRIBE_HOW}`)], { ephemeral: true });
  },
});

const connect = defineCommand({
  name: 'connect',
  summary: 'Connect Google Calendar: interviews, deadlines and follow-ups appear there',
  usage: '/job calendar connect',
  options: [],
  schema: z.object({}),
  async run(ctx) {
    const link = await googleConsentLink(ctx.services, ctx.person.id);
    return ui.message(
      [
        ui.section(`Open this link to let Jobscout add events to your Google Calendar (only events: it reads nothing else). It works once, for 10 minutes:\n${link}`),
        ui.context('Interviews come with reminders 24 h, 1 h and 15 min before; deadlines as all-day events. They follow your changes: a reschedule moves them, a cancellation removes them.'),
      ],
      { ephemeral: true },
    );
  },
});

const disconnect = defineCommand({
  name: 'disconnect',
  summary: 'Disconnect Google Calendar: Jobscout gives up its access and forgets it',
  usage: '/job calendar disconnect',
  options: [],
  schema: z.object({}),
  async run(ctx) {
    const gmail = (await emailAccountOf(ctx.services.db, ctx.person.id))?.provider === 'gmail';
    const had = await disconnectGoogle(ctx.services, ctx.person.id);
    const also = gmail ? ' Sending from Gmail stopped with it: /job email connect sets email up again.' : '';
    const text = had ? `Google Calendar disconnected: Jobscout gave up its access and forgot it. Events it made stay in your calendar.${also}` : 'Google Calendar is not connected.';
    return ui.message([ui.section(text)], { ephemeral: true });
  },
});

export const calendar: CommandGroup = {
  name: 'calendar',
  summary: 'Your interviews and deadlines in your calendar',
  commands: [status, connect, feed, disconnect],
};
