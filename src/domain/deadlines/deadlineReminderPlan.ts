/** What a deadline is for: applying (an application's) or answering an offer. */
export type DeadlineKind = 'application' | 'offer';

/**
 * The reminder due now for a deadline at `deadline`, if any: the closest offset whose moment has
 * come, so after downtime the person gets one "tomorrow", not a "in 3 days" and a "tomorrow" at
 * once. An offset whose moment passed before the deadline was known (`knownSince`) is not due:
 * setting a deadline two days out does not send a "3 days left" at once.
 */
export function dueDeadlineOffset(deadline: Date, knownSince: Date, offsetsMinutes: readonly number[], now: Date): number | null {
  if (now.getTime() >= deadline.getTime()) return null;
  const started = [...new Set(offsetsMinutes)].filter((offset) => now.getTime() >= deadline.getTime() - offset * 60_000).sort((a, b) => a - b);
  const closest = started[0];
  if (closest === undefined || deadline.getTime() - closest * 60_000 < knownSince.getTime()) return null;
  return closest;
}

/** One key per deadline, offset and instant: a moved deadline gets fresh reminders, a repeat none. */
export function deadlineDeliveryKey(kind: DeadlineKind, id: number, offsetMinutes: number, deadline: Date): string {
  return `deadline:${kind}:${id}:${offsetMinutes}:${deadline.toISOString()}`;
}
