import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDiscordHarness, type DiscordHarness } from '../../support/discordHarness.js';

let discord: DiscordHarness;
beforeEach(async () => {
  discord = await startDiscordHarness();
});
afterEach(async () => {
  await discord.dispose();
});

const LINKEDIN = ['Saved Date,Job Url,Job Title,Company Name', '"11/20/24, 8:15 AM",https://www.linkedin.com/jobs/view/5001,Platform Engineer,Initech', '"11/21/24, 9:00 AM",https://www.linkedin.com/jobs/view/5002,SRE,Umbrella'].join('\n');

describe('/job data on Discord', () => {
  it("previews an attached LinkedIn Saved Jobs.csv at once, imports on Import, and exports it back as a file in the private reply", async () => {
    const file = discord.fake.attach('Saved Jobs.csv', LINKEDIN);
    const preview = await discord.slash('data import', { file }).answer();
    expect(preview.ephemeral).toBe(true);
    const text = JSON.stringify(preview.data);
    expect(text).toContain('2 new, 0 already tracked, 0 bad rows (read as LinkedIn saved jobs)');
    const importButton = (preview.data.components as { components: { custom_id: string; label: string }[] }[]).flatMap((row) => row.components).find((button) => button.label === 'Import 2')!;
    const imported = await discord.button(importButton.custom_id).answer();
    expect(JSON.stringify(imported.data)).toContain('Imported 2 applications.');

    const exported = await discord.slash('data export', { format: 'csv' }).answer();
    expect(exported.ephemeral).toBe(true);
    expect(exported.files.map((attached) => attached.name)).toEqual([expect.stringMatching(/^jobscout-applications-\d{4}-\d{2}-\d{2}\.csv$/)]);
    const csv = exported.files[0]!.bytes.toString('utf8');
    expect(csv).toContain('Platform Engineer,Initech,https://www.linkedin.com/jobs/view/5001');
    expect(csv).toContain('SRE,Umbrella');
  });

  it('refuses an attachment that is not a CSV, saying what to attach instead, and stores nothing', async () => {
    const file = discord.fake.attach('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png');
    const answer = await discord.slash('data import', { file }).answer();
    expect(answer.ephemeral).toBe(true);
    expect(JSON.stringify(answer.data)).toContain('photo.png is not a CSV. Attach a .csv file');
    const list = await discord.slash('list', {}).answer();
    expect(JSON.stringify(list.data)).toContain('You are not tracking any jobs yet');
  });

  it('opens the paste form when no file comes with the command', async () => {
    const answer = await discord.slash('data import', {}).answer();
    expect(answer.kind).toBe('modal');
    expect(JSON.stringify(answer.data)).toContain('CSV with its header line');
  });
});
