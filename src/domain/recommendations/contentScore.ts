import { formatMoney } from '../ats/money.js';
import { titleWords, type JobFeatures } from './features.js';
import type { PersonModel, PersonVector } from './personModel.js';
import { affinity } from './taste.js';

/**
 * The parts of a content score and their shares. Skills and title are read through the
 * inverted index when candidates are gathered; the rest only when a candidate is scored.
 */
export const CONTENT_SHARES = { skills: 0.5, title: 0.15, place: 0.1, pay: 0.1, seniority: 0.05, company: 0.1 } as const;

export interface ContentScore {
  /** 0–1. */
  score: number;
  reasons: string[];
}

// What a part scores when there is nothing to judge it by.
const UNKNOWN = 0.5;
const SENIORITY_YEARS: Record<string, number> = { intern: 0, junior: 1, mid: 3, senior: 5, lead: 8, manager: 8 };

function skillsPart(vector: PersonVector, job: JobFeatures, reasons: string[] | null): number {
  if (!job.skillWeight) return 0;
  let earned = 0;
  const matched: [string, number][] = [];
  for (const skill of job.skills) {
    const have = vector.skills.get(skill.key) ?? 0;
    earned += skill.weight * have;
    if (reasons && have > 0.3) matched.push([skill.name, skill.weight * have]);
  }
  if (reasons && matched.length) reasons.push(`matches ${matched.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name]) => name).join(', ')}`);
  return Math.max(0, earned / job.skillWeight);
}

function titlePart(person: PersonModel, vector: PersonVector, job: JobFeatures, reasons: string[] | null): number {
  if (!job.titleWords.length) return 0;
  let sum = 0;
  for (const word of job.titleWords) sum += vector.titleWords.get(word) ?? 0;
  if (reasons) {
    // "Node.js Backend Engineer" is a "Backend Engineer" role: every word of the aim is in it.
    const aimedFor = person.profile?.targetTitles.find((title) => {
      const words = titleWords(title);
      return words.length > 0 && words.every((word) => job.titleWords.includes(word));
    });
    if (aimedFor) reasons.push(`the kind of role you want (${aimedFor})`);
  }
  return Math.max(0, sum / job.titleWords.length);
}

function placePart(person: PersonModel, job: JobFeatures, reasons: string[] | null): number {
  const wants = person.profile?.remotePreference ?? 'any';
  const place = job.place;
  const placeMatches = Boolean(place && person.profile?.locations.some((location) => place.includes(location.toLowerCase()) || location.toLowerCase().includes(place)));
  const learned = 0.25 * (affinity(place ? person.taste[`location:${place}`] : undefined) + affinity(job.workMode ? person.taste[`location:${job.workMode}`] : undefined));
  let score = UNKNOWN;
  if (job.workMode === 'remote') {
    score = wants === 'onsite' ? 0.3 : 1;
    if (wants !== 'onsite') reasons?.push('remote');
  } else if (job.workMode && wants === 'remote') score = 0.1;
  else if (placeMatches) {
    score = 1;
    reasons?.push(`in ${job.location}`);
  } else if (job.workMode && person.profile?.locations.length) score = 0.2;
  return Math.max(0, Math.min(1, score + learned));
}

function payPart(person: PersonModel, job: JobFeatures, reasons: string[] | null): number {
  const floor = person.profile?.salaryFloor ?? null;
  if (floor === null || job.salaryMax === null) return UNKNOWN;
  const currency = person.profile?.salaryCurrency ?? null;
  if (currency && job.currency && currency !== job.currency) return UNKNOWN;
  if (job.salaryMax >= floor) {
    reasons?.push(`pays up to ${formatMoney(job.salaryMax, job.currency)}`);
    return 1;
  }
  return Math.max(0, (job.salaryMax / floor) ** 2);
}

function seniorityPart(person: PersonModel, job: JobFeatures): number {
  const learned = 0.5 * affinity(job.seniority ? person.taste[`seniority:${job.seniority}`] : undefined);
  const years = person.profile?.yearsExperience ?? null;
  const asked = job.yearsAsked ?? (job.seniority ? SENIORITY_YEARS[job.seniority] ?? null : null);
  let score = UNKNOWN;
  if (years !== null && asked !== null) score = years >= asked ? (years - asked > 6 ? 0.6 : 1) : Math.max(0, 1 - (asked - years) / 4);
  return Math.max(0, Math.min(1, score + learned));
}

function companyPart(person: PersonModel, job: JobFeatures, reasons: string[] | null): number {
  const liked = affinity(person.taste[`company:${job.companyKey}`]);
  if (liked > 0.3) reasons?.push(`you liked other roles at ${job.company}`);
  return 0.5 + 0.5 * liked;
}

/**
 * How well a job matches a person's profile and learned taste, 0–1, with the reasons worth
 * saying. Without `explain` the reasons are left out: ranking hundreds of candidates needs only
 * the score, and the few that are kept are scored again with their reasons.
 */
export function contentScore(person: PersonModel, vector: PersonVector, job: JobFeatures, explain = true): ContentScore {
  const reasons: string[] | null = explain ? [] : null;
  const score =
    CONTENT_SHARES.skills * skillsPart(vector, job, reasons) +
    CONTENT_SHARES.title * titlePart(person, vector, job, reasons) +
    CONTENT_SHARES.place * placePart(person, job, reasons) +
    CONTENT_SHARES.pay * payPart(person, job, reasons) +
    CONTENT_SHARES.seniority * seniorityPart(person, job) +
    CONTENT_SHARES.company * companyPart(person, job, reasons);
  return { score: Math.max(0, Math.min(1, score)), reasons: reasons ?? [] };
}
