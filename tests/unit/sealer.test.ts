import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Sealer } from '../../src/domain/secrets/sealer.js';

const KEY = '0123456789abcdef'.repeat(4);

describe('sealing tokens at rest', () => {
  it('round-trips, with a fresh IV each time', () => {
    const sealer = new Sealer(KEY);
    const one = sealer.seal('xoxb-secret');
    const two = sealer.seal('xoxb-secret');
    expect(one).not.toBe(two);
    expect(one).not.toContain('xoxb');
    expect(sealer.open(one)).toBe('xoxb-secret');
  });

  it('refuses a tampered value and the wrong key', () => {
    const sealed = new Sealer(KEY).seal('xoxb-secret');
    const [version, iv, tag, body] = sealed.split(':');
    const flipped = Buffer.from(body!, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => new Sealer(KEY).open([version, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
    expect(() => new Sealer('f'.repeat(64)).open(sealed)).toThrow();
  });

  it('is required, and checked, for multi-workspace Slack', () => {
    const oauth = { SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'sixteen-chars-long', SLACK_SIGNING_SECRET: 's' };
    expect(() => loadConfig(oauth)).toThrow('JOBSCOUT_SECRET_KEY: required for multi-workspace Slack installs');
    expect(() => loadConfig({ ...oauth, JOBSCOUT_SECRET_KEY: 'short' })).toThrow('JOBSCOUT_SECRET_KEY: expected 32 random bytes');
    expect(loadConfig({ ...oauth, JOBSCOUT_SECRET_KEY: KEY }).secretKey).toBe(KEY);
  });
});
