import { describe, expect, it } from 'vitest';
import { renderMessage as renderDiscord } from '../../src/bots/discord/render.js';
import { renderMessage as renderSlack } from '../../src/bots/slack/render.js';
import { digestReply } from '../../src/bots/views/digest.js';
import type { DigestContent } from '../../src/domain/digest/digestContent.js';
import type { JobRow } from '../../src/models/jobs.js';
import type { RecommendationRow } from '../../src/models/recommendations.js';

const now = new Date('2026-12-01T08:00:00Z');

function job(id: number): JobRow {
  return { id, title: `Engineer ${id} <@everyone>`, company: 'Acme *Inc*', url: `https://acme.example/jobs/${id}`, location: 'Berlin', workMode: 'hybrid', salaryMin: 70000, salaryMax: 90000, salaryCurrency: 'EUR', description: null, source: 'manual', canonicalUrl: null, externalId: null, boardId: null, closedAt: null, createdBy: null, createdAt: now } as JobRow;
}

function recommendation(jobId: number): RecommendationRow {
  return { id: jobId, personId: 1, jobId, score: 0.8, content: 0.8, collaborative: 0, confidence: 0, reasons: ['matches TypeScript, Node.js', 'in Berlin'], createdAt: now, expiresAt: now, digestedAt: null };
}

/** The fullest digest: ten picks (the most /job prefs allows), a task of each kind. */
const content: DigestContent = {
  now,
  zone: 'Europe/Berlin',
  digestTime: '09:00',
  tasks: {
    interviews: [{ seq: 1, job: job(100), interview: { kind: 'video', startsAt: new Date('2026-12-01T13:00:00Z') } as never }],
    followups: [{ kind: 'applied', person: {} as never, application: { seq: 2, stateChangedAt: new Date('2026-11-24T08:00:00Z') } as never, job: job(101), prompt: {} as never }],
    offers: [{ seq: 3, job: job(102), offer: { deadline: '2026-12-03' } as never }],
    deadlines: [{ seq: 4, job: job(103), deadline: new Date('2026-12-02T22:59:00Z') }],
  },
  recommendations: Array.from({ length: 10 }, (_, i) => ({ recommendation: recommendation(i + 1), job: job(i + 1), analysis: null })),
};

describe('the fullest digest fits each platform', () => {
  it('Discord: five rows of buttons (the most a message holds), mentions escaped', () => {
    const message = renderDiscord(digestReply(content, { ephemeral: false }));
    expect(message.components).toHaveLength(5);
    expect(JSON.stringify(message)).not.toContain('<@everyone>');
  });

  it('Slack: within the block limit, every pick listed, buttons on the first five', () => {
    const message = renderSlack(digestReply(content, { ephemeral: false }));
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.blocks.filter((block) => block.type === 'actions')).toHaveLength(5);
    expect(JSON.stringify(message.blocks)).toContain('10. Engineer 10');
    expect(JSON.stringify(message.blocks)).toContain('Interview at 14:00: #1');
  });
});
