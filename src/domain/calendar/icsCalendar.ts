import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import type { CalendarEntry } from './calendarEntry.js';

/**
 * An iCalendar file of `entries`: a VTIMEZONE for each zone used, each timed event under its
 * own TZID at its wall-clock time, all-day events as dates, and a display alarm per reminder.
 * ical-generator writes the time it is given under the TZID; given a plain Date it would write
 * the server's local clock there, so every time is a zoned luxon DateTime. No calendar-wide
 * zone is named: with one, ical-generator writes DTSTAMP in it without the UTC "Z".
 */
export function icsCalendar(name: string, entries: readonly CalendarEntry[], now: Date, options: { method?: 'publish' } = {}): string {
  // DTSTAMP is in UTC ("Z"), which ical-generator writes from a plain Date by itself, and far
  // faster than from a luxon DateTime.
  const stamp = now;
  const calendar = ical({ name, prodId: { company: 'Jobscout', product: 'Jobscout', language: 'EN' }, timezone: { name: null, generator: getVtimezoneComponent } });
  if (options.method === 'publish') calendar.method(ICalCalendarMethod.PUBLISH);
  for (const entry of entries) {
    const event = calendar.createEvent({
      id: entry.uid,
      stamp,
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      start: entry.allDay ? entry.start.toISODate()! : entry.start,
      end: entry.allDay ? entry.end.toISODate()! : entry.end,
      allDay: entry.allDay,
      timezone: entry.allDay ? null : entry.start.zoneName,
    });
    for (const minutes of entry.alarmsMinutes) {
      const alarm = event.createAlarm({ type: ICalAlarmType.display, triggerBefore: minutes * 60, description: entry.summary });
      // Set on the alarm itself: ical-generator 10.2 ignores `relatesTo` passed to createAlarm.
      if (entry.alarmsBefore === 'end') alarm.relatesTo(ICalAlarmRelatesTo.end);
    }
  }
  return calendar.toString();
}
