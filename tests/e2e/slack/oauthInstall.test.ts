import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sealer } from '../../../src/domain/secrets/sealer.js';
import { slackInstallations } from '../../../src/models/slackInstallations.js';
import { eventually } from '../../support/patience.js';
import { startSlackHarness, type SlackHarness } from '../../support/slackHarness.js';

const SECRET_KEY = 'a'.repeat(64);
let slack: SlackHarness;
beforeAll(async () => {
  slack = await startSlackHarness({
    env: { SLACK_BOT_TOKEN: '', SLACK_CLIENT_ID: '111.222', SLACK_CLIENT_SECRET: 'client-secret', SLACK_STATE_SECRET: 'a-state-secret-of-some-length', JOBSCOUT_SECRET_KEY: SECRET_KEY },
  });
});
afterAll(async () => {
  await slack.dispose();
});

const base = () => `http://127.0.0.1:${slack.slack.port}`;

describe('multi-workspace install through OAuth', () => {
  it('installs into a workspace, stores the installation in PostgreSQL, then serves that workspace with its own token', async () => {
    expect(slack.slack.mode).toBe('oauth');
    const install = await fetch(`${base()}/slack/install`, { redirect: 'manual' });
    expect(install.status).toBe(302);
    const authorize = new URL(install.headers.get('location')!);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${slack.fake.url}/oauth/v2/authorize`);
    expect(authorize.searchParams.get('client_id')).toBe('111.222');
    expect(authorize.searchParams.get('scope')).toBe('commands,chat:write,users:read,im:write,im:history,files:write,files:read');
    const state = authorize.searchParams.get('state')!;
    const cookie = install.headers.get('set-cookie')!.split(';')[0]!;

    const callback = await fetch(`${base()}/slack/oauth_redirect?code=the-code&state=${encodeURIComponent(state)}`, { headers: { cookie }, redirect: 'manual' });
    expect(callback.status).toBe(200);
    const [exchange] = await slack.fake.waitFor('oauth.v2.access');
    expect(exchange!.args).toMatchObject({ code: 'the-code' });

    const rows = await slack.app.services.db.select().from(slackInstallations);
    expect(rows.map((row) => [row.id, row.teamId])).toEqual([['T2', 'T2']]);
    // The bot token is sealed at rest: not readable in the row, readable with the key.
    expect(rows[0]!.sealedInstallation).not.toContain('xoxb-installed-T2');
    expect(rows[0]!.sealedInstallation).toMatch(/^v1:/);
    const installation = JSON.parse(new Sealer(SECRET_KEY).open(rows[0]!.sealedInstallation)) as { bot?: { token?: string } };
    expect(installation.bot?.token).toBe('xoxb-installed-T2');

    await slack.command('add', { team: 'T2', user: 'U9' });
    const [opened] = await slack.fake.waitFor('views.open');
    expect(opened!.token).toBe('xoxb-installed-T2');
  });

  it('forgets the installation when the workspace uninstalls the app', async () => {
    const response = await slack.event({ type: 'app_uninstalled' }, { team: 'T2' });
    expect(response.status).toBe(200);
    // Slack acknowledges events before the listener runs, so wait for the effect itself.
    await eventually('the installation to be forgotten', async () => (await slack.app.services.db.select().from(slackInstallations)).length === 0);
  });

  it('a callback with a forged state installs nothing', async () => {
    const before = await slack.app.services.db.select().from(slackInstallations);
    const callback = await fetch(`${base()}/slack/oauth_redirect?code=x&state=forged`, { redirect: 'manual' });
    expect(callback.status).toBeGreaterThanOrEqual(400);
    expect(await slack.app.services.db.select().from(slackInstallations)).toEqual(before);
  });
});
