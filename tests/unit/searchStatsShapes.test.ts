import { describe, expect, it } from 'vitest';
import { dimensionsOf, insightsFrom, type SentApplication } from '../../src/domain/analytics/dimensions.js';
import { flowsOf } from '../../src/domain/analytics/flows.js';
import { outcomeOf, type OutcomeEvent } from '../../src/domain/analytics/outcomes.js';
import { roleFamily } from '../../src/domain/analytics/roleFamily.js';
import { weeklyActivity } from '../../src/domain/analytics/weeklyActivity.js';

const at = (day: number) => new Date(Date.UTC(2026, 9, 5 + day, 10)); // day 0 is Monday 5 October 2026
const outcome = (...moves: [string, number][]) => outcomeOf(moves.map(([toState, day]): OutcomeEvent => ({ toState, occurredAt: at(day) })), at(60), 30);

function sent(overrides: Partial<SentApplication>, answered: boolean): SentApplication {
  return {
    outcome: answered ? outcome(['applied', 0], ['screening', 3]) : outcome(['applied', 0]),
    source: 'a link',
    workMode: 'remote',
    place: null,
    company: 'Acme',
    industry: null,
    role: 'Backend',
    seniority: null,
    skills: [],
    ...overrides,
  };
}

describe('how applications flowed (the Sankey)', () => {
  it('follows each application through the stages it reached, then into how it ended', () => {
    const flows = flowsOf([
      outcome(['applied', 0], ['screening', 2], ['interviewing', 5], ['offer', 9], ['accepted', 10]),
      outcome(['applied', 0], ['screening', 2], ['rejected', 4]),
      outcome(['applied', 0], ['rejected', 3]),
      outcome(['applied', 0]), // quiet for 60 days: no answer
      outcome(['applied', 50], ['withdrawn', 52]),
      outcome(['saved', 0]), // never sent
    ]);
    expect(flows).toEqual([
      { from: 'applied', to: 'response', count: 2 },
      { from: 'applied', to: 'rejected', count: 1 },
      { from: 'applied', to: 'ghosted', count: 1 },
      { from: 'applied', to: 'withdrawn', count: 1 },
      { from: 'response', to: 'interview', count: 1 },
      { from: 'response', to: 'rejected', count: 1 },
      { from: 'interview', to: 'offer', count: 1 },
      { from: 'offer', to: 'accepted', count: 1 },
    ]);
  });
});

describe('week by week', () => {
  it('counts applications, first answers and first interviews in the week (Monday first, in the person\'s zone) they happened, quiet weeks included', () => {
    const weeks = weeklyActivity([outcome(['applied', 0], ['screening', 8], ['interviewing', 15]), outcome(['applied', 1])], at(22), 'Europe/Berlin', null);
    expect(weeks).toEqual([
      { week: '2026-10-05', applied: 2, responses: 0, interviews: 0 },
      { week: '2026-10-12', applied: 0, responses: 1, interviews: 0 },
      { week: '2026-10-19', applied: 0, responses: 0, interviews: 1 },
      { week: '2026-10-26', applied: 0, responses: 0, interviews: 0 },
    ]);
    // Sunday 23:30 in New York is already Monday in UTC: the person's zone decides the week.
    const lateSunday = outcomeOf([{ toState: 'applied', occurredAt: new Date('2026-10-12T03:30:00Z') }], at(8), 30);
    expect(weeklyActivity([lateSunday], at(8), 'America/New_York', null)[0]!.week).toBe('2026-10-05');
    expect(weeklyActivity([lateSunday], at(8), 'UTC', null)[0]!.week).toBe('2026-10-12');
  });
});

describe('role families', () => {
  it('puts titles of one kind of work together, narrow families before broad ones', () => {
    expect(['Senior Backend Engineer (Go)', 'Back-end Developer II'].map(roleFamily)).toEqual(['Backend', 'Backend']);
    expect(roleFamily('Machine Learning Engineer')).toBe('Machine learning');
    expect(roleFamily('Site Reliability Engineer')).toBe('Infrastructure');
    expect(roleFamily('Software Engineer')).toBe('Software engineering');
    expect(roleFamily('Account Executive, DACH')).toBe('Sales');
    expect(roleFamily('Pastry Chef')).toBe('Other');
  });
});

describe('rates by trait and insights', () => {
  it('counts a job under every skill it asks for', () => {
    const [skills] = dimensionsOf([sent({ skills: ['Go', 'SQL'] }, true), sent({ skills: ['Go'] }, false)]).filter((dimension) => dimension.key === 'skills');
    expect(skills!.traits.map((trait) => [trait.label, trait.sent, trait.response.hits])).toEqual([
      ['Go', 2, 1],
      ['SQL', 1, 1],
    ]);
  });

  it('names no pattern from three applications, however lopsided', () => {
    const few = [...[1, 2, 3].map(() => sent({ workMode: 'remote' }, true)), ...[1, 2, 3].map(() => sent({ workMode: 'onsite' }, false))];
    expect(insightsFrom(dimensionsOf(few))).toEqual([]);
  });

  it('names a clear difference in answers or in interviews, the widest first, at most three', () => {
    const many = [...Array.from({ length: 8 }, () => sent({ workMode: 'remote', company: 'Remote Co' }, true)), ...Array.from({ length: 8 }, () => sent({ workMode: 'onsite', company: 'Office Co' }, false))];
    const insights = insightsFrom(dimensionsOf(many));
    expect(insights).toContain('Remote roles answered 8 of 8 times, on-site roles 0 of 8.');
    expect(insights).toContain('Jobs at Remote Co answered 8 of 8 times, jobs at Office Co 0 of 8.');
    expect(insights.length).toBeLessThanOrEqual(3);
  });
});
