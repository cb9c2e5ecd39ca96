/** The periods pay is stated in. */
export const PAY_PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** How many of each pay period make a working year (40-hour weeks, 52 weeks). */
export const PER_YEAR: Record<PayPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

/** Normalises "HOUR", "hourly", "per month", "annual", "/yr"… to a pay period; yearly when unknown. */
export function payPeriod(unit: string | null | undefined): PayPeriod {
  const text = (unit ?? '').toLowerCase();
  if (/hour|\bhr\b|\bh\b/.test(text)) return 'hour';
  if (/day|daily/.test(text)) return 'day';
  if (/week/.test(text)) return 'week';
  if (/month|\bmo\b|\bmth\b|\bpcm\b/.test(text)) return 'month';
  return 'year';
}

/** A yearly whole amount from an amount paid per `unit`. */
export function toYearly(amount: number, unit: string | null | undefined): number {
  return Math.round(amount * PER_YEAR[payPeriod(unit)]);
}

/** The amount per `period` that a yearly amount was made from. */
export function fromYearly(yearly: number, period: PayPeriod): number {
  return Math.round((yearly / PER_YEAR[period]) * 100) / 100;
}
