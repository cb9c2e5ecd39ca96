import type { Config } from '../../config.js';
import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import type { PostingReader } from '../../domain/intake/postingReader.js';
import type { BoardSource } from '../../domain/intake/boardSource.js';
import { ashbyBoard, ashbyReader } from './ashby.js';
import { greenhouseBoard, greenhouseReader } from './greenhouse.js';
import { leverBoard, leverReader } from './lever.js';
import { recruiteeReader } from './recruitee.js';
import { smartRecruitersReader } from './smartRecruiters.js';
import { workableReader } from './workable.js';

/** Every applicant-tracking system Jobscout reads through its API, on the configured API addresses. */
export function postingReaders(fetcher: PageFetcher, ats: Config['intake']['ats']): PostingReader[] {
  return [
    greenhouseReader(fetcher, ats.greenhouse),
    leverReader(fetcher, ats.lever),
    ashbyReader(fetcher, ats.ashby),
    workableReader(fetcher, ats.workable),
    smartRecruitersReader(fetcher, ats.smartRecruiters),
    recruiteeReader(fetcher, ats.recruitee),
  ];
}

/** The systems whose whole company boards can be watched. */
export function boardSources(fetcher: PageFetcher, ats: Config['intake']['ats']): BoardSource[] {
  return [greenhouseBoard(fetcher, ats.greenhouse), leverBoard(fetcher, ats.lever), ashbyBoard(fetcher, ats.ashby)];
}
