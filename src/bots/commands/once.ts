import { and, eq } from 'drizzle-orm';
import { handledRequests } from '../../models/handledRequests.js';
import type { CommandContext } from './types.js';

/**
 * Runs `work` at most once per platform delivery id (`ctx.idempotencyKey`): a redelivered
 * event gets the first result back, and one that arrives while the first is still running
 * gets `whileRunning`; both come marked `replayed` so a retrying platform can stay quiet.
 * Without a key, `work` just runs.
 */
export async function oncePerDelivery<T extends object>(ctx: CommandContext, whileRunning: T, work: () => Promise<T>): Promise<T & { replayed?: boolean }> {
  if (!ctx.idempotencyKey) {
    ctx.onDelivery?.(true);
    return work();
  }
  const { db, clock } = ctx.services;
  // Scoped by person, so one person's id can never replay another's reply.
  const key = `${ctx.person.id}:${ctx.idempotencyKey}`;
  const claimed = await db
    .insert(handledRequests)
    .values({ key, personId: ctx.person.id, status: 'running', createdAt: clock() })
    .onConflictDoNothing()
    .returning({ key: handledRequests.key });
  ctx.onDelivery?.(claimed.length > 0);
  if (claimed.length === 0) {
    const [row] = await db.select().from(handledRequests).where(eq(handledRequests.key, key));
    return { ...(row?.status === 'done' ? (row.result as T) : whileRunning), replayed: true };
  }
  try {
    const result = await work();
    await db.update(handledRequests).set({ status: 'done', result }).where(eq(handledRequests.key, key));
    return result;
  } catch (error) {
    // Nothing was recorded as done, so the platform's retry may try again.
    await db.delete(handledRequests).where(and(eq(handledRequests.key, key), eq(handledRequests.status, 'running')));
    throw error;
  }
}
