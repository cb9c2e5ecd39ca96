import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendWeeklyReports } from '../../../src/jobs/weeklyReport.js';
import { startDiscordHarness, type DiscordHarness } from '../../support/discordHarness.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let discord: DiscordHarness;
beforeEach(async () => {
  discord = await startDiscordHarness();
});
afterEach(async () => {
  await discord.dispose();
});

describe('/job stats charts on Discord', () => {
  it('attaches the funnel, the flow and the weekly chart as PNGs to the private reply, each with its text as alt text', async () => {
    await discord.slash('add', { title: 'SRE', company: 'Umbrella' }).answer();
    await discord.slash('move', { id: '1', state: 'applied' }).answer();
    await discord.slash('move', { id: '1', state: 'screening' }).answer();
    const answer = await discord.slash('stats charts', { period: 'all' }).answer();
    expect(answer.ephemeral).toBe(true);
    expect(answer.files.map((file) => file.name)).toEqual(['funnel.png', 'flow.png', 'weekly.png']);
    for (const file of answer.files) expect(file.bytes.subarray(0, 8)).toEqual(PNG);
    expect(answer.data.attachments).toEqual([
      { id: 0, filename: 'funnel.png', description: 'Applied 1 → Answered 1 (100%) → Interviewed 0 (0%) → Offer 0 → Accepted 0' },
      { id: 1, filename: 'flow.png', description: 'Applied → Answered: 1\nAnswered → Still open: 1' },
      { id: 2, filename: 'weekly.png', description: expect.stringMatching(/^Week of \d{4}-\d{2}-\d{2}: 1 applied, 1 answered, 0 interviews$/) },
    ]);
    // The same facts in words in the message itself.
    expect(JSON.stringify(answer.data)).toContain('Applied 1 → Answered 1 (100%)');
  });
});

describe('the weekly report on Discord', () => {
  it('is one DM with the funnel chart attached, carrying its text as alt text', async () => {
    await discord.dispose();
    discord = await startDiscordHarness({ now: '2026-11-17T10:00:00Z' });
    await discord.slash('prefs', { weekly: 'on' }).answer();
    await discord.slash('add', { title: 'SRE', company: 'Umbrella' }).answer();
    await discord.slash('move', { id: '1', state: 'applied' }).answer();
    discord.app.clock.set('2026-11-23T09:05:00Z'); // Monday, the default 09:00 digest time in UTC
    expect((await sendWeeklyReports(discord.app.services, discord.app.notifier)).sent).toBe(1);
    const [dm] = discord.fake.requestsTo('POST', /^\/channels\/\d+\/messages$/);
    expect(JSON.stringify(dm!.body)).toContain('Last week: 1 application sent, 0 answers, 0 first interviews.');
    expect(dm!.files!.map((file) => file.name)).toEqual(['funnel.png']);
    expect(dm!.files![0]!.bytes.subarray(0, 8)).toEqual(PNG);
    expect(dm!.body!.attachments).toEqual([{ id: 0, filename: 'funnel.png', description: 'Applied 1 → Answered 0 (0%) → Interviewed 0 → Offer 0 → Accepted 0' }]);
  });
});
