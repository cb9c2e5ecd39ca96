import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import { readReply } from '../../src/domain/followups/replyReading.js';
import { emails } from '../../src/models/emails.js';
import { FakeAnthropic } from '../fakes/anthropic.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

describe('drafts written by Claude, kept only when grounded in the application', () => {
  let claude: FakeAnthropic;
  let app: TestApp;
  let anna: CommandContext;
  const lastEmail = async () => (await app.services.db.select().from(emails)).sort((a, b) => b.id - a.id)[0]!;

  beforeAll(async () => {
    claude = await new FakeAnthropic().start();
    app = await createTestApp({ now: '2026-11-11T09:30:00Z', env: { ANTHROPIC_API_KEY: 'sk-ant-test-key-123', ANTHROPIC_BASE_URL: claude.url } });
    anna = await app.as('anna');
    await runText(anna, '/job add Data Engineer at Globex');
    // A job added by its title alone has no posting for Claude to read.
    expect(claude.requests).toHaveLength(0);
    await submitForm(anna, 'interview', '1', { kind: 'video', when: '2026-11-10 15:00', duration: '45', interviewers: 'Ada Lovelace <ada@globex.example>' });
    await runText(anna, '/job note 1 Talked about their move to streaming pipelines with Kafka');
  });
  afterAll(async () => {
    await app.dispose();
    await claude.stop();
  });

  it('a grounded draft is used, and Claude was given the timeline, the notes and the rules', async () => {
    const body = 'Hi Ada Lovelace,\n\nThank you for the video interview for the Data Engineer role at Globex. I keep thinking about the move to streaming pipelines with Kafka.\n\nBest regards';
    claude.answerNext({ tool: { subject: 'Thank you, Ada', body } });
    const draft = textOf(await runText(anna, '/job draft 1 thank-you'));
    expect(draft).toContain('Subject: Thank you, Ada');
    expect(draft).toContain('I keep thinking about the move to streaming pipelines with Kafka.');
    expect(draft).toContain('written by Claude from your timeline');
    expect((await lastEmail()).source).toBe('claude');
    const request = claude.requests.at(-1)!.body;
    expect(request.tool_choice).toEqual({ type: 'tool', name: 'record_email_draft' });
    expect(request.system).toContain('never invent names, numbers, dates');
    const prompt = request.messages[0].content as string;
    expect(prompt).toContain('Note: Talked about their move to streaming pipelines with Kafka');
    expect(prompt).toContain('video interview on 2026-11-10 (Tuesday 10 November) with Ada Lovelace <ada@globex.example>');
  });

  it('a draft that invents a fact is thrown away for the template', async () => {
    claude.answerNext({ tool: { subject: 'Thank you', body: 'Hi Ada,\n\nIt was great to meet Bob from your Berlin office, and to hear about the 40% growth.\n\nAnna' } });
    const draft = textOf(await runText(anna, '/job draft 1 thank-you'));
    expect(draft).not.toContain('Berlin');
    expect(draft).toContain("Subject: Thank you for today's conversation");
    expect(draft).toContain('I especially enjoyed our conversation about Talked about their move to streaming pipelines with Kafka.');
    expect((await lastEmail()).source).toBe('template');
  });

  it('an answer without the tool, or an error, falls back to the template too', async () => {
    claude.answerNext({ text: 'Here is a lovely email for you!' });
    expect(textOf(await runText(anna, '/job draft 1 nudge'))).toContain('Subject: Next steps for the Data Engineer role');
    expect((await lastEmail()).source).toBe('template');
  });

  it('/job letter drafts a cover letter the same way, from the profile', async () => {
    expect((await submitForm(anna, 'profile', '', { skills: 'python advanced, sql', years: '4', titles: 'Data Engineer', locations: 'remote', salary: '' })).ok).toBe(true);
    claude.answerNext({ tool: { subject: 'Data Engineer at Globex', body: 'Dear Hiring Manager,\n\nI am applying for the Data Engineer role at Globex, where I would bring my Python.\n\nSincerely' } });
    const letter = textOf(await runText(anna, '/job letter 1'));
    expect(letter).toContain('Cover letter');
    expect(letter).toContain('where I would bring my Python.');
    const prompt = claude.requests.at(-1)!.body.messages[0].content as string;
    expect(prompt).toContain('Write a cover letter for this application');
    expect(prompt).toContain("Sender's profile: Skills: Python, SQL. Looking for: Data Engineer");
  });

  it('replies are read by Claude when it is there, and by the rules when its answer is unusable', async () => {
    claude.answerNext({ tool: { kind: 'needs_action' } });
    expect(await readReply(app.services, 'Next step', 'Please complete the attached exercise.')).toEqual({ kind: 'needs_action', by: 'claude' });
    claude.answerNext({ tool: { kind: 'maybe' } });
    expect(await readReply(app.services, 'Update', 'Unfortunately we will not be moving forward with your application.')).toEqual({ kind: 'rejection', by: 'rules' });
  });
});
