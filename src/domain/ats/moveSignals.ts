import type { Executor } from '../../models/database.js';
import type { JobAnalysisRow } from '../../models/jobAnalyses.js';
import type { JobRow } from '../../models/jobs.js';
import type { SignalKind } from '../../models/recommendations.js';
import { jobFeatures } from '../recommendations/features.js';
import { recordSignal } from '../recommendations/signals.js';
import type { Services } from '../services.js';
import type { State } from './lifecycle.js';

// What reaching a state teaches recommendations about jobs like this one (amounts in config):
// applying and interviews and offers for them, a rejection mildly against.
const SIGNAL_OF: Partial<Record<State, SignalKind>> = { applied: 'apply', interviewing: 'interview', offer: 'offer', rejected: 'rejected' };

/**
 * Teaches recommendations from an application reaching `to`, however it got there: a move, an
 * interview or an offer logged. Call inside the transaction of the change.
 */
export async function teachFromMove(tx: Executor, services: Services, personId: number, job: { job: JobRow; analysis?: JobAnalysisRow | null }, to: State, now: Date): Promise<void> {
  const kind = SIGNAL_OF[to];
  if (kind) await recordSignal(tx, services.config.recommendations.signals, { personId, job: jobFeatures(job.job, job.analysis ?? null), kind, now });
}
