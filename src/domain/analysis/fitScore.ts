import type { Config } from '../../config.js';
import type { JobAnalysisRow } from '../../models/jobAnalyses.js';
import type { JobRow } from '../../models/jobs.js';
import type { ProfileRow, SkillLevel } from '../../models/profiles.js';
import { formatMoney } from '../ats/money.js';
import { isSoftSkill } from './taxonomy.js';
import { PRESUMED_WORK_MODE } from './workModeText.js';

export type FitPart = keyof Config['fit']['weights'];

export interface FitScore {
  /** 0–100. */
  total: number;
  parts: { part: FitPart; weight: number; score: number; reason: string }[];
}

/** A fit score as stored when a person applies: the total, and each part's 0–1 score with its weight. */
export interface FitSnapshot {
  total: number;
  parts: Record<FitPart, { score: number; weight: number }>;
}

export function fitSnapshot(score: FitScore): FitSnapshot {
  return { total: score.total, parts: Object.fromEntries(score.parts.map(({ part, score: value, weight }) => [part, { score: value, weight }])) as FitSnapshot['parts'] };
}

/** How much of a skill a person at each level brings, 0–1. */
export const LEVEL_CREDIT: Record<SkillLevel, number> = { beginner: 0.4, intermediate: 0.7, advanced: 0.9, expert: 1 };
// A nice-to-have skill counts half as much as a required one.
const NICE_WEIGHT = 0.5;
// What a part scores when the posting doesn't say enough to judge it.
const UNKNOWN = 0.5;

const list = (names: string[], max = 4) => (names.length > max ? `${names.slice(0, max).join(', ')} and ${names.length - max} more` : names.join(', '));
const words = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9+#.]+/).filter((word) => word.length > 1 && !['and', 'the', 'of', 'for', 'in', 'at'].includes(word)));

function skillsPart(profile: ProfileRow, analysis: JobAnalysisRow | null): [number, string] {
  // A soft skill the posting mentions in passing is neither earned nor missed; one it lists as a requirement is.
  const wanted = (analysis?.skills ?? []).filter((skill) => skill.required || !isSoftSkill(skill));
  if (!wanted.length) return [UNKNOWN, 'The posting names no skills Jobscout knows.'];
  const mine = new Map(profile.skills.map((skill) => [skill.name.toLowerCase(), skill]));
  let earned = 0;
  let possible = 0;
  const have: string[] = [];
  const missing: string[] = [];
  for (const skill of wanted) {
    const weight = skill.required ? 1 : NICE_WEIGHT;
    possible += weight;
    const held = mine.get(skill.name.toLowerCase());
    if (held) {
      earned += weight * LEVEL_CREDIT[held.level];
      have.push(skill.name);
    } else if (skill.required) missing.push(skill.name);
  }
  const reason = [have.length ? `You have ${list(have)}` : 'You have none of the skills it names', missing.length ? `missing ${list(missing)}` : 'nothing required is missing'].join('; ');
  return [earned / possible, `${reason}.`];
}

function experiencePart(profile: ProfileRow, analysis: JobAnalysisRow | null): [number, string] {
  const asked = analysis?.yearsExperience ?? null;
  const mine = profile.yearsExperience;
  if (mine === null) return [UNKNOWN, 'Add your years of experience to your profile to judge this.'];
  if (asked === null) return [0.8, `It asks for no particular experience; you have ${mine} years.`];
  if (mine >= asked) return [1, `It asks for ${asked} years; you have ${mine}.`];
  return [Math.max(0, mine / asked), `It asks for ${asked} years; you have ${mine}.`];
}

function culturePart(profile: ProfileRow, job: JobRow, analysis: JobAnalysisRow | null): [number, string] {
  const mode = job.workMode ?? analysis?.workMode ?? null;
  const wants = profile.remotePreference;
  const place = job.location?.toLowerCase() ?? '';
  const placeMatches = profile.locations.some((location) => place.includes(location.toLowerCase()));
  if (!mode) return [placeMatches ? 0.8 : UNKNOWN, placeMatches ? `It is in ${job.location}, where you want to work; how remote it is isn't stated.` : "It doesn't say whether it is remote, hybrid or on-site."];
  if (mode === 'remote') return wants === 'onsite' ? [0.3, 'It is remote; you prefer working on-site.'] : [1, 'It is remote, which suits you.'];
  // A presumption (a town named, nothing said of remote work) weighs less than the posting's word.
  if (wants === 'remote' && job.workModeDetail === PRESUMED_WORK_MODE) return [0.35, `It says nothing of remote work and names an office or hands-on work, so it is presumably on-site; you want remote work.`];
  if (wants === 'remote') return [0.2, `It is ${mode === 'hybrid' ? 'hybrid' : 'on-site'}; you want remote work.`];
  if (placeMatches || !profile.locations.length) return [1, `It is ${mode === 'hybrid' ? 'hybrid' : 'on-site'}${job.location ? ` in ${job.location}` : ''}, which suits you.`];
  return [0.3, `It is ${mode === 'hybrid' ? 'hybrid' : 'on-site'} in ${job.location ?? 'a place not given'}, not where you want to work (${list(profile.locations)}).`];
}

function growthPart(profile: ProfileRow, job: JobRow): [number, string] {
  if (!profile.targetTitles.length) return [UNKNOWN, 'Add the titles you are aiming for to your profile to judge this.'];
  const title = words(job.title);
  const best = Math.max(...profile.targetTitles.map((target) => {
    const wanted = words(target);
    const shared = [...wanted].filter((word) => title.has(word)).length;
    return wanted.size ? shared / wanted.size : 0;
  }));
  if (best >= 1) return [1, `"${job.title}" is a title you are aiming for.`];
  if (best > 0) return [0.4 + 0.6 * best, `"${job.title}" is close to the titles you are aiming for.`];
  return [0.2, `"${job.title}" is not among the titles you are aiming for (${list(profile.targetTitles, 3)}).`];
}

function compensationPart(profile: ProfileRow, job: JobRow, analysis: JobAnalysisRow | null): [number, string] {
  const max = job.salaryMax ?? analysis?.salaryMax ?? job.salaryMin ?? analysis?.salaryMin ?? null;
  const currency = job.salaryCurrency ?? analysis?.salaryCurrency ?? null;
  if (profile.salaryFloor === null) return [UNKNOWN, 'Add your salary floor to your profile to judge this.'];
  if (max === null) return [UNKNOWN, 'The posting states no salary.'];
  const floor = formatMoney(profile.salaryFloor, profile.salaryCurrency);
  if (profile.salaryCurrency && currency && profile.salaryCurrency !== currency) return [UNKNOWN, `It pays in ${currency}; your floor is in ${profile.salaryCurrency}.`];
  if (max >= profile.salaryFloor) return [1, `It pays up to ${formatMoney(max, currency)}, at or above your floor of ${floor}.`];
  return [Math.max(0, max / profile.salaryFloor), `It pays at most ${formatMoney(max, currency)}, below your floor of ${floor}.`];
}

/** How well a job fits a person, 0–100, as the weighted sum of five parts, each with its reason. */
export function fitScore(weights: Config['fit']['weights'], profile: ProfileRow, job: JobRow, analysis: JobAnalysisRow | null): FitScore {
  const scored: [FitPart, [number, string]][] = [
    ['skills', skillsPart(profile, analysis)],
    ['experience', experiencePart(profile, analysis)],
    ['culture', culturePart(profile, job, analysis)],
    ['growth', growthPart(profile, job)],
    ['compensation', compensationPart(profile, job, analysis)],
  ];
  const parts = scored.map(([part, [score, reason]]) => ({ part, weight: weights[part], score: Math.min(1, Math.max(0, score)), reason }));
  return { total: Math.round(parts.reduce((sum, part) => sum + part.weight * part.score, 0)), parts };
}
