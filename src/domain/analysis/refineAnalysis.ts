import { eq } from 'drizzle-orm';
import { jobAnalyses, type JobAnalysisRow } from '../../models/jobAnalyses.js';
import type { JobRow } from '../../models/jobs.js';
import type { Services } from '../services.js';

/**
 * Asks the analyst (Claude) for a better analysis of a new job and stores it over the heuristic
 * one. An unusable answer (a failed call, output that doesn't validate) keeps the heuristic
 * analysis and is logged; the person still gets their job saved.
 */
export async function refineAnalysis(services: Services, job: JobRow): Promise<JobAnalysisRow | null> {
  if (!services.analyst || !job.description) return null;
  let result;
  try {
    result = await services.analyst.analyze(job);
  } catch (error) {
    services.logger.warn({ err: error, jobId: job.id }, 'the analyst gave no usable analysis; keeping the heuristic one');
    return null;
  }
  // Skill names as the taxonomy spells them, so profiles and postings compare.
  const skills = new Map<string, { name: string; category: string; required: boolean }>();
  for (const skill of result.skills) {
    const known = services.taxonomy.resolve(skill.name);
    const name = known?.name ?? skill.name;
    const previous = skills.get(name.toLowerCase());
    skills.set(name.toLowerCase(), { name, category: known?.category ?? skill.category, required: skill.required || (previous?.required ?? false) });
  }
  const [stored] = await services.db
    .update(jobAnalyses)
    .set({ ...result, skills: [...skills.values()], analyzer: 'claude', analyzedAt: services.clock() })
    .where(eq(jobAnalyses.jobId, job.id))
    .returning();
  return stored ?? null;
}
