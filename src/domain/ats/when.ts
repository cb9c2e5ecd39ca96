import * as chrono from 'chrono-node';
import { DateTime, IANAZone } from 'luxon';
import { UserError } from '../errors.js';
import { endOfDay } from '../deadlines/deadlineInstant.js';

/**
 * Reads a date and time the way people write it ("tomorrow 14:00", "2026-12-01 09:30",
 * "next tuesday 3pm", optionally ending in an IANA zone such as "Europe/Berlin") in `zone`.
 * Returns the instant and the zone it was given in.
 */
export function parseWhen(input: string, zone: string, now: Date, field = 'when'): { at: Date; zone: string } {
  let text = input.trim();
  let effectiveZone = zone;
  const zoneMatch = /\s+([A-Za-z_]+\/[A-Za-z_/+-]+|UTC)$/.exec(text);
  if (zoneMatch && IANAZone.isValidZone(zoneMatch[1]!)) {
    effectiveZone = zoneMatch[1]!;
    text = text.slice(0, zoneMatch.index);
  }
  const reference = DateTime.fromJSDate(now, { zone: effectiveZone });
  // chrono reads wall-clock components; luxon places them in the person's zone.
  const [result] = chrono.parse(text, { instant: now, timezone: reference.offset }, { forwardDate: true });
  if (!result || !coversAll(result, text)) throw badWhen(input, field);
  const start = result.start;
  // A reminder at a guessed hour is worse than asking for the hour.
  if (!start.isCertain('hour')) {
    throw new UserError('no_time', `${capitalise(field)}: "${input}" has no time of day. Add one, e.g. "${text} 14:00".`, field);
  }
  const local = DateTime.fromObject(
    {
      year: start.get('year') ?? reference.year,
      month: start.get('month') ?? reference.month,
      day: start.get('day') ?? reference.day,
      hour: start.get('hour')!,
      minute: start.get('minute') ?? 0,
    },
    { zone: effectiveZone },
  );
  checkPlaced(local, text, reference, () => badWhen(input, field), () => tooFar(input, field));
  return { at: local.toJSDate(), zone: effectiveZone };
}

/** Reads a calendar date ("2026-12-01", "Dec 1", "next friday") as YYYY-MM-DD. */
export function parseDate(input: string, zone: string, now: Date, field: string): string {
  const reference = DateTime.fromJSDate(now, { zone });
  const [result] = chrono.parse(input.trim(), { instant: now, timezone: reference.offset }, { forwardDate: true });
  if (!result || !coversAll(result, input.trim())) throw new UserError('bad_date', `${capitalise(field)}: "${input}" is not a date. Try 2026-12-01 or "next friday".`, field);
  const start = result.start;
  const date = DateTime.fromObject(
    { year: start.get('year') ?? reference.year, month: start.get('month')!, day: start.get('day')! },
    { zone },
  );
  checkPlaced(date, input.trim(), reference, () => new UserError('bad_date', `${capitalise(field)}: "${input}" is not a date. Try 2026-12-01.`, field), () => tooFar(input, field));
  return date.toISODate()!;
}

// Nothing in a job search is planned, or looked back on, further away than this: a date that
// far off is a typo in the year.
const MAX_YEARS_AWAY = 5;

/**
 * Refuses what chrono placed but the person didn't mean: an impossible date; a date written year
 * first that isn't year-month-day (chrono also reads "2026-13-01" as the 13th of January, which
 * nobody writes); one more than MAX_YEARS_AWAY from `reference`.
 */
function checkPlaced(placed: DateTime, text: string, reference: DateTime, notADate: () => UserError, tooFarOff: () => UserError): void {
  const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (!placed.isValid || (isoLike && (Number(isoLike[2]) !== placed.month || Number(isoLike[3]) !== placed.day))) throw notADate();
  if (Math.abs(placed.diff(reference, 'years').years) > MAX_YEARS_AWAY) throw tooFarOff();
}

function tooFar(input: string, field: string): UserError {
  return new UserError('far_date', `${capitalise(field)}: "${input}" is more than ${MAX_YEARS_AWAY} years away. Check the year.`, field);
}

/** chrono finds dates inside longer text; a form field must be a date and nothing else. */
function coversAll(result: chrono.ParsedResult, text: string): boolean {
  return text.length > 0 && result.index === 0 && result.text.length === text.length;
}

function badWhen(input: string, field: string): UserError {
  return new UserError(
    'bad_datetime',
    `${capitalise(field)}: "${input}" is not a date and time. Try "tomorrow 14:00", "2026-12-01 09:30" or "next tuesday 3pm Europe/Berlin".`,
    field,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Reads a deadline: a date and time ("friday 17:00") as given, or a date alone ("friday",
 * "2026-12-15") as the end of that day in `zone` (see deadlines/deadlineInstant.ts).
 */
export function parseDeadline(input: string, zone: string, now: Date, field = 'deadline'): Date {
  try {
    return parseWhen(input, zone, now, field).at;
  } catch (error) {
    // Not a date and time: read as a date alone, which says what is wrong in its own words.
    if (!(error instanceof UserError) || error.code === 'far_date') throw error;
    return endOfDay(parseDate(input, zone, now, field), zone);
  }
}
