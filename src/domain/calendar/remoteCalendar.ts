import type { CalendarEntry } from './calendarEntry.js';

/**
 * A calendar Jobscout writes a person's entries to (their Google Calendar). Events have ids
 * Jobscout chooses, so a retry after a lost answer finds the event it made instead of adding
 * a second one.
 */
export interface RemoteCalendar {
  /** "exists" when an event with this id is there already (an earlier attempt made it). */
  insert(eventId: string, entry: CalendarEntry): Promise<'created' | 'exists'>;
  /** "missing" when there is no such event to update. */
  update(eventId: string, entry: CalendarEntry): Promise<'updated' | 'missing'>;
  /** Removes the event; one already gone is fine. */
  remove(eventId: string): Promise<void>;
}

/** The person's grant no longer works (revoked, expired): they must connect again. */
export class CalendarAccessLost extends Error {
  override name = 'CalendarAccessLost';
}
