import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/domain/analysis/analyzePosting.js';
import { salaryFromText } from '../../src/domain/analysis/salaryText.js';
import { splitSections } from '../../src/domain/analysis/sections.js';
import { seniorityOf, yearsAsked } from '../../src/domain/analysis/seniority.js';
import { Taxonomy } from '../../src/domain/analysis/taxonomy.js';

describe('seniority', () => {
  it.each([
    ['Software Engineering Intern', '', 'intern'],
    ['Junior Developer', '', 'junior'],
    ['Sr. Backend Engineer', '', 'senior'],
    ['Staff Engineer', '', 'lead'],
    ['Head of Data', '', 'manager'],
    ['Backend Engineer', 'You have 5+ years of experience.', 'senior'],
    ['Backend Engineer', 'You have 2-3 years of experience.', 'mid'],
    ['Backend Engineer', 'No experience required.', null],
  ])('%s / %s → %s', (title, text, expected) => {
    expect(seniorityOf(title, text)).toBe(expected);
  });

  it('reads the most years asked', () => {
    expect(yearsAsked('3+ years of Go, 5 years of Kubernetes')).toBe(5);
    expect(yearsAsked('founded 120 years ago')).toBeNull();
  });
});

describe('salary in text', () => {
  it.each([
    ['Salary: $120,000 - $150,000 per year', { min: 120000, max: 150000, currency: 'USD' }],
    ['Compensation €85k–105k', { min: 85000, max: 105000, currency: 'EUR' }],
    ['Pay: £45/hour', { min: 93600, max: 93600, currency: 'GBP' }],
    ['Salary 85.000 - 105.000 EUR', { min: 85000, max: 105000, currency: 'EUR' }],
    ['Monthly salary USD 9,000 - 10,000 per month', { min: 108000, max: 120000, currency: 'USD' }],
    ['We offer 2-3 days at home and a 401k', null],
  ])('%s', (text, expected) => {
    expect(salaryFromText(text)).toEqual(expected);
  });
});

describe('sections', () => {
  it('splits by the posting’s own headings and catches "is a plus" lines', () => {
    const sections = splitSections('About us\nWe build things.\n\nRequirements:\n- Go\n\nNice to have\n- Rust\n\nResponsibilities\nShip it. Kafka is a plus.');
    expect(sections.map((section) => [section.kind, section.text.trim()])).toEqual([
      ['other', 'We build things.'],
      ['required', '- Go'],
      ['nice', '- Rust'],
      ['nice', 'Ship it. Kafka is a plus.'],
    ]);
  });
});

describe('analysis', () => {
  it('keeps structured salary and work mode, and fills what is missing from the text', () => {
    const taxonomy = Taxonomy.load();
    const analysis = analyzePosting(taxonomy, {
      title: 'Senior Platform Engineer',
      description: 'We are a remote-first team.\n\nRequirements\n- Kubernetes\n- 7 years of experience\n\nSalary: $150k - $180k',
      location: null,
      workMode: null,
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: null,
    });
    expect(analysis).toEqual({
      skills: [{ name: 'Kubernetes', category: 'devops', required: true }],
      seniority: 'senior',
      workMode: 'remote',
      yearsExperience: 7,
      salaryMin: 150000,
      salaryMax: 180000,
      salaryCurrency: 'USD',
      analyzer: 'heuristic',
    });
  });
});
