import type { ParsedPosting } from './posting.js';

export const BOARD_SOURCES = ['greenhouse', 'lever', 'ashby'] as const;
export type BoardSourceName = (typeof BOARD_SOURCES)[number];

/** Every open posting on one company's board, with the board's display name. */
export interface BoardListing {
  name: string;
  postings: { posting: ParsedPosting; url: string }[];
}

/** Lists a company's board on one applicant-tracking system; integrations/ats implements it. */
export interface BoardSource {
  source: BoardSourceName;
  list(token: string): Promise<BoardListing>;
}
