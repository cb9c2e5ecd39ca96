import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_APPLICATION_ID, FakeDiscord } from '../../fakes/discord.js';
import { eventually, PROCESS_TEST_TIMEOUT_MS, START_PATIENCE_MS } from '../../support/patience.js';
import { startJobscout } from '../../support/consoleProcess.js';
import { ADA, BOT_TOKEN } from '../../support/discordHarness.js';

let fake: FakeDiscord;
let dataDir: string;
beforeAll(async () => {
  fake = await new FakeDiscord().start();
  dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-discord-service-'));
});
afterAll(async () => {
  await fake.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start with Discord configured and no terminal', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('serves Discord until SIGTERM, then stops cleanly', async () => {
    const jobscout = startJobscout({ JOBSCOUT_DATA_DIR: dataDir, DISCORD_TOKEN: BOT_TOKEN, DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID, DISCORD_API_URL: fake.apiUrl });
    jobscout.child.stdin.end();
    await jobscout.waitForStderr(/Jobscout is connected to Discord\./, START_PATIENCE_MS);
    const id = fake.nextId();
    fake.dispatch('INTERACTION_CREATE', {
      id,
      application_id: FAKE_APPLICATION_ID,
      type: 2,
      token: 'svc-token',
      version: 1,
      data: { id: '800000000000000001', name: 'job', type: 1, options: [{ name: 'add', type: 1, options: [{ name: 'title', type: 3, value: 'SRE' }, { name: 'company', type: 3, value: 'Umbrella' }] }] },
      user: { id: ADA, username: 'ada', discriminator: '0', global_name: 'Ada', avatar: null },
      channel_id: '700000000000000001',
      channel: { id: '700000000000000001', type: 1 },
      context: 1,
      locale: 'en-US',
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: { '1': ADA },
    });
    const [callback] = await fake.waitFor('POST', new RegExp(`^/interactions/${id}/svc-token/callback$`));
    // A cold process may answer at once or defer and edit; either way the person sees the card.
    const answered = (callback!.body as { type: number; data?: { content?: string } }).type === 4 ? callback!.body : (await fake.waitFor('PATCH', /^\/webhooks\/\d+\/svc-token\/messages\/@original$/))[0]!.body;
    expect((answered as { data?: { content?: string }; content?: string }).data?.content ?? (answered as { content?: string }).content).toBe('Saved #1.');
    jobscout.child.kill('SIGTERM');
    expect(await jobscout.exited).toBe(0);
    // The gateway was told goodbye (1000), not dropped: Discord doesn't keep a dead session around.
    await eventually('the gateway connection to close', () => fake.closeCodes.length > 0);
    expect(fake.closeCodes).toEqual([1000]);
  });
});
