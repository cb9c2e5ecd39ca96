import type { Agenda } from 'agenda';
import { and, eq, isNull } from 'drizzle-orm';
import { calendarEntriesToSync } from '../domain/calendar/personCalendar.js';
import { connectionOf, coversCalendar, grantOf, storeRefreshedGrant } from '../domain/calendar/googleConnection.js';
import { syncCalendar, type SyncCounts } from '../domain/calendar/calendarSync.js';
import { CalendarAccessLost } from '../domain/calendar/remoteCalendar.js';
import { PersonRuns } from '../domain/people/personRuns.js';
import type { Services } from '../domain/services.js';
import { googleConnections } from '../models/googleCalendar.js';
import { people } from '../models/people.js';
import type { Notifier } from '../bots/notifier.js';
import { ui } from '../bots/ui.js';
import { sendOnce } from './sendOnce.js';

export const GOOGLE_CALENDAR_SYNC_JOB = 'google-calendar-sync';

// Connecting brings the past week along, not the whole history.
const CREATE_FROM_MS = 7 * 24 * 60 * 60_000;

export type PersonSync = SyncCounts | 'not-connected' | 'needs-reconnect';

/**
 * Keeps connected people's Google Calendars in step with their interviews and deadlines: after
 * each change to their data (in the background), and in a round every few minutes that catches
 * up whatever a failure or a restart left behind. A grant Google stops honouring is marked
 * broken and the person told once; what should be synced waits for them to connect again.
 */
export class GoogleCalendarSync {
  private readonly runs: PersonRuns;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly services: Services,
    private readonly notifier: Notifier,
  ) {
    this.runs = new PersonRuns(
      (personId) => this.syncPerson(personId),
      (error, personId) => services.logger.error({ err: error, personId }, 'google calendar sync failed'),
    );
    this.unsubscribe = services.google ? services.changes.subscribe((personId) => this.runs.schedule(personId)) : () => undefined;
  }

  async syncPerson(personId: number): Promise<PersonSync> {
    const { services } = this;
    const google = services.google;
    const connection = google ? await connectionOf(services.db, personId) : null;
    if (!google || !connection || !coversCalendar(connection)) return 'not-connected';
    if (connection.brokenAt) return 'needs-reconnect';
    const [person] = await services.db.select().from(people).where(eq(people.id, personId));
    const now = services.clock();
    const entries = await calendarEntriesToSync(services.db, services.config, personId, person!.timezone ?? services.config.timezone, now);
    const remote = google.calendarOf(String(personId), grantOf(services, connection), storeRefreshedGrant(services, personId));
    try {
      const counts = await syncCalendar(services.db, remote, personId, entries, now, new Date(now.getTime() - CREATE_FROM_MS));
      await services.db.update(googleConnections).set({ lastSyncedAt: now }).where(eq(googleConnections.personId, personId));
      return counts;
    } catch (error) {
      if (!(error instanceof CalendarAccessLost)) throw error;
      await services.db
        .update(googleConnections)
        .set({ brokenAt: now })
        .where(and(eq(googleConnections.personId, personId), isNull(googleConnections.brokenAt)));
      await this.askToReconnect(personId);
      return 'needs-reconnect';
    }
  }

  /** Tells the person, once per connection, that Google no longer lets Jobscout in. */
  private async askToReconnect(personId: number): Promise<void> {
    const connection = await connectionOf(this.services.db, personId);
    const [person] = await this.services.db.select().from(people).where(eq(people.id, personId));
    if (!connection?.brokenAt || !person || !this.notifier.canReach(person)) return;
    const reply = ui.message(
      [
        ui.section('Google Calendar stopped accepting Jobscout (access was removed or has expired), so your interviews and deadlines are not reaching it. Connect again with /job calendar connect: everything since will be caught up.'),
      ],
      { ephemeral: false },
    );
    await sendOnce({ ...this.services, notifier: this.notifier }, { key: `google-reconnect:${personId}:${connection.connectedAt.toISOString()}`, person, kind: 'google-reconnect' }, reply);
  }

  /**
   * Every connected person, a few at a time: catches up syncs that failed or were lost to a
   * restart, and reconnect notices not yet delivered.
   */
  async syncAll(): Promise<void> {
    if (!this.services.google) return;
    const queue = await this.services.db.select({ personId: googleConnections.personId, brokenAt: googleConnections.brokenAt }).from(googleConnections);
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        try {
          if (next.brokenAt) await this.askToReconnect(next.personId);
          else await this.syncPerson(next.personId);
        } catch (error) {
          this.services.logger.error({ err: error, personId: next.personId }, 'google calendar sync failed');
        }
      }
    };
    await Promise.all(Array.from({ length: this.services.config.google.syncConcurrency }, worker));
  }

  /** Resolves once no background sync is running. */
  idle(): Promise<void> {
    return this.runs.idle();
  }

  async stop(): Promise<void> {
    this.unsubscribe();
    await this.idle();
  }
}

export function defineGoogleCalendarSync(agenda: Agenda, sync: GoogleCalendarSync): void {
  agenda.define(GOOGLE_CALENDAR_SYNC_JOB, async () => {
    await sync.syncAll();
  });
}

export async function scheduleGoogleCalendarSync(agenda: Agenda, minutes: number): Promise<void> {
  await agenda.every(`${minutes} minutes`, GOOGLE_CALENDAR_SYNC_JOB);
}
