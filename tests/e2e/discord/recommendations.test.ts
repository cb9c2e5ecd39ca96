import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobSignals } from '../../../src/models/recommendations.js';
import { addToPool, fillProfile, posting } from '../../support/jobPool.js';
import { communityKey } from '../../../src/domain/people/communities.js';
import { ADA, GUILD, startDiscordHarness, type DiscordHarness } from '../../support/discordHarness.js';

let discord: DiscordHarness;
let jobIds: number[];
beforeEach(async () => {
  discord = await startDiscordHarness({ now: '2026-11-24T10:00:00Z' });
  // Someone in the same server saved these; Ada has used Jobscout there.
  const inServer = communityKey.discord(GUILD);
  const curator = await discord.app.as('300000000000000099', 'discord', 'discord', inServer);
  jobIds = await addToPool(discord.app, [posting('TypeScript Engineer', 'Acme', ['TypeScript', 'Node.js']), posting('Node.js Developer', 'Globex', ['Node.js'])], curator);
  await fillProfile(await discord.app.as(ADA, 'discord', 'discord', inServer), { skills: 'TypeScript: expert, Node.js: advanced' });
});
afterEach(async () => {
  await discord.dispose();
});

type Row = { components: { custom_id: string; label: string }[] };

describe('recommendations in Discord', () => {
  it('/job recs lists the picks with a row of five buttons each, visible only to the person', async () => {
    const answer = await discord.slash('recs show').answer();
    expect(answer.ephemeral).toBe(true);
    expect(answer.data.embeds[0].description).toMatch(/^1\\\. TypeScript Engineer at Acme — \d+% match\n/);
    const rows = answer.data.components as Row[];
    // All rows sit under the text in Discord: each says which pick it is about.
    expect(rows.map((row) => row.components.map((button) => button.label))).toEqual([
      ['1 · Save', 'Applied', '👍', '👎 Not for me', 'More like this'],
      ['2 · Save', 'Applied', '👍', '👎 Not for me', 'More like this'],
    ]);
    expect(answer.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('👎 Not for me opens a modal as the first response; its reason is kept and the job is gone', async () => {
    const recs = await discord.slash('recs show').answer();
    const notForMe = (recs.data.components as Row[])[0]!.components.find((button) => button.label === '👎 Not for me')!.custom_id;
    const opened = (await discord.button(notForMe).callback()).body as { type: number; data: { custom_id: string; title: string } };
    expect(opened.type).toBe(9);
    expect(opened.data).toMatchObject({ custom_id: `form:notforme:${jobIds[0]}`, title: 'Not for me' });
    const hidden = await discord.modal(opened.data.custom_id, { reason: 'too senior' }).answer();
    expect(hidden.data.content ?? JSON.stringify(hidden.data.embeds)).toContain("Hidden TypeScript Engineer at Acme: it won't be recommended to you again.");
    const ada = await discord.app.as(ADA, 'discord', 'discord');
    const signals = await discord.app.services.db.select().from(jobSignals).where(eq(jobSignals.personId, ada.person.id));
    expect(signals.map((signal) => [signal.jobId, signal.kind, signal.reason])).toEqual([[jobIds[0], 'dislike', 'too senior']]);
    const again = await discord.slash('recs show').answer();
    expect(JSON.stringify(again.data.embeds)).not.toContain('TypeScript Engineer at Acme');
  });

  it('/job digest now answers with the digest; the digest option is a pick list', async () => {
    const answer = await discord.slash('digest', { when: 'now' }).answer();
    expect(JSON.stringify(answer.data.embeds)).toContain('New jobs worth a look (2)');
  });
});
