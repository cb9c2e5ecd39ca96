import { and, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Executor } from '../../models/database.js';
import { applicationEvents, applications, type ApplicationRow } from '../../models/applications.js';
import { followups } from '../../models/followups.js';
import { interviews, type InterviewRow } from '../../models/interviews.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { people, type PersonRow } from '../../models/people.js';
import { preferences } from '../../models/preferences.js';
import { sequences } from '../../models/sequences.js';
import { digestZone, withDefaults } from '../people/preferences.js';
import { appliedPrompt, thankYouPrompt, type DuePrompt } from './followupPlan.js';

export interface DueFollowup {
  kind: 'applied' | 'thankyou';
  person: PersonRow;
  application: ApplicationRow;
  job: JobRow;
  interview?: InterviewRow;
  prompt: DuePrompt;
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * Follow-ups due now: applications that have sat in `applied` for 7 (then 14) days, and
 * thank-yous the morning after an interview, minus those stopped, snoozed or already followed
 * up since the prompt came. `personIds` narrows to those people (their digests).
 */
export async function dueFollowups(db: Executor, config: Config, now: Date, personIds?: readonly number[]): Promise<DueFollowup[]> {
  const settings = config.followups;
  const lastFollowedUp = sql<string | null>`(select max(${applicationEvents.occurredAt}) from ${applicationEvents} where ${applicationEvents.applicationId} = ${applications.id} and ${applicationEvents.type} = 'followed_up')`;
  // Business days are never fewer than calendar days, so the calendar bound is a safe first cut.
  const earliest = new Date(now.getTime() - Math.min(...settings.appliedDays) * DAY_MS);
  const common = { person: people, application: applications, job: jobs, answers: followups, prefs: preferences, lastFollowedUp };
  const sitting = await db
    .select(common)
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(people, eq(people.id, applications.personId))
    .leftJoin(followups, eq(followups.applicationId, applications.id))
    .leftJoin(preferences, eq(preferences.personId, applications.personId))
    // An application whose follow-up sequence runs is followed up by it, not by prompts.
    .leftJoin(sequences, eq(sequences.applicationId, applications.id))
    .where(and(eq(applications.state, 'applied'), lte(applications.stateChangedAt, earliest), or(isNull(sequences.applicationId), isNotNull(sequences.stoppedAt)), personIds === undefined ? undefined : inArray(applications.personId, [...personIds])));
  const recent = await db
    .select({ ...common, interview: interviews })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(people, eq(people.id, applications.personId))
    .leftJoin(followups, eq(followups.applicationId, applications.id))
    .leftJoin(preferences, eq(preferences.personId, applications.personId))
    .where(
      and(
        inArray(interviews.outcome, ['pending', 'passed']),
        gte(interviews.startsAt, new Date(now.getTime() - (settings.snoozeDays + 4) * DAY_MS)),
        lte(interviews.startsAt, now),
        personIds === undefined ? undefined : inArray(applications.personId, [...personIds]),
      ),
    );
  const due: DueFollowup[] = [];
  const settled = (prompt: DuePrompt, last: string | null) => last !== null && new Date(last) >= prompt.stageDueAt;
  for (const row of sitting) {
    const prefs = withDefaults(row.prefs, config);
    const prompt = appliedPrompt(row.application, row.answers, settings, digestZone(prefs, row.person, config), now);
    if (prompt && !settled(prompt, row.lastFollowedUp)) due.push({ kind: 'applied', person: row.person, application: row.application, job: row.job, prompt });
  }
  for (const row of recent) {
    const prefs = withDefaults(row.prefs, config);
    const prompt = thankYouPrompt(row.interview, row.answers, settings, digestZone(prefs, row.person, config), prefs.digestTime, now);
    if (prompt && !settled(prompt, row.lastFollowedUp)) due.push({ kind: 'thankyou', person: row.person, application: row.application, job: row.job, interview: row.interview, prompt });
  }
  return due;
}
