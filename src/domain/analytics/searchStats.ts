import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applicationEvents, applications } from '../../models/applications.js';
import { jobs } from '../../models/jobs.js';
import { recommendations } from '../../models/recommendations.js';
import { funnelOf, type FunnelStep } from './funnel.js';
import { DAY_MS, outcomeOf, type Outcome } from './outcomes.js';
import { clearlyDifferent, MIN_SAMPLE, wilson, type Rate } from './wilson.js';

export const PERIODS = ['30d', '90d', 'all'] as const;
export type Period = (typeof PERIODS)[number];

const PERIOD_DAYS: Record<Period, number | null> = { '30d': 30, '90d': 90, all: null };

/** A response rate for one value of a trait ("Remote roles"), shown only with enough behind it. */
export interface TraitRate {
  label: string;
  rate: Rate;
}

export interface SearchStats {
  period: Period;
  /** Applications sent in the period (those that reached "applied"). */
  sent: number;
  funnel: FunnelStep[];
  rejected: number;
  ghosted: number;
  /** Where the applications came from, and how often each got an answer. */
  bySource: TraitRate[];
  byWorkMode: TraitRate[];
  /** At most three, each from rates whose intervals don't overlap; empty when the data can't tell. */
  insights: string[];
}

interface Sent {
  outcome: Outcome;
  source: string;
  workMode: string;
}

// How a job reached the person: what `/job stats` calls each source.
function sourceOf(job: { source: string; boardId: number | null }, recommended: boolean): string {
  if (recommended) return 'a recommendation';
  if (job.boardId !== null) return 'a watched board';
  if (job.source === 'pasted') return 'pasted text';
  if (job.source === 'manual') return 'typed by hand';
  return 'a link';
}

const WORK_MODE_LABEL: Record<string, string> = { remote: 'Remote roles', hybrid: 'Hybrid roles', onsite: 'On-site roles' };

function ratesBy(sent: readonly Sent[], trait: (one: Sent) => string): TraitRate[] {
  const groups = new Map<string, Sent[]>();
  for (const one of sent) {
    const label = trait(one);
    const members = groups.get(label);
    if (members) members.push(one);
    else groups.set(label, [one]);
  }
  return [...groups]
    .map(([label, members]) => ({ label, rate: wilson(members.filter((one) => one.outcome.reached.response).length, members.length) }))
    .sort((a, b) => b.rate.total - a.rate.total || a.label.localeCompare(b.label));
}

/** "Remote roles answered 4 of 10 times, On-site roles 1 of 12." — only where the difference is clear. */
function insightsFrom(dimensions: { rates: TraitRate[]; describe: (label: string) => string }[]): string[] {
  const found: { text: string; gap: number }[] = [];
  for (const { rates, describe } of dimensions) {
    const solid = rates.filter((entry) => entry.rate.total >= MIN_SAMPLE);
    for (const [index, a] of solid.entries()) {
      for (const b of solid.slice(index + 1)) {
        if (!clearlyDifferent(a.rate, b.rate)) continue;
        const [high, low] = a.rate.share >= b.rate.share ? [a, b] : [b, a];
        found.push({ text: `${describe(high.label)} answered ${high.rate.hits} of ${high.rate.total} times, ${describe(low.label).toLowerCase()} ${low.rate.hits} of ${low.rate.total}.`, gap: high.rate.share - low.rate.share });
      }
    }
  }
  return found.sort((a, b) => b.gap - a.gap).slice(0, 3).map((insight) => insight.text);
}

/**
 * One person's search in numbers for a period: the funnel of what they sent, where it came from
 * and how often each kind got an answer, and what clearly works better. Applications count in
 * the period they were sent in.
 */
export async function searchStats(db: Executor, personId: number, now: Date, period: Period, ghostedDays: number): Promise<SearchStats> {
  const rows = await db
    .select({
      applicationId: applications.id,
      toState: applicationEvents.toState,
      occurredAt: applicationEvents.occurredAt,
      source: jobs.source,
      boardId: jobs.boardId,
      workMode: jobs.workMode,
      recommended: sql<boolean>`exists (select 1 from ${recommendations} where ${recommendations.personId} = ${applications.personId} and ${recommendations.jobId} = ${applications.jobId} and ${recommendations.createdAt} <= ${applications.createdAt})`,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(applicationEvents, eq(applicationEvents.applicationId, applications.id))
    .where(eq(applications.personId, personId))
    .orderBy(asc(applications.id), asc(applicationEvents.id));
  // Rows come ordered by application, then event: each application's events are one run.
  const byApplication = new Map<number, typeof rows>();
  for (const row of rows) {
    const events = byApplication.get(row.applicationId);
    if (events) events.push(row);
    else byApplication.set(row.applicationId, [row]);
  }

  const days = PERIOD_DAYS[period];
  const since = days === null ? null : new Date(now.getTime() - days * DAY_MS);
  const sent: Sent[] = [];
  for (const events of byApplication.values()) {
    const outcome = outcomeOf(events, now, ghostedDays);
    const applied = outcome.reached.applied;
    if (!applied || (since && applied < since)) continue;
    const [first] = events;
    sent.push({ outcome, source: sourceOf(first!, first!.recommended), workMode: first!.workMode ?? 'unstated' });
  }

  const bySource = ratesBy(sent, (one) => one.source);
  const byWorkMode = ratesBy(sent, (one) => one.workMode).map((entry) => ({ ...entry, label: WORK_MODE_LABEL[entry.label] ?? 'Roles with no stated mode' }));
  return {
    period,
    sent: sent.length,
    funnel: funnelOf(sent.map((one) => one.outcome)),
    rejected: sent.filter((one) => one.outcome.rejected).length,
    ghosted: sent.filter((one) => one.outcome.ghosted).length,
    bySource,
    byWorkMode,
    insights: insightsFrom([
      { rates: byWorkMode, describe: (label) => label },
      { rates: bySource, describe: (label) => `Jobs from ${label}` },
    ]),
  };
}
