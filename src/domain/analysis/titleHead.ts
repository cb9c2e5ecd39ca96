import { ROLE } from '../intake/pastedWords.js';

/**
 * Whether the words of a title that end at `end` name the job itself, not a word that only
 * qualifies the job after it ("Nurse Recruiter", "Cook County Analyst", "Account Executive
 * Assistant"), which English puts before it in the same part of the title. A part ends at a
 * comma, slash, bracket or dash ("Lead Veterinary Nurse / Technician", "IEN - Registered Nurse").
 */
export function namesTheJob(title: string, end: number): boolean {
  const after = title.slice(end).split(/[,/|(–—]|\s-\s/)[0]!;
  return !ROLE.test(after.trim().split(/\s+/).slice(0, 3).join(' '));
}
