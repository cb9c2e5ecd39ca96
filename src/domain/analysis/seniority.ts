export const SENIORITIES = ['intern', 'junior', 'mid', 'senior', 'lead', 'manager'] as const;
export type Seniority = (typeof SENIORITIES)[number];

const BY_TITLE: [RegExp, Seniority][] = [
  [/\b(intern|internship|working student|werkstudent|trainee|apprentice)\b/i, 'intern'],
  [/\b(head of|director|vp|vice president|chief|cto|ceo|engineering manager|manager)\b/i, 'manager'],
  [/\b(staff|principal|lead|architect|distinguished)\b/i, 'lead'],
  [/\b(senior|sr\.?|snr)\b/i, 'senior'],
  [/\b(junior|jr\.?|entry[\s-]level|graduate|new grad|associate)\b/i, 'junior'],
  [/\b(mid[\s-]?level|intermediate|ii)\b/i, 'mid'],
];

/** The most years of experience a posting asks for ("5+ years", "3-5 years of"), or null. */
export function yearsAsked(text: string): number | null {
  const years = [...text.matchAll(/(?<![\d.])(\d{1,2})\s*(?:\+|-\s*\d{1,2}|to\s*\d{1,2})?\s*\+?\s*(?:years|yrs)(?!\s+ago)/gi)].map((match) => Number(match[1]));
  return years.length ? Math.max(...years.filter((value) => value <= 20), 0) || null : null;
}

/** How senior a role is: from its title first, else from the years of experience it asks for. */
export function seniorityOf(title: string, description: string): Seniority | null {
  for (const [pattern, level] of BY_TITLE) if (pattern.test(title)) return level;
  const years = yearsAsked(description);
  if (years === null) return null;
  if (years >= 8) return 'lead';
  if (years >= 5) return 'senior';
  if (years >= 2) return 'mid';
  return 'junior';
}
