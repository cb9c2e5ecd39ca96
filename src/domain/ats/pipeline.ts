import { and, asc, count, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applications } from '../../models/applications.js';
import { interviews } from '../../models/interviews.js';
import { jobs } from '../../models/jobs.js';
import { offers } from '../../models/offers.js';
import { STATES, type State } from './lifecycle.js';

/** How many upcoming interviews and open offers an overview lists before "and N more". */
const OVERVIEW_LIMIT = 10;

export interface PipelineOverview {
  counts: { state: State; count: number }[];
  total: number;
  upcoming: { seq: number; title: string; company: string; kind: string; startsAt: Date; timezone: string | null }[];
  moreUpcoming: number;
  openOffers: { seq: number; title: string; company: string; base: number; currency: string; deadline: string | null; status: string }[];
}

/** One person's search at a glance: applications per state, the next interviews, open offers by deadline. */
export async function pipelineOverview(db: Executor, personId: number, now: Date): Promise<PipelineOverview> {
  const grouped = await db
    .select({ state: applications.state, count: count() })
    .from(applications)
    .where(eq(applications.personId, personId))
    .groupBy(applications.state);
  const byState = new Map(grouped.map((row) => [row.state, row.count]));
  const counts = STATES.filter((state) => byState.has(state)).map((state) => ({ state, count: byState.get(state)! }));

  const upcomingWhere = and(eq(applications.personId, personId), gte(interviews.startsAt, now), eq(interviews.outcome, 'pending'));
  const upcoming = await db
    .select({ seq: applications.seq, title: jobs.title, company: jobs.company, kind: interviews.kind, startsAt: interviews.startsAt, timezone: interviews.timezone })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(upcomingWhere)
    .orderBy(asc(interviews.startsAt))
    .limit(OVERVIEW_LIMIT);
  const [upcomingTotal] = await db
    .select({ n: count() })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(upcomingWhere);

  const openOffers = await db
    .select({ seq: applications.seq, title: jobs.title, company: jobs.company, base: offers.base, currency: offers.currency, deadline: offers.deadline, status: offers.status })
    .from(offers)
    .innerJoin(applications, eq(applications.id, offers.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.personId, personId), inArray(offers.status, ['pending', 'negotiating'])))
    .orderBy(sql`${offers.deadline} asc nulls last`, asc(applications.seq))
    .limit(OVERVIEW_LIMIT);

  return {
    counts,
    total: counts.reduce((sum, row) => sum + row.count, 0),
    upcoming,
    moreUpcoming: (upcomingTotal?.n ?? 0) - upcoming.length,
    openOffers,
  };
}
