import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applications } from '../../models/applications.js';
import { interviews } from '../../models/interviews.js';
import { jobs } from '../../models/jobs.js';

/** Escapes LIKE wildcards so "100%" matches itself. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * One person's applications whose number, title or company matches what they have typed so
 * far, most recently changed first: for pickers that complete an application id.
 */
export async function findApplications(db: Executor, personId: number, typed: string, limit: number) {
  const text = typed.trim().replace(/^#/, '');
  const mine = eq(applications.personId, personId);
  const matches = text ? or(ilike(jobs.title, likePattern(text)), ilike(jobs.company, likePattern(text)), sql`${applications.seq}::text like ${`${text}%`}`) : undefined;
  return db
    .select({ seq: applications.seq, state: applications.state, title: jobs.title, company: jobs.company })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(matches ? and(mine, matches) : mine)
    .orderBy(desc(applications.updatedAt), asc(applications.seq))
    .limit(limit);
}

/** One person's interviews matching what they typed ("3.", "Acme"), latest first. */
export async function findInterviews(db: Executor, personId: number, typed: string, limit: number) {
  const text = typed.trim();
  const mine = eq(applications.personId, personId);
  const matches = text
    ? or(ilike(jobs.company, likePattern(text)), ilike(jobs.title, likePattern(text)), sql`(${applications.seq}::text || '.' || ${interviews.seq}::text) like ${`${text}%`}`)
    : undefined;
  return db
    .select({ seq: applications.seq, interviewSeq: interviews.seq, kind: interviews.kind, startsAt: interviews.startsAt, timezone: interviews.timezone, outcome: interviews.outcome, company: jobs.company })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(matches ? and(mine, matches) : mine)
    .orderBy(desc(interviews.startsAt))
    .limit(limit);
}
