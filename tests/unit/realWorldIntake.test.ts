import { describe, expect, it } from 'vitest';
import { Taxonomy } from '../../src/domain/analysis/taxonomy.js';
import { extract, loadRealWorld, precision, recall, score, scoreRow, SCORE_HEADER } from '../support/realWorldPostings.js';

/**
 * Intake on postings real employers published, labelled by hand before the extractor ran on them
 * (tests/fixtures/realworld). Only the dev part runs here: the parts kept aside are measured on
 * purpose (`INTAKE_HELDOUT=1 npm run bench:intake`), `fresh` being the one nobody has tuned on.
 *
 * Title, company, place and salary are held to the goal, 90%. Skills and work mode are held to
 * today's measured figures so that any regression fails; their goal (0.85 precision and recall,
 * 90% for work mode) is not reached yet and is tracked in the issue.
 */
const taxonomy = Taxonomy.load();
const dev = loadRealWorld(['dev']);

describe('intake on real postings (dev set)', () => {
  it('has a set worth measuring: at least 40 postings, 5 shapes, 15 outside engineering', () => {
    expect(dev.length).toBeGreaterThanOrEqual(40);
    expect(new Set(dev.map((posting) => posting.shape)).size).toBeGreaterThanOrEqual(5);
    expect(dev.filter((posting) => posting.field === 'other').length).toBeGreaterThanOrEqual(15);
  });

  it('reads every field and the skills at least as well as it did', async () => {
    const results = [];
    for (const posting of dev) results.push({ posting, extraction: await extract(posting, taxonomy) });
    const total = score(taxonomy, results);
    const report = `${SCORE_HEADER}\n${scoreRow('dev', total)}\n  ${total.failures.join('\n  ')}`;
    const share = (right: number) => right / total.postings;
    // Precision 0.78 → 0.77 when Slack, Zoom and Notion joined the taxonomy: two dev postings list
    // them in their stack and their labels leave them out, while fresh3's labellers tagged them.
    expect(precision(total.skills), report).toBeGreaterThanOrEqual(0.77);
    expect(recall(total.skills), report).toBeGreaterThanOrEqual(0.79);
    expect(share(total.fields.title), report).toBeGreaterThanOrEqual(0.9);
    expect(share(total.fields.company), report).toBeGreaterThanOrEqual(0.9);
    expect(share(total.fields.location), report).toBeGreaterThanOrEqual(0.9);
    expect(share(total.fields.workMode), report).toBeGreaterThanOrEqual(0.9);
    expect(share(total.fields.salary), report).toBeGreaterThanOrEqual(0.9);
  });
});
