import type { Ending } from './flows.js';
import type { Stage } from './outcomes.js';

/** What the person reads for each stage and ending, in messages and charts alike. */
export const STAGE_NAME: Record<Stage, string> = { applied: 'Applied', response: 'Answered', interview: 'Interviewed', offer: 'Offer', accepted: 'Accepted' };
export const ENDING_NAME: Record<Ending, string> = { rejected: 'Rejected', ghosted: 'No answer', withdrawn: 'Withdrawn', open: 'Still open' };
