/**
 * How long a test waits for something to happen before it gives up. Waits end as soon as the
 * condition holds, so a generous limit costs nothing on an idle machine and keeps a loaded one
 * (CI on two busy cores) from failing a test that is merely slow.
 */
export const PATIENCE_MS = 30_000;

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
