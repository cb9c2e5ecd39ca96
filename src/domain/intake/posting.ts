import type { WorkMode } from '../../models/jobs.js';

/** A posting as read from a page or an API, before it is stored as a job. */
export interface ParsedPosting {
  title: string;
  company: string;
  location: string | null;
  workMode: WorkMode | null;
  /** Yearly amounts in `salaryCurrency`. */
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  description: string | null;
  /** Where it was read: "jsonld", "meta", "greenhouse", … */
  source: string;
  /** The posting's id at its source, when it has one. */
  externalId: string | null;
}
