import { asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applications } from '../../models/applications.js';
import { communityMembers } from '../../models/communities.js';
import { jobAnalyses } from '../../models/jobAnalyses.js';
import { jobs } from '../../models/jobs.js';
import { CoOccurrence } from './coOccurrence.js';
import { jobFeatures } from './features.js';
import { JobIndex } from './jobIndex.js';
import { Recommender, type RecommenderSettings } from './recommender.js';

/**
 * The recommender over every open job and everyone's saves, rebuilt only when jobs, analyses,
 * applications or community memberships have changed since the last build. Building reads all
 * open jobs, so it is shared by every request and digest in the process, and built by one
 * caller at a time. Saves are counted per community: a person's save counts in each community
 * they belong to, for the postings that community may see, and nowhere else.
 */
export class Catalog {
  private current: { fingerprint: string; recommender: Recommender } | null = null;
  private building: Promise<Recommender> | null = null;

  constructor(private readonly settings: RecommenderSettings & { minCoOccurrence: number }) {}

  async recommender(db: Executor): Promise<Recommender> {
    const fingerprint = await this.fingerprint(db);
    if (this.current?.fingerprint === fingerprint) return this.current.recommender;
    this.building ??= this.build(db, fingerprint).finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async fingerprint(db: Executor): Promise<string> {
    const result = await db.execute(sql`select
      (select coalesce(max(id), 0) from ${jobs}) as jobs,
      (select count(*) from ${jobs} where ${jobs.closedAt} is null) as open,
      (select coalesce(max(${jobAnalyses.analyzedAt})::text, '') from ${jobAnalyses}) as analysed,
      (select coalesce(max(id), 0) from ${applications}) as applications,
      (select count(*) from ${communityMembers}) as members`);
    return JSON.stringify(result.rows[0]);
  }

  private async build(db: Executor, fingerprint: string): Promise<Recommender> {
    const open = await db
      .select({
        id: jobs.id,
        community: jobs.community,
        title: jobs.title,
        company: jobs.company,
        location: jobs.location,
        workMode: jobs.workMode,
        salaryMin: jobs.salaryMin,
        salaryMax: jobs.salaryMax,
        salaryCurrency: jobs.salaryCurrency,
        analysis: {
          skills: jobAnalyses.skills,
          seniority: jobAnalyses.seniority,
          workMode: jobAnalyses.workMode,
          yearsExperience: jobAnalyses.yearsExperience,
          salaryMin: jobAnalyses.salaryMin,
          salaryMax: jobAnalyses.salaryMax,
          salaryCurrency: jobAnalyses.salaryCurrency,
        },
      })
      .from(jobs)
      .leftJoin(jobAnalyses, eq(jobAnalyses.jobId, jobs.id))
      .where(isNull(jobs.closedAt))
      .orderBy(asc(jobs.id));
    // Every application counts as a save: people who tracked both jobs, whatever came of them.
    // A posting added by hand counts only in its own community; a public one in each.
    const saves = await db
      // A corrected copy counts as the posting it corrects.
      .select({ community: communityMembers.community, personId: applications.personId, jobId: sql<number>`coalesce(${jobs.copiedFrom}, ${jobs.id})` })
      .from(applications)
      .innerJoin(communityMembers, eq(communityMembers.personId, applications.personId))
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(or(isNull(jobs.community), eq(jobs.community, communityMembers.community)))
      .orderBy(asc(applications.id));
    const byCommunity = new Map<string, [number, number][]>();
    for (const row of saves) {
      const list = byCommunity.get(row.community) ?? [];
      if (!byCommunity.has(row.community)) byCommunity.set(row.community, list);
      list.push([row.personId, row.jobId]);
    }
    const collaboration = new Map([...byCommunity].map(([community, pairs]) => [community, CoOccurrence.build(pairs, this.settings.minCoOccurrence)] as const));
    const index = new JobIndex(open.map((row) => jobFeatures(row, row.analysis?.skills ? row.analysis : null)));
    const recommender = new Recommender(index, collaboration, this.settings);
    this.current = { fingerprint, recommender };
    return recommender;
  }
}
