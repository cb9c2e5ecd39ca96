import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_CONFIG_FILE, readDataLocation } from '../../src/dataLocation.js';

describe('configuration', () => {
  it('reads defaults from config/default.json', () => {
    const config = loadConfig({});
    expect(config.reminders.interviewOffsetsMinutes).toEqual([1440, 60, 15]);
    expect(config.interviews.defaultDurationMinutes).toBe(60);
    expect(config.databaseUrl).toBeUndefined();
    expect(path.isAbsolute(config.dataDir)).toBe(true);
  });

  it('lets the environment override any key', () => {
    const config = loadConfig({ JOBSCOUT_REMINDER_OFFSETS: '120, 30', JOBSCOUT_TIMEZONE: 'Asia/Tokyo', DATABASE_URL: 'postgres://u:p@db:5432/jobs', JOBSCOUT_DATA_DIR: '/tmp/x' });
    expect(config.reminders.interviewOffsetsMinutes).toEqual([120, 30]);
    expect(config.timezone).toBe('Asia/Tokyo');
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/jobs');
    expect(config.dataDir).toBe('/tmp/x');
  });

  it('reads the scheduler\'s lock lifetime, claim lease and digest tick, with a 5-minute lease by default', () => {
    expect(loadConfig({}).scheduler).toMatchObject({ lockLifetimeSeconds: 60, claimLeaseSeconds: 300 });
    const config = loadConfig({ JOBSCOUT_SCHEDULER_LOCK_SECONDS: '10', JOBSCOUT_CLAIM_LEASE_SECONDS: '15', JOBSCOUT_DIGEST_TICK_MINUTES: '1' });
    expect([config.scheduler.lockLifetimeSeconds, config.scheduler.claimLeaseSeconds, config.digest.tickMinutes]).toEqual([10, 15, 1]);
  });

  it.each([
    ['DATABASE_URL', 'mysql://x', 'DATABASE_URL: expected a URL of the form postgres://user:password@host:5432/database (got "mysql://x")'],
    ['JOBSCOUT_SCHEDULER_POLL_MS', 'fast', 'JOBSCOUT_SCHEDULER_POLL_MS: '],
    ['JOBSCOUT_REMINDER_OFFSETS', '60,-5', 'JOBSCOUT_REMINDER_OFFSETS: '],
    ['JOBSCOUT_CLAIM_LEASE_SECONDS', '2', 'JOBSCOUT_CLAIM_LEASE_SECONDS: expected seconds, at least 5 (got "2")'],
    ['JOBSCOUT_SCHEDULER_LOCK_SECONDS', 'soon', 'JOBSCOUT_SCHEDULER_LOCK_SECONDS: '],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
  ])('refuses a bad %s and names it', (key, value, message) => {
    expect(() => loadConfig({ [key]: value })).toThrow(message);
  });

  it('names the file key when the defaults file itself is wrong', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jobscout-config-'));
    const file = path.join(dir, 'default.json');
    writeFileSync(file, JSON.stringify({ dataDir: './d', timezone: 'UTC', logLevel: 'info', reminders: { interviewOffsetsMinutes: [] }, interviews: { defaultDurationMinutes: 60 }, scheduler: { processEveryMs: 1000 }, console: { workspace: 'local' } }));
    expect(() => loadConfig({}, file)).toThrow('default.json: reminders.interviewOffsetsMinutes: expected at least one offset in minutes, e.g. 1440,60,15');
  });

  it('names the Slack variable that is missing for the chosen mode, and never echoes a secret', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow('SLACK_SIGNING_SECRET: required to verify requests over HTTP; or set SLACK_APP_TOKEN to use Socket Mode');
    expect(() => loadConfig({ SLACK_APP_TOKEN: 'xapp-1' })).toThrow('SLACK_BOT_TOKEN: Socket Mode (SLACK_APP_TOKEN) also needs the bot token, xoxb-…');
    expect(() => loadConfig({ SLACK_CLIENT_ID: '1.2', SLACK_SIGNING_SECRET: 's' })).toThrow('SLACK_CLIENT_SECRET: set both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET');
    let message = '';
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token-secret', SLACK_SIGNING_SECRET: 's' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('SLACK_BOT_TOKEN: expected a bot token starting with xoxb-');
    expect(message).not.toContain('xoxp-user-token-secret');
  });

  it('accepts each Slack mode', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack.appToken).toBe('xapp-1');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_PORT: '3100' }).slack.port).toBe(3100);
    expect(loadConfig({ SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'sixteen-chars-long', SLACK_SIGNING_SECRET: 's', JOBSCOUT_SECRET_KEY: 'b'.repeat(64) }).slack.clientId).toBe('1.2');
  });

  it('needs the application id beside a Discord token, and checks the ids are numeric', () => {
    const token = 'MTAwMDAwMDAwMDAwMDAwMDAy.fake-token-for-tests.abcdefghijklmnopqrstuvwxyz0123';
    expect(() => loadConfig({ DISCORD_TOKEN: token })).toThrow('DISCORD_APPLICATION_ID: required with DISCORD_TOKEN');
    expect(() => loadConfig({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: 'jobscout' })).toThrow('DISCORD_APPLICATION_ID: expected the numeric application id');
    expect(loadConfig({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: '100000000000000001', DISCORD_GUILD_ID: '500000000000000001' }).discord.guildId).toBe('500000000000000001');
  });

  it('reads the shards a worker holds, within the total, and names the variable when they do not fit', () => {
    expect(loadConfig({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '1, 3' }).discord).toMatchObject({ shardCount: 4, shardIds: [1, 3] });
    expect(loadConfig({}).discord.shardCount).toBeUndefined();
    expect(() => loadConfig({ DISCORD_SHARD_IDS: '0' })).toThrow('DISCORD_SHARD_IDS: needs DISCORD_SHARD_COUNT');
    expect(() => loadConfig({ DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '1,2' })).toThrow('DISCORD_SHARD_IDS: shard ids run from 0 to DISCORD_SHARD_COUNT - 1; 2 is outside');
    expect(() => loadConfig({ DISCORD_SHARD_COUNT: 'two' })).toThrow('DISCORD_SHARD_COUNT');
  });
});

describe('the data location read before the configuration (so npm start can open the database first)', () => {
  it.each([
    ['nothing set', {}],
    ['a data folder', { JOBSCOUT_DATA_DIR: '/tmp/jobscout-elsewhere' }],
    ['a relative data folder', { JOBSCOUT_DATA_DIR: 'relative/data' }],
    ['an empty data folder variable', { JOBSCOUT_DATA_DIR: '' }],
    ['a server', { DATABASE_URL: 'postgres://u:p@db:5432/jobs' }],
    ['a server and a folder', { DATABASE_URL: 'postgres://u:p@db:5432/jobs', JOBSCOUT_DATA_DIR: '/srv/jobscout' }],
  ])('agrees with the validated configuration: %s', (_, env) => {
    const config = loadConfig(env);
    expect(readDataLocation(env)).toEqual({ dataDir: config.dataDir, databaseUrl: config.databaseUrl ?? null });
  });

  it('agrees when the defaults file itself names a server', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jobscout-config-'));
    const file = path.join(dir, 'default.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')), databaseUrl: 'postgres://file@db/jobs', dataDir: './from-file' }));
    const config = loadConfig({}, file);
    expect(readDataLocation({}, file)).toEqual({ dataDir: config.dataDir, databaseUrl: 'postgres://file@db/jobs' });
  });
});
