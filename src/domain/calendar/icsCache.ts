import { createHash } from 'node:crypto';
import NodeCache from 'node-cache';
import type { CalendarEntry } from './calendarEntry.js';
import { fingerprintOf } from './calendarSync.js';

// ical-generator takes most of a millisecond per event (its line folding encodes character by
// character), and calendar apps fetch the same unchanged feed again and again.
const HOUR_SECONDS = 3600;
const MAX_FEEDS = 2000;

/** Feed files by person, reused while their entries are the same. */
export class IcsCache {
  private readonly cache = new NodeCache({ stdTTL: HOUR_SECONDS, checkperiod: 600, useClones: false, maxKeys: MAX_FEEDS });

  /** The file for these entries: the one made last time when nothing changed, else `make()`'s. */
  async get(personId: number, entries: readonly CalendarEntry[], make: () => Promise<string>): Promise<string> {
    const version = createHash('sha256').update(entries.map(fingerprintOf).join('\n')).digest('hex');
    const cached = this.cache.get<{ version: string; ics: string }>(personId);
    if (cached?.version === version) return cached.ics;
    const ics = await make();
    try {
      this.cache.set(personId, { version, ics });
    } catch {
      // Full (ECACHEFULL): this one is simply made again next time.
    }
    return ics;
  }
}
