import { CURRENCY_SYMBOLS } from '../currencySymbols.js';
import { UserError } from '../errors.js';

/**
 * Reads an amount as people write it: "120000", "120,000", "120k", "$120k", "95.5k EUR",
 * "1.2m". The currency comes from a symbol or an ISO code, else `defaultCurrency`.
 */
export function parseMoney(input: string, field: string, defaultCurrency: string | null = null): { amount: number; currency: string | null } {
  const text = input.trim();
  const match = /^([$€£¥₹])?\s*([A-Za-z]{3})?\s*([\d][\d,_ ]*(?:\.\d+)?)\s*([kKmM])?\s*([A-Za-z]{3})?$/.exec(text);
  if (!match) throw badAmount(input, field);
  const [, symbol, codeBefore, digits, suffix, codeAfter] = match;
  const base = Number(digits!.replace(/[,_ ]/g, ''));
  const multiplier = suffix ? (suffix.toLowerCase() === 'k' ? 1_000 : 1_000_000) : 1;
  const amount = Math.round(base * multiplier);
  if (!Number.isFinite(amount) || amount < 0 || amount > 2_000_000_000) throw badAmount(input, field);
  if (codeBefore && codeAfter) throw badAmount(input, field);
  const code = (codeBefore ?? codeAfter)?.toUpperCase() ?? (symbol ? CURRENCY_SYMBOLS[symbol]! : defaultCurrency);
  return { amount, currency: code };
}

function badAmount(input: string, field: string): UserError {
  const label = field.charAt(0).toUpperCase() + field.slice(1);
  return new UserError('bad_amount', `${label}: "${input}" is not an amount. Try 120000, 120k EUR or $95,000.`, field);
}

/** Formats a whole amount with its currency for replies ("EUR 120,000"). */
export function formatMoney(amount: number, currency: string | null): string {
  const digits = amount.toLocaleString('en-US');
  return currency ? `${currency} ${digits}` : digits;
}
