import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyReply, type ReplyKind } from '../../src/domain/followups/replyClassifier.js';

interface Labelled {
  id: string;
  subject: string;
  text: string;
  label: ReplyKind;
}

// Real employer emails from public pages, labelled by hand before the rules were written. The
// rules were tuned on dev and then heldout; fresh is measured only, by `npm run bench:replies -- fresh`.
const dev = JSON.parse(readFileSync(new URL('../fixtures/replies/dev.json', import.meta.url), 'utf8')) as Labelled[];

function scores(kind: ReplyKind): { precision: number; recall: number } {
  const got = dev.map((reply) => ({ label: reply.label, got: classifyReply(reply.subject, reply.text) }));
  const right = got.filter((entry) => entry.label === kind && entry.got === kind).length;
  return { precision: right / got.filter((entry) => entry.got === kind).length, recall: right / got.filter((entry) => entry.label === kind).length };
}

describe('the rules-based reply classifier', () => {
  it('finds rejections and interview invitations in real replies (dev set)', () => {
    for (const kind of ['rejection', 'interview_invitation'] as const) {
      const { precision, recall } = scores(kind);
      expect(precision, `${kind} precision`).toBeGreaterThanOrEqual(0.9);
      expect(recall, `${kind} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('does not take what might happen for what did', () => {
    expect(classifyReply('Application received', 'We received your application. If you are shortlisted, we will invite you to an interview.')).toBe('neutral');
    expect(classifyReply('', 'Should your profile match, a recruiter will contact you to schedule a call.')).toBe('neutral');
    expect(classifyReply('', 'We are sorry to learn that you have decided to withdraw your application.')).toBe('neutral');
  });

  it('a kind rejection is still a rejection; an offer asking for a signature is good news', () => {
    expect(classifyReply('Update', 'We were really impressed with you. Unfortunately, we have decided to move forward with another candidate.')).toBe('rejection');
    expect(classifyReply('Offer', 'We are delighted to extend you a formal offer. Please sign and return the attached letter.')).toBe('positive');
    expect(classifyReply('Next step', 'Thanks for applying. Please complete the attached coding assessment by Friday.')).toBe('needs_action');
  });
});
