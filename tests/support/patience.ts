/**
 * How long a test waits for something to happen before it gives up. Waits end as soon as the
 * condition holds, so a generous limit costs nothing on an idle machine and keeps a loaded one
 * (CI on two busy cores) from failing a test that is merely slow.
 */
export const PATIENCE_MS = 30_000;

/**
 * How long a test waits for a Jobscout process it spawned to be up: a cold start builds the
 * JavaScript and creates the embedded database, which on two cores shared with another suite
 * took longer than PATIENCE_MS once. Tests that wait this long set their own timeout to match.
 */
export const START_PATIENCE_MS = 90_000;
export const PROCESS_TEST_TIMEOUT_MS = 180_000;

/** Polls `check` until it returns something truthy, or fails after `ms` naming `what`. */
export async function eventually<T>(what: string, check: () => Promise<T> | T, ms = PATIENCE_MS): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
