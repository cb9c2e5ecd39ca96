import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from 'agenda';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// A deploy restarts every worker at once: each ensures Agenda's table, indexes and trigger as it
// connects. On a server, PostgreSQL refused all but one of the trigger's simultaneous
// replacements, and a refused worker's scheduler never became ready.
describe('workers starting together', () => {
  let app: TestApp;
  const workers: Agenda[] = [];
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await app.dispose();
  });

  it('all become ready and can schedule, however many start at the same moment', async () => {
    for (let i = 0; i < 6; i++) workers.push(createScheduler(app.database.pool, app.services.config, app.database.embedded));
    await Promise.all(workers.map((worker) => worker.ready));
    await Promise.all(workers.map((worker, i) => worker.schedule(new Date(Date.now() + 3_600_000), `start check ${i}`)));
    const names = await app.database.pool.query<{ name: string }>("SELECT name FROM agenda_jobs WHERE name LIKE 'start check %' ORDER BY name");
    expect(names.rows.map((row) => row.name)).toEqual(Array.from({ length: 6 }, (_, i) => `start check ${i}`));
  });
});
