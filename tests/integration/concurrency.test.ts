import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText } from '../../src/bots/commands/dispatch.js';
import { listApplications } from '../../src/domain/ats/applications.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.dispose());

describe('many people at once', () => {
  // Chat platforms deliver requests concurrently; on PGlite, interleaved queries from several
  // connections once failed with 'portal "" cannot be run'.
  it('fifty concurrent commands from ten people all succeed, each person numbering their own jobs 1, 2, 3…', async () => {
    const people = await Promise.all(Array.from({ length: 10 }, (_, i) => app.as(`person-${i}`)));
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) => runText({ ...people[i % 10]!, idempotencyKey: `delivery-${i}` }, `/job add Engineer ${i} at Company ${i % 7}`)),
    );
    expect(replies.map(textOf).filter((text) => !text.startsWith('Saved #'))).toEqual([]);
    for (const person of people) {
      const rows = await listApplications(app.services.db, person.person.id);
      expect(rows.map((row) => row.application.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    }
  });
});
