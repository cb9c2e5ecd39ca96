import type { Config } from '../../config.js';
import type { PersonRow } from '../../models/people.js';
import { currentRecommendations, type ShownRecommendation } from '../recommendations/current.js';
import { digestZone, type Preferences } from '../people/preferences.js';
import type { Services } from '../services.js';
import { hasTasks, todaysTasks, type TodaysTasks } from './todaysTasks.js';

/** Everything one digest says: computed once, then sent as is. */
export interface DigestContent {
  now: Date;
  zone: string;
  /** The person's digest time ("09:00"), or null when the digest is off. */
  digestTime: string | null;
  tasks: TodaysTasks;
  recommendations: ShownRecommendation[];
}

export const isEmptyDigest = (content: DigestContent) => !hasTasks(content.tasks) && content.recommendations.length === 0;

/**
 * Today's tasks and the best recommendations not yet sent in a digest. Recommendations are
 * refreshed by the caller first (for many people at once when the digest job runs).
 */
export async function digestContent(services: Services, person: PersonRow, prefs: Preferences, config: Config = services.config): Promise<DigestContent> {
  const now = services.clock();
  const zone = digestZone(prefs, person, config);
  const [tasks, recommendations] = await Promise.all([
    todaysTasks(services.db, config, person.id, zone, now),
    currentRecommendations(services.db, { personId: person.id, now, minScore: config.recommendations.minScore, limit: prefs.digestSize, avoidTitles: prefs.avoidTitles, fresh: true }),
  ]);
  return { now, zone, digestTime: prefs.digestEnabled ? prefs.digestTime : null, tasks, recommendations };
}
