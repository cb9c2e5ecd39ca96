/** How many of each pay period make a working year (40-hour weeks, 52 weeks). */
const PER_YEAR: Record<string, number> = { HOUR: 2080, DAY: 260, WEEK: 52, MONTH: 12, YEAR: 1 };

/** Normalises "HOUR", "hourly", "per month", "annual"… to one of PER_YEAR's keys; yearly when unknown. */
export function payPeriod(unit: string | null | undefined): keyof typeof PER_YEAR {
  const text = (unit ?? '').toLowerCase();
  if (/hour|\bhr\b/.test(text)) return 'HOUR';
  if (/day|daily/.test(text)) return 'DAY';
  if (/week/.test(text)) return 'WEEK';
  if (/month|mo\b/.test(text)) return 'MONTH';
  return 'YEAR';
}

/** A yearly whole amount from an amount paid per `unit`. */
export function toYearly(amount: number, unit: string | null | undefined): number {
  return Math.round(amount * PER_YEAR[payPeriod(unit)]!);
}
