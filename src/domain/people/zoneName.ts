import { IANAZone } from 'luxon';

/**
 * The canonical spelling of an IANA zone ("europe/berlin" → "Europe/Berlin"), or null when
 * it is not one. The runtime's time-zone database does the spelling, so what is stored is what
 * people read back.
 */
export function zoneName(zone: string): string | null {
  if (!IANAZone.isValidZone(zone)) return null;
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}
