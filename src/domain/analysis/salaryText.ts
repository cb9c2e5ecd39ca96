import { toYearly } from '../intake/salary.js';

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'CHF': 'CHF' };
const CODES = /\b(USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|PLN|INR|JPY|SGD|NZD)\b/;
// "$120,000 - $150,000", "€85k–105k", "85.000 - 105.000 EUR", "£45/hour", "USD 9,000 per month".
const RANGE = /([$€£¥₹])?\s?(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:\.\d+)?)\s?(k|K)?\s*(?:-|–|—|to)\s*([$€£¥₹])?\s?(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:\.\d+)?)\s?(k|K)?/;
const SINGLE = /([$€£¥₹])\s?(\d{1,3}(?:[.,]\d{3})+|\d+(?:\.\d+)?)\s?(k|K)?/;

function amountOf(digits: string, thousands: string | undefined): number {
  const plain = /^\d{1,3}([.,\s]\d{3})+$/.test(digits) ? digits.replace(/[.,\s]/g, '') : digits;
  return Number(plain) * (thousands ? 1000 : 1);
}

function periodNear(text: string): string {
  if (/(per|an|\/|a)\s*(hour|hr)\b|hourly/i.test(text)) return 'HOUR';
  if (/(per|\/|a)\s*day\b|daily rate/i.test(text)) return 'DAY';
  if (/(per|\/|a)\s*month\b|monthly/i.test(text)) return 'MONTH';
  return 'YEAR';
}

export interface TextSalary {
  min: number;
  max: number;
  currency: string | null;
}

/** A salary written in a posting's text, made yearly; null when none is stated. */
export function salaryFromText(text: string): TextSalary | null {
  for (const line of text.split('\n')) {
    if (!/[$€£¥₹]|\b(salary|compensation|pay|rate|USD|EUR|GBP|CAD)\b/i.test(line)) continue;
    const range = RANGE.exec(line);
    const single = range ? null : SINGLE.exec(line);
    if (!range && !single) continue;
    const symbol = range ? (range[1] ?? range[4]) : single![1];
    const currency = symbol ? (SYMBOLS[symbol] ?? null) : (CODES.exec(line)?.[1] ?? null);
    const period = periodNear(line);
    const low = range ? amountOf(range[2]!, range[3] ?? range[6]) : amountOf(single![2]!, single![3]);
    const high = range ? amountOf(range[5]!, range[6]) : low;
    // Numbers like "2-3 days" or "401k" are not salaries: a yearly pay below 1,000 isn't either.
    const min = toYearly(low, period);
    const max = toYearly(high, period);
    if (min < 1000 || max < min) continue;
    return { min, max, currency };
  }
  return null;
}
