import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText } from '../../src/bots/commands/dispatch.js';
import { jobAnalyses } from '../../src/models/jobAnalyses.js';
import { jobs } from '../../src/models/jobs.js';
import { FakeAnthropic } from '../fakes/anthropic.js';
import { FakeWeb } from '../fakes/webPages.js';
import { textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let claude: FakeAnthropic;
let web: FakeWeb;
let app: TestApp;
beforeAll(async () => {
  claude = await new FakeAnthropic().start();
  web = await new FakeWeb().start();
  app = await createTestApp({
    env: { ANTHROPIC_API_KEY: 'sk-ant-test-key-123', ANTHROPIC_BASE_URL: claude.url, JOBSCOUT_FETCH_ALLOW_HOSTS: '127.0.0.1', JOBSCOUT_FETCH_HOST_INTERVAL_MS: '0' },
  });
});
afterAll(async () => {
  await app.dispose();
  await web.stop();
  await claude.stop();
});

const analysisOf = async (title: string) => {
  const [job] = await app.services.db.select().from(jobs).where(eq(jobs.title, title));
  const [analysis] = await app.services.db.select().from(jobAnalyses).where(eq(jobAnalyses.jobId, job!.id));
  return analysis!;
};

describe('analysis by Claude', () => {
  it('asks with tool use and stores the validated answer, skill names made canonical', async () => {
    claude.answerNext({
      tool: {
        skills: [
          { name: 'k8s', category: 'devops', required: true },
          { name: 'Go', category: 'languages', required: true },
          { name: 'Kafka', category: 'databases', required: false },
        ],
        seniority: 'senior',
        workMode: 'remote',
        yearsExperience: 6,
        salaryMin: 120000,
        salaryMax: 150000,
        salaryCurrency: 'USD',
      },
    });
    const me = await app.as('ada');
    const text = textOf(await runText(me, '/job add Senior Platform Engineer at Acme\nWe run everything on k8s and Go; Kafka experience is welcome.'));
    expect(text).toContain('Skills: Kubernetes, Go, Kafka');
    expect(await analysisOf('Senior Platform Engineer')).toMatchObject({
      analyzer: 'claude',
      skills: [
        { name: 'Kubernetes', category: 'devops', required: true },
        { name: 'Go', category: 'languages', required: true },
        { name: 'Kafka', category: 'databases', required: false },
      ],
      seniority: 'senior',
      workMode: 'remote',
      salaryMax: 150000,
    });
    const [request] = claude.requests;
    // This SDK version sends the key as a bearer token.
    expect(request!.headers.authorization).toBe('Bearer sk-ant-test-key-123');
    expect(request!.body).toMatchObject({ model: 'claude-sonnet-5-5', tool_choice: { type: 'tool', name: 'record_job_analysis' } });
    expect(request!.body.messages[0].content).toContain('We run everything on k8s and Go');
  });

  it('falls back to the heuristic when the answer is garbage, and still saves the job', async () => {
    claude.answerNext({ text: 'Sure! This job needs many things.' });
    const me = await app.as('ada');
    expect(textOf(await runText(me, '/job add Data Engineer at Globex\nRequirements\n- Python\n- Airflow'))).toContain('Skills: Python, Airflow');
    expect(await analysisOf('Data Engineer')).toMatchObject({ analyzer: 'heuristic' });
    claude.answerNext({ tool: { skills: 'not a list', seniority: 'guru' } });
    expect(textOf(await runText(me, '/job add ML Engineer at Initech\nRequirements\n- PyTorch'))).toContain('Skills: Machine Learning, PyTorch');
    expect(await analysisOf('ML Engineer')).toMatchObject({ analyzer: 'heuristic' });
  });

  it('reads a page with no structure through Claude', async () => {
    const link = web.page('/careers/42', { body: '<html><body><h2>Join us as a Support Engineer</h2><p>Umbrella Corp, Raccoon City. Help our customers.</p></body></html>' });
    claude.answerNext({ tool: { isJobPosting: true, title: 'Support Engineer', company: 'Umbrella Corp', location: 'Raccoon City', description: 'Help our customers.' } });
    claude.answerNext({ text: 'no analysis' });
    const me = await app.as('ada');
    expect(textOf(await runText(me, `/job add ${link}`))).toContain('#4 · Support Engineer at Umbrella Corp');
    const extraction = claude.requests.find((request) => request.body.tool_choice?.name === 'record_job_posting');
    expect(extraction!.body.messages[0].content).toContain('Join us as a Support Engineer');
  });

  it('says the page could not be read when Claude finds no posting either', async () => {
    const link = web.page('/about-us', { body: '<html><body><p>We make umbrellas.</p></body></html>' });
    claude.answerNext({ tool: { isJobPosting: false, title: null, company: null, location: null, description: null } });
    const me = await app.as('ada');
    expect(textOf(await runText(me, `/job add ${link}`))).toBe(
      "Couldn't find a job posting on that page — paste the posting's text instead, or use /job add <title> at <company> <link>.",
    );
  });
});
