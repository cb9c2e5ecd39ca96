import { DateTime } from 'luxon';

/**
 * Today's digest slot for a person, when it has come and is not too late to send: the local date
 * names it, so there is one per local day whatever the clocks do. On the day a time doesn't
 * exist (02:30 when clocks jump forward), luxon moves it to the first valid minute after.
 */
export function digestSlot(now: Date, zone: string, time: string, latestHoursLate: number): { localDate: string; at: Date } | null {
  const [hour, minute] = time.split(':').map(Number);
  const local = DateTime.fromJSDate(now, { zone });
  const at = local.startOf('day').set({ hour, minute });
  if (now < at.toJSDate() || now.getTime() > at.toJSDate().getTime() + latestHoursLate * 3_600_000) return null;
  return { localDate: local.toISODate()!, at: at.toJSDate() };
}

export const digestDeliveryKey = (personId: number, localDate: string) => `digest:${personId}:${localDate}`;
