import type { Config } from '../config.js';
import type { PageFetcher } from '../domain/intake/pageFetcher.js';
import type { PostingReader } from '../domain/intake/postingReader.js';
import type { BoardSource } from '../domain/intake/boardSource.js';
import type { JobFeed } from '../domain/intake/jobFeed.js';
import { arbeitnowFeed } from './feeds/arbeitnow.js';
import { hackerNewsFeed } from './feeds/hackerNews.js';
import { remoteOkFeed } from './feeds/remoteOk.js';
import { remotiveFeed } from './feeds/remotive.js';
import { ashbyBoard, ashbyReader } from './ats/ashby.js';
import { greenhouseBoard, greenhouseReader } from './ats/greenhouse.js';
import { greenhouseEmbedReader } from './ats/greenhouseEmbed.js';
import { leverBoard, leverReader } from './ats/lever.js';
import { recruiteeOwnDomainReader, recruiteeReader } from './ats/recruitee.js';
import { smartRecruitersReader } from './ats/smartRecruiters.js';
import { workableReader } from './ats/workable.js';

/** Every applicant-tracking system Jobscout reads through its API, on the configured API addresses. */
export function postingReaders(fetcher: PageFetcher, ats: Config['intake']['ats']): PostingReader[] {
  return [
    greenhouseReader(fetcher, ats.greenhouse),
    greenhouseEmbedReader(fetcher, ats.greenhouse),
    leverReader(fetcher, ats.lever),
    ashbyReader(fetcher, ats.ashby),
    workableReader(fetcher, ats.workable),
    smartRecruitersReader(fetcher, ats.smartRecruiters),
    recruiteeReader(fetcher, ats.recruitee),
    recruiteeOwnDomainReader(fetcher),
  ];
}

/** The systems whose whole company boards can be watched. */
export function boardSources(fetcher: PageFetcher, ats: Config['intake']['ats']): BoardSource[] {
  return [greenhouseBoard(fetcher, ats.greenhouse), leverBoard(fetcher, ats.lever), ashbyBoard(fetcher, ats.ashby)];
}

/** The no-key public feeds switched on in config. */
export function jobFeeds(fetcher: PageFetcher, feeds: Config['intake']['feeds']): JobFeed[] {
  const all: Record<(typeof feeds.enabled)[number], () => JobFeed> = {
    remotive: () => remotiveFeed(fetcher, feeds.remotive),
    remoteok: () => remoteOkFeed(fetcher, feeds.remoteok),
    arbeitnow: () => arbeitnowFeed(fetcher, feeds.arbeitnow),
    hackernews: () => hackerNewsFeed(fetcher, feeds.hackernews),
  };
  return feeds.enabled.map((name) => all[name]());
}
