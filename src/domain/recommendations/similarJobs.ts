import type { JobRow } from '../../models/jobs.js';
import { UserError } from '../errors.js';
import { knownJob, knownJobsById } from '../intake/knownJobs.js';
import type { Services } from '../services.js';
import { jobFeatures } from './features.js';
import { loadPersonModels } from './personModels.js';

export interface SimilarJob {
  job: JobRow;
  score: number;
  reasons: string[];
}

/**
 * Open jobs like `jobId` (one the person tracks, or was shown), best first: by shared skills and
 * title words and by co-occurrence, leaving out what is in their pipeline or set aside.
 */
export async function similarJobs(services: Services, personId: number, jobId: number, limit: number): Promise<{ source: JobRow; similar: SimilarJob[] }> {
  const recommender = await services.catalog.recommender(services.db);
  const [source, models] = await Promise.all([knownJob(services.db, jobId, personId), loadPersonModels(services.db, [personId], services.clock())]);
  if (!source) throw new UserError('unknown_job', 'That posting is no longer known. See your current picks with /job recs.');
  // A closed posting is not in the index, but its analysis still says what it was like.
  const features = recommender.index.byId(jobId) ?? jobFeatures(source.job, source.analysis);
  const found = recommender.similar(features, models.get(personId)!, limit);
  const rows = await knownJobsById(services.db, found.map((rec) => rec.jobId));
  return { source: source.job, similar: found.map((rec) => ({ job: rows.get(rec.jobId)!, score: rec.score, reasons: rec.reasons })) };
}
