import type { Agenda } from 'agenda';
import { findOrCreateJob, PUBLIC_SOURCE } from '../domain/ats/applications.js';
import type { Services } from '../domain/services.js';

export const POLL_FEEDS_JOB = 'poll-feeds';

/** Reads every switched-on feed and stores its postings as jobs; returns how many were new, per feed. */
export async function pollFeeds(services: Services): Promise<Record<string, number>> {
  const added: Record<string, number> = {};
  for (const feed of services.feeds) {
    try {
      const postings = await feed.read();
      const now = services.clock();
      added[feed.name] = await services.db.transaction(async (tx) => {
        let fresh = 0;
        for (const { posting, url } of postings) if ((await findOrCreateJob(tx, PUBLIC_SOURCE, { ...posting, url }, now, services.taxonomy)).created) fresh++;
        return fresh;
      });
    } catch (error) {
      // A feed that is down is read again next round; the others go on.
      services.logger.warn({ err: error, feed: feed.name }, 'could not read a job feed');
    }
  }
  services.logger.info({ added }, 'job feeds read');
  return added;
}

export function defineFeedPolling(agenda: Agenda, services: Services): void {
  agenda.define(POLL_FEEDS_JOB, async () => {
    await pollFeeds(services);
  });
}

/** Scheduled only when a feed is switched on. */
export async function scheduleFeedPolling(agenda: Agenda, services: Services, hours: number): Promise<void> {
  if (services.feeds.length) await agenda.every(`${Math.round(hours * 60)} minutes`, POLL_FEEDS_JOB);
}
