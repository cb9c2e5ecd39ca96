import type { PersonRow } from '../../models/people.js';
import { currentRecommendationsFor, type ShownRecommendation } from '../recommendations/current.js';
import { digestZone, type Preferences } from '../people/preferences.js';
import type { Services } from '../services.js';
import { hasTasks, todaysTasksFor, type TodaysTasks } from './todaysTasks.js';

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
 * Today's tasks and the best recommendations not yet sent in a digest, for many people at once
 * (a few queries, whatever their number). Recommendations are refreshed by the caller first.
 */
export async function digestContents(services: Services, people: readonly { person: PersonRow; prefs: Preferences }[]): Promise<Map<number, DigestContent>> {
  const { config, db } = services;
  const now = services.clock();
  const zones = new Map(people.map(({ person, prefs }) => [person.id, digestZone(prefs, person, config)]));
  const [tasks, recommendations] = await Promise.all([
    todaysTasksFor(db, config, zones, now),
    currentRecommendationsFor(db, { people: new Map(people.map(({ person, prefs }) => [person.id, { avoidTitles: prefs.avoidTitles, limit: prefs.digestSize }])), now, minScore: config.recommendations.minScore, fresh: true }),
  ]);
  return new Map(
    people.map(({ person, prefs }) => [
      person.id,
      { now, zone: zones.get(person.id)!, digestTime: prefs.digestEnabled ? prefs.digestTime : null, tasks: tasks.get(person.id)!, recommendations: recommendations.get(person.id)! },
    ]),
  );
}

/** One person's digest as it stands now (see digestContents). */
export async function digestContent(services: Services, person: PersonRow, prefs: Preferences): Promise<DigestContent> {
  return (await digestContents(services, [{ person, prefs }])).get(person.id)!;
}
