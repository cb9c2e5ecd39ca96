import type { ParsedPosting } from '../intake/posting.js';
import type { JobAnalysis, PostingText } from './analyzePosting.js';

/**
 * A model that reads postings (Claude, through integrations/anthropic). Optional: without one
 * Jobscout uses its heuristics. Either method throws when the answer is unusable.
 */
export interface PostingAnalyst {
  /** The same structure the heuristic produces, from the posting's text. */
  analyze(posting: PostingText): Promise<Omit<JobAnalysis, 'analyzer' | 'workModeDetail' | 'salaryPeriod'>>;
  /** A posting read from a page's plain text, or null when the page holds none. */
  extract(pageText: string, url: string): Promise<ParsedPosting | null>;
}
