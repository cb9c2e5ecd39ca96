import { sql } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Executor } from '../../models/database.js';
import { jobSignals, tastes, type SignalKind } from '../../models/recommendations.js';
import type { JobFeatures } from './features.js';
import { learn, reasonKinds } from './taste.js';

/**
 * Records what a person did with a job and moves their learned weights by the configured amount
 * for it. Each kind counts once per job, so pressing Save twice, or a redelivered press, teaches
 * nothing twice. Call inside the transaction that does the thing itself.
 */
export async function recordSignal(
  tx: Executor,
  amounts: Config['recommendations']['signals'],
  signal: { personId: number; job: JobFeatures; kind: SignalKind; reason?: string | null; now: Date },
): Promise<boolean> {
  const [inserted] = await tx
    .insert(jobSignals)
    .values({ personId: signal.personId, jobId: signal.job.jobId, kind: signal.kind, reason: signal.reason ?? null, createdAt: signal.now })
    .onConflictDoNothing()
    .returning({ id: jobSignals.id });
  if (!inserted) return false;
  // A row lock on the person's weights keeps two signals at once from losing one of the updates.
  await tx.insert(tastes).values({ personId: signal.personId, weights: {}, signals: 0, updatedAt: signal.now }).onConflictDoNothing();
  const [current] = await tx.select().from(tastes).where(sql`${tastes.personId} = ${signal.personId}`).for('update');
  const kinds = reasonKinds(signal.reason);
  const weights = learn(current!.weights, signal.job, amounts[signal.kind], kinds.length ? kinds : undefined);
  await tx
    .update(tastes)
    .set({ weights, signals: current!.signals + 1, updatedAt: signal.now })
    .where(sql`${tastes.personId} = ${signal.personId}`);
  return true;
}
