import type { ParsedPosting } from './posting.js';

/**
 * Reads postings of one applicant-tracking system through its public API. integrations/ats
 * implements one per system; intake tries them before reading the page itself.
 */
export interface PostingReader {
  /** "greenhouse", "lever", …: also the job's `source`. */
  source: string;
  /** Whether a link is a posting of this system. */
  recognises(url: URL): boolean;
  /** Null when the link turns out not to be one after all (a careers page whose board can't be found): the page is read instead. */
  read(url: URL): Promise<ParsedPosting | null>;
}
