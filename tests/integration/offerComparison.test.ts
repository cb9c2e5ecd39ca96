import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

describe('/job offers: open offers side by side', () => {
  let app: TestApp;
  let anna: CommandContext;

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-24T10:00:00Z', env: { JOBSCOUT_OFFER_CURRENCY: 'EUR', JOBSCOUT_FX_RATES: 'USD=0.9' } });
    anna = await app.as('anna');
    for (const line of ['/job add Backend Engineer at Globex', '/job add Data Engineer at Initech', '/job add Designer at Umbrella', '/job add SRE at Hooli']) await runText(anna, line);
    await submitForm(anna, 'offer', '1', { base: '100000 EUR', bonus: '10000', equity: '0.1%', start: '2027-01-15', deadline: '2026-12-10' });
    await submitForm(anna, 'offer', '2', { base: '$120k', bonus: '20000', deadline: '2026-12-03' });
    await submitForm(anna, 'offer', '3', { base: '90000 GBP' });
    await submitForm(anna, 'offer', '4', { base: '95000 EUR', deadline: '2026-12-01' });
    await runText(anna, '/job move 4 rejected');
  });
  afterAll(() => app.dispose());

  it('sorts by deadline (none last), totals the first year and converts where a rate is set', async () => {
    const text = textOf(await runText(anna, '/job offers'));
    expect(text).toContain('Your open offers (3)');
    const order = [...text.matchAll(/#(\d) · /g)].map((match) => match[1]);
    expect(order).toEqual(['2', '1', '3']);
    expect(text).toContain('First year: USD 140,000 (≈ EUR 126,000)');
    expect(text).toContain('First year: EUR 110,000');
    expect(text).toContain('Equity: 0.1%');
    expect(text).toContain('Decide by: 2026-12-03');
    expect(text).toContain('First-year totals in GBP are not converted to EUR: no rate is configured');
    expect(text).not.toContain('Hooli');
  });

  it("shows no one else's offers", async () => {
    const bob = await app.as('bob');
    expect(textOf(await runText(bob, '/job offers'))).toBe('No open offers. Log one with /job offer <id>.');
  });
});
