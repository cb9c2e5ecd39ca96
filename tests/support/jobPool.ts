import { eq } from 'drizzle-orm';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { jobs } from '../../src/models/jobs.js';
import type { TestApp } from './testApp.js';

/** A posting as someone would paste it: title line, location, then required and nice-to-have skills. */
export function posting(title: string, company: string, required: string[], nice: string[] = [], location = 'Remote'): string {
  return [`${title} at ${company}`, `Location: ${location}`, '', 'We build things people use.', '', 'Requirements', ...required.map((skill) => `- ${skill}`), ...(nice.length ? ['', 'Nice to have', ...nice.map((skill) => `- ${skill}`)] : [])].join('\n');
}

/**
 * Adds postings to Jobscout's pool of open jobs the way a community does: someone else in it
 * (the curator, by default a console user of the test install) saves them. Returns each job's id.
 */
export async function addToPool(app: TestApp, postings: string[], curator: string | CommandContext = 'curator'): Promise<number[]> {
  const ctx = typeof curator === 'string' ? await app.as(curator) : curator;
  const ids: number[] = [];
  for (const text of postings) {
    await runText(ctx, `/job add ${text}`);
    const title = text.split('\n')[0]!.split(' at ')[0]!;
    const [row] = await app.services.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.title, title));
    ids.push(row!.id);
  }
  return ids;
}

/** Fills in the person's profile through the form, as they would. */
export async function fillProfile(ctx: CommandContext, values: Record<string, string>): Promise<void> {
  const outcome = await submitForm(ctx, 'profile', '', values);
  if (!outcome.ok) throw new Error(`profile refused: ${JSON.stringify(outcome.errors)}`);
}

/** Sets the digest time, zone and size through the /job prefs form. */
export async function setPrefs(ctx: CommandContext, values: Record<string, string>): Promise<void> {
  const outcome = await submitForm(ctx, 'prefs', '', { size: '5', ...values });
  if (!outcome.ok) throw new Error(`prefs refused: ${JSON.stringify(outcome.errors)}`);
}
