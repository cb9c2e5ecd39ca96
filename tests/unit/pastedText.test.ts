import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../src/domain/intake/pastedText.js';

describe('a posting pasted as text', () => {
  it.each([
    ['Senior Backend Engineer at Acme\nWe build payments.\nRequirements\n- Go', 'Senior Backend Engineer', 'Acme'],
    ['Data Analyst - Globex Corporation\n\nLocation: Remote (EU)\nYou will turn data into decisions.', 'Data Analyst', 'Globex Corporation'],
    ['Job title: Platform Engineer\nCompany: Initech\nLocation: Austin, TX\n\nAbout the role...', 'Platform Engineer', 'Initech'],
    ['Product Designer\n\nAbout Hooli\nHooli makes the internet better.\n\nWhat you will do', 'Product Designer', 'Hooli'],
    ['QA Engineer\nUmbrella Health is hiring a QA engineer to join our team.', 'QA Engineer', 'Umbrella Health'],
  ])('%#: finds the title and the company', (text, title, company) => {
    expect(readPastedText(text)).toMatchObject({ title, company, source: 'pasted', description: text.trim() });
  });

  it('reads the location line', () => {
    expect(readPastedText('Data Analyst - Globex\nLocation: Remote (EU)\nText')?.location).toBe('Remote (EU)');
  });

  it('gives up when the company cannot be told', () => {
    expect(readPastedText('We are hiring!\nGreat benefits and a fun team.')).toBeNull();
  });
});
