import { describe, expect, it } from 'vitest';
import { ungroundedClaims } from '../../src/domain/writing/grounding.js';
import type { DraftSources } from '../../src/domain/writing/draftWriter.js';

const sources: DraftSources = {
  kind: 'thank-you',
  purpose: 'a thank-you the day after an interview',
  personName: 'Anna Lindqvist',
  company: 'Globex',
  role: 'Data Engineer',
  recipientName: 'Ada Lovelace',
  timeline: ['Applied on 2026-11-02', 'Video interview on 2026-11-10 with Ada Lovelace', 'Note: their move to streaming pipelines with Kafka'],
  posting: 'We build data platforms in Python and Spark. Team of 12.',
  profile: 'Skills: Python, SQL, Airflow',
  template: { subject: 'Thank you', body: 'Hi {{interviewer}}, thank you.' },
};

describe('ungroundedClaims', () => {
  it('accepts a draft that only restates its sources', () => {
    const draft = { subject: 'Thank you, Ada', body: 'Hi Ada Lovelace,\n\nThank you for the video interview for the Data Engineer role at Globex. Our talk about streaming pipelines with Kafka stayed with me, and my Python and Airflow work fits a team of 12.\n\nBest regards,\nAnna Lindqvist' };
    expect(ungroundedClaims(draft, sources)).toEqual([]);
  });

  it('names an invented person, place, figure or link', () => {
    const draft = {
      subject: 'Thank you',
      body: 'Hi Ada,\n\nThank you! I enjoyed meeting Bob from your Berlin office, and I led a migration that cut costs by 40% at Initech. See https://anna.example/portfolio.\n\nAnna',
    };
    expect(ungroundedClaims(draft, sources).sort()).toEqual(['40', 'Berlin', 'Bob', 'Initech', 'https://anna.example/portfolio'].sort());
  });

  it('checks names that start a sentence, and numbers as whole numbers, not inside a date', () => {
    const draft = { subject: 'Thanks', body: 'Thank you! Bob showed me the Berlin office. Initech is where I cut costs by 20% over 6 years, and I hold 2 patents.' };
    expect(ungroundedClaims(draft, sources).sort()).toEqual(['2', '20', '6', 'Berlin', 'Bob', 'Initech'].sort());
  });

  it('a date said the way people say it is fine when the timeline has it', () => {
    const withDate = { ...sources, timeline: ['Video interview on 2026-11-10 (Tuesday 10 November) with Ada Lovelace'] };
    const draft = { subject: 'Thank you', body: 'Hi Ada Lovelace,\n\nThank you for our conversation on Tuesday 10 November about the Data Engineer role.\n\nBest regards,\nAnna Lindqvist' };
    expect(ungroundedClaims(draft, withDate)).toEqual([]);
  });
});
