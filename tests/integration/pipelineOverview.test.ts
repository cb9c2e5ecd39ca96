import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let me: CommandContext;
beforeAll(async () => {
  app = await createTestApp({ now: '2026-11-24T10:00:00Z' });
  me = await app.as('grace');
});
afterAll(() => app.dispose());

describe('/job pipeline', () => {
  it('invites a newcomer to add a job', async () => {
    expect(textOf(await runText(me, '/job pipeline'))).toContain('You are not tracking any jobs yet.');
  });

  it('counts applications by state, lists upcoming interviews and open offers by deadline', async () => {
    await runText(me, '/job add Backend Engineer at Acme');
    await runText(me, '/job add SRE at Hooli');
    await runText(me, '/job add Data Engineer at Initech');
    await runText(me, '/job move 2 applied');
    await submitForm(me, 'interview', '2', { kind: 'video', when: '2026-11-25 15:00' });
    await submitForm(me, 'offer', '3', { base: '120000 EUR', deadline: '2026-11-27' });
    await submitForm(me, 'offer', '1', { base: '110000 EUR' });
    const text = textOf(await runText(me, '/job pipeline'));
    expect(text).toContain('Pipeline — 3 applications\nInterviewing: 1\nOffer: 2');
    expect(text).toContain('Upcoming interviews\n  • #2 · SRE at Hooli — video, Wed 25 Nov 2026, 15:00 UTC (in 1 day)');
    expect(text).toContain(
      'Open offers\n  • #3 · Data Engineer at Initech — EUR 120,000, pending, decide by Fri 27 Nov (in 3 days)\n  • #1 · Backend Engineer at Acme — EUR 110,000, pending, no deadline',
    );
  });

  it("shows nothing of another person's search", async () => {
    const other = await app.as('alan');
    expect(textOf(await runText(other, '/job pipeline'))).toContain('You are not tracking any jobs yet.');
  });
});
