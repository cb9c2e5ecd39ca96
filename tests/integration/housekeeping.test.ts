import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshStatistics } from '../../src/jobs/housekeeping.js';
import { addToPool, posting } from '../support/jobPool.js';
import { PATIENCE_MS } from '../support/patience.js';
import { createTestApp, QUIET_NOW, type TestApp } from '../support/testApp.js';

// PGlite runs no autovacuum; a server analyses by itself, so this is about the embedded database.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('housekeeping on the embedded database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ now: QUIET_NOW });
    await addToPool(app, [posting('Go Engineer', 'Acme', ['Go']), posting('Rust Engineer', 'Globex', ['Rust'])]);
  });
  afterAll(() => app.dispose());

  it('gathers the planner statistics that no autovacuum will', async () => {
    const analysed = async () => (await app.services.db.execute(sql`select reltuples from pg_class where relname = 'jobs'`)).rows[0]!.reltuples as number;
    expect(await analysed()).toBe(-1);
    // Housekeeping runs when the scheduler starts, and every six hours after.
    await app.startScheduler();
    await expect.poll(analysed, { timeout: PATIENCE_MS }).toBe(2);
  });

  it('analyses again only the tables that changed enough since', async () => {
    await refreshStatistics(app.services.db);
    // Other tables may change meanwhile (the scheduler is running); this one did not.
    expect(await refreshStatistics(app.services.db)).not.toContain('public.jobs');
    await addToPool(app, Array.from({ length: 60 }, (_, i) => posting(`Engineer ${i}`, `Company ${i}`, ['Go'])));
    expect(await refreshStatistics(app.services.db)).toContain('public.jobs');
  });
});
