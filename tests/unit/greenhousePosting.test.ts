import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/domain/analysis/analyzePosting.js';
import { Taxonomy } from '../../src/domain/analysis/taxonomy.js';
import { toPosting, type GreenhouseJob } from '../../src/integrations/ats/greenhouse.js';
import { loadRealWorld } from '../support/realWorldPostings.js';

const saved = (file: string) => loadRealWorld(['fresh', 'fresh6']).find((posting) => posting.file === file)!.body as GreenhouseJob;

describe('a Greenhouse posting', () => {
  it('is remote when filed only under an office named "Remote", whatever town its location line names', () => {
    // Discord's Account Executive, EMEA: location "London, England, United Kingdom", office "Remote (International)".
    const posting = toPosting(saved('greenhouse-discord-account-executive-emea.json'), 'discord');
    expect([posting.location, posting.workMode]).toEqual(['London, England, United Kingdom', 'remote']);
    expect(toPosting({ id: 1, title: 'Analyst', offices: [{ name: 'London' }, { name: 'Remote (UK)' }] }, 'acme').workMode).toBeNull();
  });

  it('with no work-mode field and no word of remote or hybrid work is presumed on-site in the town it names', () => {
    // CodePath's Associate Instructor: "Location: Arlington, Virginia", nothing said of remote work.
    const posting = toPosting(saved('greenhouse-codepath-associate-instructor.json'), 'codepath');
    const analysis = analyzePosting(Taxonomy.load(), posting);
    expect([analysis.workMode, analysis.workModeDetail]).toEqual(['onsite', 'presumed']);
  });
});
