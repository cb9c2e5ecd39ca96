import type { ParsedPosting } from './posting.js';

/** A public feed of postings (Remotive, RemoteOK, Arbeitnow, Hacker News); integrations/feeds implement it. */
export interface JobFeed {
  name: string;
  read(): Promise<{ posting: ParsedPosting; url: string }[]>;
}
