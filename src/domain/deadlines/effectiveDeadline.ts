import type { ApplicationRow } from '../../models/applications.js';
import type { JobRow } from '../../models/jobs.js';
import { postingDeadline } from './deadlineInstant.js';

/** Where an application's deadline comes from. */
export type DeadlineSource = 'person' | 'posting';

/**
 * The deadline to apply: the one the person set (or none, if they cleared it), else the
 * posting's closing date. Null when there is none.
 */
export function effectiveDeadline(application: Pick<ApplicationRow, 'deadlineAt' | 'deadlineSetAt'>, job: Pick<JobRow, 'closesAt'>, zone: string): { at: Date; source: DeadlineSource } | null {
  if (application.deadlineSetAt) return application.deadlineAt ? { at: application.deadlineAt, source: 'person' } : null;
  return job.closesAt ? { at: postingDeadline(job.closesAt, zone), source: 'posting' } : null;
}
