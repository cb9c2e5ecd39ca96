import { CURRENCY_SYMBOLS } from '../currencySymbols.js';
import { payPeriod, toYearly, type PayPeriod } from '../intake/salary.js';
import { writtenAmount } from '../intake/writtenAmount.js';

const CODE = 'USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|PLN|INR|JPY|SGD|NZD|BRL|MXN|ZAR';
const SYMBOL = 'US\\$|C\\$|CA\\$|A\\$|AU\\$|R\\$|[$€£¥₹]';
// After the figure, a currency may be written out (France Travail's "2250,00 Euros"), by the code it stands for.
const WRITTEN_CURRENCIES: Record<string, string> = { euros: 'EUR', euro: 'EUR', 'pesos mexicanos': 'MXN' };
const CODE_AFTER = `${CODE}|${Object.keys(WRITTEN_CURRENCIES).join('|')}`;
// One amount: "$170,000", "€55k", "147000", "58.50", "CHF 100'000", "55.000 €", "120K", and with a
// decimal comma as most of Europe writes it: "11,88 €", "1.858,20 €"; and in lakhs, as India groups
// them: "₹12,00,000".
const AMOUNT = `(?:(${SYMBOL})\\s?|\\b(${CODE})\\s?)?(\\d{1,3}(?:[,.' ]\\d{3})+(?:[.,]\\d{1,2})?|\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d+(?:[.,]\\d{1,2})?)\\s?([kK]|[mM](?![a-z]))?(?:\\s?(${SYMBOL})|\\s?\\b(${CODE_AFTER})\\b)?`;
const PERIOD = '\\s?(?:/\\s?|per\\s|an?\\s|p\\.?\\s?|p/)(?:hour|hr|h|year|yr|annum|a\\.?|month|mo|day|week|wk)\\b\\.?|\\s(?:hourly|annually|yearly|monthly|daily|weekly)\\b';
// "USD $93,000~$125,800": a board's tilde parts a range too.
// And as other languages join the ends: "de 2250 à 2750", "4.000 bis 5.000", "R$ 5.000 a R$ 6.000";
// a one-letter joiner only before money, since "$20 a 40-hour week" is no range.
const RANGE = new RegExp(`${AMOUNT}((?:${PERIOD}))?\\s*(?:-|–|—|~|to|and|à|bis|und|et|até|(?:a|y|e)(?=\\s*(?:${SYMBOL}|${CODE})|\\s*[\\d.,' ]+\\s?(?:${SYMBOL}|\\b(?:${CODE_AFTER})\\b)))\\s*${AMOUNT}((?:${PERIOD}))?`, 'gi');
const SINGLE = new RegExp(`${AMOUNT}((?:${PERIOD}))?`, 'gi');

// Words that put an amount on a line about pay, and words that put it about something else.
// German pay comes in compounds ("KV-Mindestgrundgehalt", "Bruttomonatsgehalt"), so "gehalt" ends a word, wherever it starts.
const PAY = /\b(salary|salaries|compensation|comp\b|base|pay|paid|pay range|wages?|OTE|on[- ]target|hourly (?:rate|range|wage)|rate|per hour|\/hr|earn|earning|remuneration|package|stipend for the role|TC|total cash|annual|per annum|p\.a\.|\+\s?equity|plus equity|DOE|brutto|vergütung|entgelt|stundenlohn|lohn|salaire|rémunération|salario|salário|remuneração|sueldo|retribución|retribuzione|stipendio)\b|gehalt\b|\/\s?(?:hour|hr|year|yr)\b|[$€£]\s?\d[\d,.]*\s?[kK]?\s?\/\s?(?:week|wk)\b|\bp\/[ha]\b|💰|💵|💲/iu;
const NOT_PAY = /\b(fertility|wellness|learning|education|home office|equipment|401\s?\(?k\)?|retirement plan|budget|allowance|reimburse\w*|raised|funding|funded|series [a-e]|valuation|revenue|ARR|GMV|customers|users|clients|deals?|assets|AUM|loans?|transactions|invest\w*|grants?|donat\w*|bonus(?:es)? of|relocation|sign[- ]on|referral|stipends?(?!\s+for\s+the\s+role)|per diem|housing|lodging|meals?)\b/i;
const RANGE_WORDS = /\bbetween\b/i;
// A line of amounts and nothing else: "$36—$48 USD", "€55,000 - €70,000 per year".
const AMOUNTS_ONLY = new RegExp(`^${AMOUNT}(?:${PERIOD})?\\s*(?:-|–|—|~|to)\\s*${AMOUNT}(?:${PERIOD})?\\.?$`, 'i');
// "$75,000 - $84,000 a year" on a line of its own, under a job's title: pay, though no word says so.
const BARE_PAY_LINE = new RegExp(`^${AMOUNT}\\s*(?:-|–|—|to)\\s*${AMOUNT}\\s*(?:a|an|per)\\s+(?:year|hour|month)\\.?$`, 'i');
// "Level 1: $85,000 - $115,000": one band of several the posting pays in.
const BAND_LINE = /^(?:[-•*]\s*)?(?:level|tier|band|grade|zone|step|[A-Z]{1,3}\d{1,2})\b[^:$€£]{0,30}[:–-]/i;
// Ranges beside these are other money than the base pay: never spanned with it.
const NOT_BASE = /\b(OTE|on[- ]target|total (?:comp|compensation|cash|rewards?)|bonus(?:es)?|commissions?|variable)\b/i;
// "$9.00 per hour (base), up to $10.00": the top of the pay, a few words after the base.
const CEILING = new RegExp(`^[^.;]{0,40}?\\bup to\\s*${AMOUNT}`, 'i');
const RETIREMENT_PLAN = /\b40[13]\s?\(?[kb]\)?(?![\w])/gi;

export interface TextSalary {
  /** Yearly; null for "up to". */
  min: number | null;
  max: number;
  currency: string | null;
  period: PayPeriod;
}

/** A range as a sentence gives it, and whether the sentence calls it the base pay. */
interface ReadRange extends TextSalary {
  base: boolean;
}

// "…including a base salary of $100,000 - $160,000": the base pay among other money.
const BASE_BEFORE = /\bbase\s+(?:salary|pay)(?:\s+(?:range|of|is|between))*\s*:?\s*$/i;
// Codes of the currencies written with a bare "$": "CAD $119,000 - $246,000, … $100,000 - $160,000" is Canadian throughout.
const DOLLAR_CODES = /\b(USD|CAD|AUD|NZD|SGD|MXN)\b/g;

interface Amount {
  value: number;
  currency: string | null;
}

function amountOf(match: RegExpExecArray, offset: number): Amount {
  const [symbol, codeBefore, digits, scale, symbolAfter, codeAfter] = match.slice(offset, offset + 6);
  const multiplier = scale ? (/k/i.test(scale) ? 1000 : 1_000_000) : 1;
  const mark = symbol ?? symbolAfter;
  // A written code says more than a "$" many currencies share: "$60-$65 CAD" is Canadian.
  return { value: writtenAmount(digits!) * multiplier, currency: codeBefore ?? (codeAfter ? (WRITTEN_CURRENCIES[codeAfter.toLowerCase()] ?? codeAfter) : null) ?? (mark ? (CURRENCY_SYMBOLS[mark] ?? null) : null) };
}

// Where pay is quoted by the month unless a posting says otherwise: below these a figure is a
// month's pay there, a larger one a year's.
const MONTHLY_BY_CUSTOM: Record<string, number> = { BRL: 50_000, MXN: 300_000 };

/** The period written beside the amounts, else the one named on the line, else a guess from the size and the currency's custom. */
function periodOf(written: string | undefined, line: string, largest: number, currency: string | null): PayPeriod {
  if (written) return payPeriod(written.replace(/\ba\.?$/, 'annum'));
  // In English, then German, French, Spanish and Italian: "monatlich € 1.858,20 brutto", "2 000 € par mois".
  if (/\b(hourly|per hour|an hour|\/\s?hr?\b|\/\s?hour|pro stunde|stundenlohn|par heure|de l'heure|horaire|por hora|all'ora)/i.test(line)) return 'hour';
  if (/\b(monthly|per month|a month|\/\s?mo(nth)?\b|pcm|monatlich|pro monat|im monat|par mois|mensuel(?:le)?|al mes|mensual(?:es)?|mensais|por m[eê]s|ao m[eê]s|mensal|al mese|mensile)(?!\p{L})/iu.test(line)) return 'month';
  if (/\b(daily rate|per day|a day)\b/i.test(line)) return 'day';
  if (/\b(annual|yearly|per year|a year|per annum|p\.a\.|jährlich|pro jahr|par an|annuel(?:le)?|al año|por año|por ano|ao ano|anual|all'anno|annuo)/i.test(line)) return 'year';
  // Nobody is paid $45 a year: small amounts without a period are hourly.
  if (largest < 500) return 'hour';
  // Brazil and Mexico quote pay by the month: "Salário: A partir de R$ 4.000,00".
  return currency && largest < (MONTHLY_BY_CUSTOM[currency] ?? 0) ? 'month' : 'year';
}

/** Whether an amount is a believable pay for its period (not "2 days", "401k" or a headcount). */
function plausible(value: number, period: PayPeriod): boolean {
  const yearly = toYearly(value, period);
  return yearly >= 5_000 && yearly <= 5_000_000;
}

function hasMoney(amount: Amount, match: string): boolean {
  return Boolean(amount.currency) || /[kK]\b/.test(match);
}

/** The sentences of a line, so that a benefit sentence beside a salary sentence is judged on its own. */
function sentencesOf(line: string): string[] {
  return line.split(/(?<=[.!?;])\s+(?=[A-Z])/);
}

/**
 * A salary written in a posting's text, made yearly, with the period it is stated in; null when
 * none is stated. Only amounts on a line about pay count ("Salary", "compensation", "base", "pay
 * range", "OTE", "$x/hour", a "+ equity" header), never benefits, funding, revenue or deal sizes.
 * A heading such as "Compensation" makes the lines under it about pay.
 */
export function salaryFromText(text: string): TextSalary | null {
  let payHeading = false;
  // "The estimated base pay range for this role is listed below, this is an hourly rate." over "$36—$48 USD".
  let paySaidAbove: string | null = null;
  const lines = text.split('\n');
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.trim();
    if (!line) continue;
    const isHeading = line.length < 60 && !/\d/.test(line);
    if (isHeading) {
      payHeading = PAY.test(line) && !NOT_PAY.test(line);
      paySaidAbove = null;
      continue;
    }
    const above = paySaidAbove;
    paySaidAbove = !/\d/.test(line) && PAY.test(line) && !NOT_PAY.test(line) ? line : null;
    if (above && AMOUNTS_ONLY.test(line)) {
      const found = readAmounts(`${above} ${line}`, true);
      if (found.ranges[0]) return spanOf(found.ranges);
      if (found.single) return found.single;
    }
    // A pipe-separated header ("Acme | Engineer | Remote | $150k-$180k + equity") states pay without saying so.
    const header = index < 3 && line.split('|').length >= 3;
    // "401k with match" names a retirement plan, not an amount.
    for (const sentence of sentencesOf(line.replace(RETIREMENT_PLAN, 'retirement plan'))) {
      if (NOT_PAY.test(sentence) && !/\b(salary|base|compensation|pay range|OTE)\b/i.test(sentence)) continue;
      const aboutPay = payHeading || header || PAY.test(sentence) || BARE_PAY_LINE.test(line);
      if (!(aboutPay || RANGE_WORDS.test(sentence))) continue;
      const found = readAmounts(sentence, aboutPay);
      const [first] = found.ranges;
      // The base pay where the sentence names it among other money; else the first range, or all bands.
      // Only when other money comes first ("CAD $119,000 - $246,000, including a base salary of…"):
      // "Base pay range: $100,000 - $120,000 (Tier 2) / $120,000 - $140,000 (Tier 1)" spans its bands.
      const firstBase = found.ranges.findIndex((range) => range.base);
      if (firstBase > 0) return spanOf(found.ranges.slice(firstBase));
      if (first) return spanOf([...(NOT_BASE.test(sentence) ? [first] : found.ranges), ...bandsAfter(lines, index, line)]);
      if (found.single) return found.single;
    }
  }
  return null;
}

/** "Level 2: $100,000 - $140,000" on the lines right after a "Level 1: …" line. */
function bandsAfter(lines: string[], index: number, line: string): TextSalary[] {
  if (!BAND_LINE.test(line)) return [];
  const bands: TextSalary[] = [];
  for (const next of lines.slice(index + 1).map((candidate) => candidate.trim())) {
    if (!next) continue;
    if (!BAND_LINE.test(next) || NOT_BASE.test(next)) break;
    bands.push(...readAmounts(next, true).ranges);
  }
  return bands;
}

/**
 * "Level 1: $85,000 - $115,000 / Level 2: $100,000 - $140,000", "£90k - £110k for SE4 | £72k -
 * £90k for SE3": a posting with pay bands pays across all of them. Bands in another currency or
 * period than the first (a second country's) are left out rather than mixed in.
 */
function spanOf(ranges: TextSalary[]): TextSalary {
  const first = ranges[0]!;
  const alike = ranges.filter((range) => range.currency === first.currency && range.period === first.period);
  return { min: Math.min(...alike.map((range) => range.min!)), max: Math.max(...alike.map((range) => range.max)), currency: first.currency, period: first.period };
}

// The words around the amounts say their period ("$40 - $50 an hour"), not a "1x/month" elsewhere.
function near(sentence: string, match: RegExpExecArray): string {
  const end = match.index + match[0].length;
  // A header's "|" ends one field: "(onsite 1x/month) | €55k–€85k" says nothing about the pay's period.
  const before = sentence.slice(Math.max(0, match.index - 40), match.index).split('|').at(-1)!;
  const after = sentence.slice(end, end + 25).split('|')[0]!;
  return `${before}${match[0]}${after}`;
}

function readAmounts(sentence: string, aboutPay: boolean): { ranges: ReadRange[]; single: TextSalary | null } {
  const ranges: ReadRange[] = [];
  for (const match of sentence.matchAll(RANGE)) {
    const low = amountOf(match, 1);
    const high = amountOf(match, 8);
    // "€55–70k": the scale written once applies to both ends.
    if (match[11] && !match[4] && low.value < 1000) low.value *= /k/i.test(match[11]) ? 1000 : 1_000_000;
    const stated = high.currency ?? low.currency;
    // A bare "$" is in the dollars the nearest code before it names: "USD $150,000 … / CAD $170,000 …" is two currencies.
    const nearest = [...sentence.slice(0, match.index + 6).matchAll(DOLLAR_CODES)].at(-1)?.[1];
    const currency = stated === 'USD' && nearest && /\$/.test(match[0]) ? nearest : stated;
    if (!hasMoney({ ...low, currency }, match[0]) || (!aboutPay && !currency)) continue;
    const period = periodOf(match[14] ?? match[7], near(sentence, match), high.value, currency);
    if (!plausible(low.value, period) || !plausible(high.value, period) || high.value < low.value) continue;
    ranges.push({ min: toYearly(low.value, period), max: toYearly(high.value, period), currency, period, base: BASE_BEFORE.test(sentence.slice(Math.max(0, match.index - 40), match.index)) });
  }
  if (ranges.length > 0 || !aboutPay) return { ranges, single: null };
  for (const match of sentence.matchAll(SINGLE)) {
    const single = amountOf(match, 1);
    if (!hasMoney(single, match[0])) continue;
    const period = periodOf(match[7], near(sentence, match), single.value, single.currency);
    if (!plausible(single.value, period)) continue;
    const before = sentence.slice(Math.max(0, match.index - 12), match.index);
    const yearly = toYearly(single.value, period);
    // "up to £80k" is a ceiling; "from $90k" or a lone figure is where the pay starts and ends,
    // unless a ceiling follows it: "$9.00 per hour (base), up to $10.00".
    // Only money of the same kind: not "up to 29 hours per week" or "up to $5,000 annual bonus".
    const ceiling = CEILING.exec(sentence.slice(match.index + match[0].length));
    const top = ceiling && !NOT_BASE.test(ceiling[0]) && !/^\s*(?:hours?|hrs?|days?|weeks?|per cent|%)/i.test(sentence.slice(match.index + match[0].length + ceiling[0].length)) ? amountOf(ceiling, 1) : null;
    const max = top?.currency && top.currency === single.currency && top.value > single.value && plausible(top.value, period) ? toYearly(top.value, period) : yearly;
    return { ranges, single: { min: /\bup to\s*$/i.test(before) ? null : yearly, max, currency: single.currency, period } };
  }
  return { ranges, single: null };
}
