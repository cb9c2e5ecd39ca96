import { expect, it } from 'vitest';
import { createTestApp } from '../support/testApp.js';

// Stopping waits a while for lent connections (5 s), then stops waiting.
const SHUTDOWN_BOUND_MS = 30_000;

it('stops even when a connection lent out is never returned', async () => {
  const app = await createTestApp();
  // Held the way a library might keep one (the scheduler's LISTEN channel, caught reconnecting).
  const kept = await app.database.pool.connect();
  const started = Date.now();
  let stopped = false;
  await Promise.race([
    app.dispose().then(() => (stopped = true)),
    new Promise((resolve) => setTimeout(resolve, SHUTDOWN_BOUND_MS)),
  ]);
  // pg's own end() waits for the connection forever; the test's own bound only keeps a failure short.
  expect(stopped, `still stopping after ${Date.now() - started} ms`).toBe(true);
  kept.release(true);
}, 60_000);
