import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { applications, type ApplicationRow } from '../../models/applications.js';
import { jobs, type JobRow, type WorkMode } from '../../models/jobs.js';
import { people } from '../../models/people.js';
import { UserError } from '../errors.js';
import type { Services } from '../services.js';
import { insertEvent, type NewEvent } from './events.js';
import { applyEvent } from './projection.js';
import { isOpen, type State } from './lifecycle.js';
import { changePersonData } from '../people/changes.js';

/** An application with its posting: what every reply about it needs. */
export interface ApplicationView {
  application: ApplicationRow;
  job: JobRow;
}

export interface NewJob {
  title: string;
  company: string;
  url?: string | null;
  location?: string | null;
  workMode?: WorkMode | null;
  salaryMin?: number | null;
  salaryMax?: number | null;
  salaryCurrency?: string | null;
  description?: string | null;
  source?: string;
}

/** Records a job and starts tracking it for the person as `saved`, with the next short id. */
export async function addApplication(services: Services, personId: number, input: NewJob): Promise<ApplicationView> {
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const [job] = await tx
      .insert(jobs)
      .values({ ...input, source: input.source ?? 'manual', createdBy: personId, createdAt: now })
      .returning();
    const [counter] = await tx
      .update(people)
      .set({ lastApplicationSeq: sql`${people.lastApplicationSeq} + 1` })
      .where(eq(people.id, personId))
      .returning({ seq: people.lastApplicationSeq });
    const created: NewEvent = { type: 'created', actorPersonId: personId, toState: 'saved', payload: { jobId: job!.id }, occurredAt: now };
    const [application] = await tx
      .insert(applications)
      .values({ personId, jobId: job!.id, seq: counter!.seq, ...applyEvent(null, { type: created.type, toState: 'saved', occurredAt: now }) })
      .returning();
    await insertEvent(tx, application!.id, created);
    return { application: application!, job: job! };
  });
}

/**
 * Looks up one of the person's own applications by its short id. Someone else's id reads
 * exactly like an unknown one, so ids reveal nothing about other people.
 */
export async function getApplication(db: Executor, personId: number, seq: number, forUpdate = false): Promise<ApplicationView> {
  const query = db
    .select({ application: applications, job: jobs })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.personId, personId), eq(applications.seq, seq)));
  const [row] = forUpdate ? await query.for('update', { of: applications }) : await query;
  if (!row) {
    throw new UserError('unknown_application', `You have no application #${seq}. Use /job list to see yours.`);
  }
  return row;
}

/** The person's applications, oldest first; `state` narrows to one state, `open` to the live ones. */
export async function listApplications(
  db: Executor,
  personId: number,
  filter: { state?: State; openOnly?: boolean } = {},
): Promise<ApplicationView[]> {
  const conditions = [eq(applications.personId, personId)];
  if (filter.state) conditions.push(eq(applications.state, filter.state));
  const rows = await db
    .select({ application: applications, job: jobs })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(...conditions))
    .orderBy(asc(applications.seq));
  return filter.openOnly ? rows.filter((row) => isOpen(row.application.state as State)) : rows;
}
