import type { JobAnalysisRow } from '../../models/jobAnalyses.js';
import type { JobRow, WorkMode } from '../../models/jobs.js';

/** What the recommender knows of an open job: enough to score it, small enough to hold 50,000. */
export interface JobFeatures {
  jobId: number;
  /** Null for a public posting; else the only community it may be recommended in. */
  community: string | null;
  title: string;
  company: string;
  /** Lower-cased, as learned weights are kept. */
  companyKey: string;
  location: string | null;
  /** The first part of the location, lower-cased (see placeKey). */
  place: string | null;
  workMode: WorkMode | null;
  seniority: string | null;
  yearsAsked: number | null;
  salaryMax: number | null;
  currency: string | null;
  /** Lower-cased skill names with their weight: 1 when required, 0.5 when nice to have. */
  skills: { key: string; name: string; weight: number }[];
  skillWeight: number;
  titleWords: string[];
}

// A nice-to-have skill counts half as much as a required one, as in fit scores.
const NICE_WEIGHT = 0.5;
// Seniority has its own feature; these words would only blur title matching.
const NOT_TITLE_WORDS = new Set(['and', 'the', 'of', 'for', 'in', 'at', 'with', 'to', 'a', 'an', 'senior', 'sr', 'junior', 'jr', 'mid', 'level', 'ii', 'iii', 'remote', 'hybrid', 'm', 'f', 'd', 'w', 'x']);

/** "Senior Backend Engineer (Go/Kubernetes)" → ["backend", "engineer", "go", "kubernetes"]. */
export function titleWords(title: string): string[] {
  const words = title.toLowerCase().split(/[^a-z0-9+#]+/).filter((word) => word.length > 0 && !NOT_TITLE_WORDS.has(word));
  return [...new Set(words)];
}

/** "Berlin, Germany" → "berlin": the first part of a location names the place well enough to learn from. */
export function placeKey(location: string | null): string | null {
  const first = location?.split(/[,;/(|]/)[0]?.trim().toLowerCase();
  return first ? first : null;
}

export const companyKey = (company: string) => company.trim().toLowerCase();

export function jobFeatures(
  job: Pick<JobRow, 'id' | 'title' | 'company' | 'location' | 'workMode' | 'salaryMin' | 'salaryMax' | 'salaryCurrency'> & { community?: string | null },
  analysis: Pick<JobAnalysisRow, 'skills' | 'seniority' | 'workMode' | 'yearsExperience' | 'salaryMin' | 'salaryMax' | 'salaryCurrency'> | null,
): JobFeatures {
  const skills = (analysis?.skills ?? []).map((skill) => ({ key: skill.name.toLowerCase(), name: skill.name, weight: skill.required ? 1 : NICE_WEIGHT }));
  return {
    jobId: job.id,
    community: job.community ?? null,
    title: job.title,
    company: job.company,
    companyKey: companyKey(job.company),
    location: job.location,
    place: placeKey(job.location),
    workMode: job.workMode ?? (analysis?.workMode as WorkMode | null | undefined) ?? null,
    seniority: analysis?.seniority ?? null,
    yearsAsked: analysis?.yearsExperience ?? null,
    salaryMax: job.salaryMax ?? analysis?.salaryMax ?? job.salaryMin ?? analysis?.salaryMin ?? null,
    currency: job.salaryCurrency ?? analysis?.salaryCurrency ?? null,
    skills,
    skillWeight: skills.reduce((sum, skill) => sum + skill.weight, 0),
    titleWords: titleWords(job.title),
  };
}

export const FEATURE_KINDS = ['skill', 'company', 'title', 'location', 'seniority'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/** The keys a person's learned weights are kept under, e.g. "skill:typescript", "company:acme". */
export function featureKeys(job: JobFeatures, kinds: readonly FeatureKind[] = FEATURE_KINDS): string[] {
  const keys: string[] = [];
  if (kinds.includes('skill')) keys.push(...job.skills.map((skill) => `skill:${skill.key}`));
  if (kinds.includes('company')) keys.push(`company:${job.companyKey}`);
  if (kinds.includes('title')) keys.push(...job.titleWords.map((word) => `title:${word}`));
  if (kinds.includes('location') && job.place) keys.push(`location:${job.place}`);
  if (kinds.includes('location') && job.workMode) keys.push(`location:${job.workMode}`);
  if (kinds.includes('seniority') && job.seniority) keys.push(`seniority:${job.seniority}`);
  return keys;
}
