import type { ShownRecommendation } from '../../domain/recommendations/current.js';
import type { JobRow } from '../../models/jobs.js';
import { ui, type Block } from '../ui.js';
import { formatSalary } from './format.js';

// Discord allows five rows of buttons in a message; each recommendation takes one.
export const MAX_RECOMMENDATIONS_WITH_BUTTONS = 5;

export interface RecommendationLine {
  job: JobRow;
  score: number;
  reasons: string[];
}

export const asLine = ({ recommendation, job }: ShownRecommendation): RecommendationLine => ({ job, score: recommendation.score, reasons: recommendation.reasons });

/** "1. Senior Backend Engineer at Acme — 82% match", what it is, why, and what to do with it. */
export function recommendationBlocks(line: RecommendationLine, position: number, withButtons: boolean): Block[] {
  const { job } = line;
  const facts = [[job.location, job.workMode].filter(Boolean).join(' · '), formatSalary(job), job.url].filter(Boolean).join(' · ');
  const why = line.reasons.length ? `Why: ${line.reasons.join('; ')}.` : null;
  const value = String(job.id);
  return [
    ui.section(`${position}. ${job.title} at ${job.company} — ${Math.round(line.score * 100)}% match`),
    ...(facts || why ? [ui.context([facts, why].filter(Boolean).join('\n'))] : []),
    ...(withButtons
      ? [
          ui.actions(
            [
              ui.button('Save', 'rec.save', value, 'primary'),
              ui.button('Applied', 'rec.applied', value),
              ui.button('👍', 'rec.like', value),
              ui.button('👎 Not for me', 'rec.no', value, 'danger'),
              ui.button('More like this', 'rec.more', value),
            ],
            String(position),
          ),
        ]
      : []),
  ];
}

/** A numbered list of recommendations; the first five carry buttons, the rest point at /job recs. */
export function recommendationList(lines: RecommendationLine[]): Block[] {
  return [
    ...lines.flatMap((line, index) => recommendationBlocks(line, index + 1, index < MAX_RECOMMENDATIONS_WITH_BUTTONS)),
    ...(lines.length > MAX_RECOMMENDATIONS_WITH_BUTTONS ? [ui.context('Buttons for the ones further down are in /job recs once you have dealt with the first few.')] : []),
  ];
}
