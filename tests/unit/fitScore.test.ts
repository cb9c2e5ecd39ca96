import { describe, expect, it } from 'vitest';
import { fitScore } from '../../src/domain/analysis/fitScore.js';
import type { JobAnalysisRow } from '../../src/models/jobAnalyses.js';
import type { JobRow } from '../../src/models/jobs.js';
import type { ProfileRow } from '../../src/models/profiles.js';

const weights = { skills: 30, experience: 25, culture: 20, growth: 15, compensation: 10 };
const profile: ProfileRow = {
  personId: 1,
  skills: [{ name: 'Go', category: 'languages', level: 'expert' }],
  yearsExperience: 3,
  targetTitles: ['Backend Engineer'],
  locations: [],
  remotePreference: 'remote',
  salaryFloor: 100000,
  salaryCurrency: 'USD',
  updatedAt: new Date(),
};
const job = { title: 'Frontend Developer', company: 'X', location: 'Paris', workMode: 'onsite', salaryMin: 50000, salaryMax: 80000, salaryCurrency: 'EUR' } as JobRow;
const analysis = { skills: [{ name: 'React', category: 'frameworks', required: true }], yearsExperience: 6, seniority: 'senior', workMode: 'onsite', salaryMin: null, salaryMax: null, salaryCurrency: null } as unknown as JobAnalysisRow;

describe('fit score', () => {
  it('explains a poor fit part by part', () => {
    const score = fitScore(weights, profile, job, analysis);
    expect(score.parts.map((part) => [part.part, Math.round(part.score * 100) / 100, part.reason])).toEqual([
      ['skills', 0, 'You have none of the skills it names; missing React.'],
      ['experience', 0.5, 'It asks for 6 years; you have 3.'],
      ['culture', 0.2, 'It is on-site; you want remote work.'],
      ['growth', 0.2, '"Frontend Developer" is not among the titles you are aiming for (Backend Engineer).'],
      ['compensation', 0.5, 'It pays in EUR; your floor is in USD.'],
    ]);
    expect(score.total).toBe(25); // 0 + 12.5 + 4 + 3 + 5
    expect(fitScore(weights, profile, { ...job, title: 'Senior Backend Developer' } as JobRow, analysis).parts[3]!.reason).toBe('"Senior Backend Developer" is close to the titles you are aiming for.');
  });

  it('holds a presumed on-site against a remote seeker less firmly than the posting\'s own word, and says it is presumed', () => {
    const culture = fitScore(weights, profile, { ...job, workModeDetail: 'presumed' } as JobRow, analysis).parts[2]!;
    expect([culture.score, culture.reason]).toEqual([0.35, 'It says nothing of remote work and names an office or hands-on work, so it is presumably on-site; you want remote work.']);
  });

  it('calls a soft skill missing only when the posting lists it as a requirement', () => {
    const soft = (required: boolean) =>
      ({ ...analysis, skills: [{ name: 'Go', category: 'languages', required: true }, { name: 'Mentoring', category: 'soft skills', required }] }) as unknown as JobAnalysisRow;
    const inPassing = fitScore(weights, profile, job, soft(false)).parts[0]!;
    expect([inPassing.score, inPassing.reason]).toEqual([1, 'You have Go; nothing required is missing.']);
    const asked = fitScore(weights, profile, job, soft(true)).parts[0]!;
    expect([asked.score, asked.reason]).toEqual([0.5, 'You have Go; missing Mentoring.']);
  });

  it('stays between 0 and 100 and reads unknowns as neutral', () => {
    const empty: ProfileRow = { ...profile, skills: [], yearsExperience: null, targetTitles: [], salaryFloor: null, remotePreference: 'any' };
    const score = fitScore(weights, empty, { ...job, workMode: null, location: null } as JobRow, null);
    expect(score.total).toBe(50);
    expect(score.parts.every((part) => part.score === 0.5)).toBe(true);
  });
});
