import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applicationEvents, applications } from '../../models/applications.js';
import { jobAnalyses } from '../../models/jobAnalyses.js';
import { jobs } from '../../models/jobs.js';
import { recommendations } from '../../models/recommendations.js';
import { groupBy } from '../groupBy.js';
import { placeKey } from '../recommendations/features.js';
import { dimensionsOf, insightsFrom, type Dimension, type SentApplication } from './dimensions.js';
import { flowsOf, type Flow } from './flows.js';
import { funnelOf, type FunnelStep } from './funnel.js';
import { DAY_MS, outcomeOf } from './outcomes.js';
import { roleFamily } from './roleFamily.js';
import { weeklyActivity, type ActivityWeek } from './weeklyActivity.js';

export const PERIODS = ['30d', '90d', 'all'] as const;
export type Period = (typeof PERIODS)[number];

const PERIOD_DAYS: Record<Period, number | null> = { '30d': 30, '90d': 90, all: null };

export interface SearchStats {
  period: Period;
  /** Applications sent in the period (those that reached "applied"). */
  sent: number;
  funnel: FunnelStep[];
  rejected: number;
  ghosted: number;
  /** How each kind of job did: by source, work mode, place, company, industry, role, skill and seniority. */
  dimensions: Dimension[];
  /** At most three, each from rates whose intervals don't overlap; empty when the data can't tell. */
  insights: string[];
  /** How the applications moved between stages and how they ended (the Sankey). */
  flows: Flow[];
  /** Applications, answers and interviews week by week. */
  weeks: ActivityWeek[];
}

// How a job reached the person: what `/job stats` calls each source.
function sourceOf(job: { source: string; boardId: number | null }, recommended: boolean): string {
  if (recommended) return 'a recommendation';
  if (job.boardId !== null) return 'a watched board';
  if (job.source === 'pasted') return 'pasted text';
  if (job.source === 'manual') return 'typed by hand';
  if (job.source === 'import') return 'an import';
  return 'a link';
}

// A place is kept as the posting wrote it ("Berlin, Germany" → "Berlin"), but its first part only.
function placeOf(location: string | null): string | null {
  const key = placeKey(location);
  if (!key || /^(remote|anywhere|hybrid)\b/.test(key)) return null;
  return key.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

/**
 * One person's search in numbers for a period: the funnel of what they sent, how it flowed,
 * week by week, how each kind of job did and what clearly works better. Applications count in
 * the period they were sent in.
 */
export async function searchStats(db: Executor, personId: number, now: Date, period: Period, options: { ghostedDays: number; zone: string }): Promise<SearchStats> {
  const rows = await db
    .select({
      applicationId: applications.id,
      toState: applicationEvents.toState,
      occurredAt: applicationEvents.occurredAt,
      title: jobs.title,
      company: jobs.company,
      location: jobs.location,
      industry: jobs.industry,
      source: jobs.source,
      boardId: jobs.boardId,
      workMode: jobs.workMode,
      seniority: jobAnalyses.seniority,
      skills: jobAnalyses.skills,
      recommended: sql<boolean>`exists (select 1 from ${recommendations} where ${recommendations.personId} = ${applications.personId} and ${recommendations.jobId} = ${applications.jobId} and ${recommendations.createdAt} <= ${applications.createdAt})`,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(jobAnalyses, eq(jobAnalyses.jobId, jobs.id))
    .innerJoin(applicationEvents, eq(applicationEvents.applicationId, applications.id))
    // As of `now`: a report computed again for the same moment says the same (see weeklyReport).
    .where(and(eq(applications.personId, personId), lte(applicationEvents.occurredAt, now)))
    .orderBy(asc(applications.id), asc(applicationEvents.id));
  // Rows come ordered by application, then event: each group is one application's events in order.
  const byApplication = groupBy(rows, (row) => row.applicationId);

  const days = PERIOD_DAYS[period];
  const since = days === null ? null : new Date(now.getTime() - days * DAY_MS);
  const sent: SentApplication[] = [];
  for (const events of byApplication.values()) {
    const outcome = outcomeOf(events, now, options.ghostedDays);
    const applied = outcome.reached.applied;
    if (!applied || (since && applied < since)) continue;
    const job = events[0]!;
    sent.push({
      outcome,
      source: sourceOf(job, job.recommended),
      workMode: job.workMode ?? 'unstated',
      place: placeOf(job.location),
      company: job.company.trim(),
      industry: job.industry?.trim() || null,
      role: roleFamily(job.title),
      seniority: job.seniority,
      skills: (job.skills ?? []).filter((skill) => skill.required).map((skill) => skill.name),
    });
  }

  const outcomes = sent.map((one) => one.outcome);
  const dimensions = dimensionsOf(sent);
  return {
    period,
    sent: sent.length,
    funnel: funnelOf(outcomes),
    rejected: outcomes.filter((outcome) => outcome.rejected).length,
    ghosted: outcomes.filter((outcome) => outcome.ghosted).length,
    dimensions,
    insights: insightsFrom(dimensions),
    flows: flowsOf(outcomes),
    weeks: weeklyActivity(outcomes, now, options.zone, since),
  };
}
