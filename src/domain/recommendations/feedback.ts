import type { JobRow } from '../../models/jobs.js';
import type { SignalKind } from '../../models/recommendations.js';
import { UserError } from '../errors.js';
import { knownJob } from '../intake/knownJobs.js';
import { changePersonData } from '../people/changes.js';
import type { Services } from '../services.js';
import { jobFeatures } from './features.js';
import { recordSignal } from './signals.js';

export const MAX_REASON_LENGTH = 300;

/**
 * 👍, 👎 / "Not for me" (with an optional reason) and "More like this": each teaches the
 * person's weights once per job. A dismissed job is never recommended to them again; a
 * reason ("too senior", "wrong stack") counts as a 👎 on the features it names only.
 */
export async function giveFeedback(services: Services, personId: number, jobId: number, kind: Extract<SignalKind, 'like' | 'dismiss' | 'dislike' | 'click'>, reason?: string | null): Promise<JobRow> {
  if (reason && reason.length > MAX_REASON_LENGTH) throw new UserError('too_long', `Keep the reason under ${MAX_REASON_LENGTH} characters.`, 'reason');
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const known = await knownJob(tx, jobId, personId);
    if (!known) throw new UserError('unknown_job', 'That posting is no longer known. See your current picks with /job recs.');
    const { job, analysis } = known;
    const features = jobFeatures(job, analysis);
    // A dismissal with a reason is a 👎 (the stronger signal), aimed at what the reason names.
    const recorded = kind === 'dismiss' && reason ? 'dislike' : kind;
    await recordSignal(tx, services.config.recommendations.signals, { personId, job: features, kind: recorded, reason: reason ?? null, now });
    return job;
  });
}
