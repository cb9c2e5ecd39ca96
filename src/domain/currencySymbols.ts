/**
 * The currency each money sign stands for, as people write pay and offers. A bare "$" is taken
 * as US dollars: the postings and offers Jobscout sees write C$ or A$ when they mean others.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', US$: 'USD', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', R$: 'BRL' };
