import type { WorkMode } from '../../models/jobs.js';
import type { PayPeriod } from './salary.js';

/** A posting as read from a page or an API, before it is stored as a job. */
export interface ParsedPosting {
  title: string;
  company: string;
  location: string | null;
  workMode: WorkMode | null;
  /** How the posting says it, when it says more than the mode: "hybrid, 3 days a week in the office". */
  workModeDetail?: string | null;
  /** What the mode is when neither the data nor the words say: on-site for a posting that names only an office to report to. */
  presumedWorkMode?: WorkMode | null;
  /** Yearly amounts in `salaryCurrency`. */
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  /** The period the posting states its pay in (the amounts above are made yearly from it). */
  salaryPeriod?: PayPeriod | null;
  description: string | null;
  /** Where it was read: "jsonld", "meta", "greenhouse", … */
  source: string;
  /** The posting's id at its source, when it has one. */
  externalId: string | null;
  /** When the posting says applications close (JSON-LD validThrough). */
  closesAt?: Date | null;
  /** When it was published (JSON-LD datePosted). */
  postedAt?: Date | null;
  /**
   * What the employer files the posting under: its industry from structured data, else its
   * department ("Engineering", "Sales"). Success analytics compares answer rates by it.
   */
  industry?: string | null;
}
