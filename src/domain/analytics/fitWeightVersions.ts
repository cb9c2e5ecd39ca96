import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Database, Executor } from '../../models/database.js';
import { PersonRuns } from '../people/personRuns.js';
import type { Services } from '../services.js';
import { applicationEvents, applications } from '../../models/applications.js';
import { fitWeightVersions, type FitWeightVersionRow } from '../../models/fitWeightVersions.js';
import type { FitSnapshot } from '../analysis/fitScore.js';
import { groupBy } from '../groupBy.js';
import { outcomeOf } from './outcomes.js';
import { FIT_PARTS, refit, type Example, type FitWeights } from './weightLearning.js';

/** The weights a person's fit scores use now, and where they come from. */
export interface WeightsInUse {
  weights: FitWeights;
  source: 'yours' | 'everyone' | 'defaults';
  version: FitWeightVersionRow | null;
}

async function latestKept(db: Executor, personId: number | null): Promise<FitWeightVersionRow | null> {
  const [row] = await db
    .select()
    .from(fitWeightVersions)
    .where(and(personId === null ? isNull(fitWeightVersions.personId) : eq(fitWeightVersions.personId, personId), eq(fitWeightVersions.kept, true)))
    .orderBy(desc(fitWeightVersions.id))
    .limit(1);
  return row ?? null;
}

/** The person's own learned weights, else everyone's, else the configured defaults. */
export async function weightsInUse(db: Executor, config: Config, personId: number): Promise<WeightsInUse> {
  const own = await latestKept(db, personId);
  if (own) return { weights: own.weights, source: 'yours', version: own };
  const everyone = await latestKept(db, null);
  if (everyone) return { weights: everyone.weights, source: 'everyone', version: everyone };
  return { weights: { ...config.fit.weights }, source: 'defaults', version: null };
}

/** The last versions tried for a person (or everyone), newest first. */
export function versionHistory(db: Executor, personId: number | null, limit = 5): Promise<FitWeightVersionRow[]> {
  return db
    .select()
    .from(fitWeightVersions)
    .where(personId === null ? isNull(fitWeightVersions.personId) : eq(fitWeightVersions.personId, personId))
    .orderBy(desc(fitWeightVersions.id))
    .limit(limit);
}

/**
 * Outcomes with the fit snapshot taken at applying: known ones only (answered, rejected or
 * ghosted), since an application still waiting says nothing yet.
 */
export async function outcomeExamples(db: Executor, personId: number | null, now: Date, ghostedDays: number): Promise<Example[]> {
  const rows = await db
    .select({ applicationId: applicationEvents.applicationId, toState: applicationEvents.toState, occurredAt: applicationEvents.occurredAt, payload: applicationEvents.payload })
    .from(applicationEvents)
    .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
    // Only moves matter here; notes, interviews logged in place and the like are skipped.
    .where(and(isNotNull(applicationEvents.toState), personId === null ? undefined : eq(applications.personId, personId)))
    .orderBy(asc(applicationEvents.applicationId), asc(applicationEvents.id));
  const byApplication = groupBy(rows, (row) => row.applicationId);
  const examples: Example[] = [];
  for (const [key, events] of byApplication) {
    const snapshot = events.find((event) => event.toState === 'applied' && event.payload.fit)?.payload.fit as FitSnapshot | undefined;
    if (!snapshot) continue;
    const outcome = outcomeOf(events, now, ghostedDays);
    const answered = outcome.reached.response !== undefined;
    if (!answered && !outcome.rejected && !outcome.ghosted) continue;
    examples.push({ key, answered, parts: Object.fromEntries(FIT_PARTS.map((part) => [part, snapshot.parts[part]?.score ?? 0])) as FitWeights });
  }
  return examples;
}

async function relearn(tx: Executor, config: Config, personId: number | null, examples: Example[], now: Date): Promise<FitWeightVersionRow | null> {
  const { everyOutcomes } = config.fit.learning;
  const [last] = await versionHistory(tx, personId, 1);
  const since = examples.length - (last?.outcomes ?? 0);
  if (since < everyOutcomes) return null;
  const current = personId === null ? ((await latestKept(tx, null))?.weights ?? { ...config.fit.weights }) : (await weightsInUse(tx, config, personId)).weights;
  const candidate = refit(current, examples, config.fit.learning);
  const whose = personId === null ? "everyone's" : 'yours';
  const [row] = await tx
    .insert(fitWeightVersions)
    .values({
      personId,
      weights: candidate.weights,
      previous: current,
      trigger: `${since} new outcomes (${examples.length} of ${whose} in all)`,
      outcomes: examples.length,
      before: candidate.before,
      after: candidate.after,
      kept: candidate.keep,
      createdAt: now,
    })
    .returning();
  return row!;
}

// Advisory lock keys: one re-fit at a time per person, and one of everyone's weights.
const LOCK_SPACE = 0x6a6f6273; // "jobs"
const EVERYONE = 0;
// Everyone's weights learn from the latest outcomes only, which keeps a re-fit to a second or so.
const MAX_POOLED = 5000;

/**
 * Re-fits the person's weights when `everyOutcomes` new outcomes have come in since the last
 * try, and then everyone's together once there are `minPooled` (looked at only when the
 * person's were re-fitted, so most changes read no one else's events, and skipped when another
 * worker is already at it).
 */
export async function learnFromOutcomes(db: Database, config: Config, personId: number, now: Date): Promise<void> {
  const { ghostedDays } = config.analytics;
  const mine = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_SPACE}, ${personId})`);
    return relearn(tx, config, personId, await outcomeExamples(tx, personId, now, ghostedDays), now);
  });
  if (!mine) return;
  await db.transaction(async (tx) => {
    const locked = await tx.execute(sql`select pg_try_advisory_xact_lock(${LOCK_SPACE}, ${EVERYONE}) as locked`);
    if (!(locked.rows[0] as { locked: boolean }).locked) return;
    const everyone = (await outcomeExamples(tx, null, now, ghostedDays)).slice(-MAX_POOLED);
    if (everyone.length >= config.fit.learning.minPooled) await relearn(tx, config, null, everyone, now);
  });
}

/**
 * Runs the learning after a person's data changed, outside the change's transaction and off the
 * reply's path: a move answers at once, and the re-fit (a few queries and some arithmetic)
 * follows. One run per person at a time; changes meanwhile are looked at once it ends. A run
 * lost to a restart is caught up at the person's next change, since the trigger is a count.
 */
export class FitLearner {
  private readonly runs: PersonRuns;
  private readonly unsubscribe: () => void;

  constructor(services: Pick<Services, 'db' | 'config' | 'clock' | 'logger' | 'changes'>) {
    this.runs = new PersonRuns(
      (personId) => learnFromOutcomes(services.db, services.config, personId, services.clock()),
      (error, personId) => services.logger.error({ err: error, personId }, 'fit weights could not learn'),
    );
    this.unsubscribe = services.changes.subscribe((personId) => this.runs.schedule(personId));
  }

  /** Resolves once no learning is running (tests, and shutdown before the database closes). */
  idle(): Promise<void> {
    return this.runs.idle();
  }

  async stop(): Promise<void> {
    this.unsubscribe();
    await this.idle();
  }
}
