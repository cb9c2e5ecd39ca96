import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_BOT_SCOPES, SLACK_EVENTS } from '../../src/bots/slack/boltApp.js';
import { SLASH_COMMAND } from '../../src/bots/slack/commands.js';
import { SAVE_SHORTCUT } from '../../src/bots/slack/shortcuts.js';

interface Manifest {
  features: { app_home: { home_tab_enabled: boolean }; slash_commands: { command: string; should_escape: boolean }[]; shortcuts: { callback_id: string; type: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

const read = (file: string) => parse(readFileSync(new URL(`../../slack/${file}`, import.meta.url), 'utf8')) as Manifest;

describe.each([
  ['manifest.yml', true],
  ['manifest-http.yml', false],
])('slack/%s', (file, socketMode) => {
  const manifest = read(file);

  it('asks for exactly the bot scopes the code uses', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(SLACK_BOT_SCOPES);
  });

  it('declares the slash command, the shortcut, the Home tab and interactivity the code handles', () => {
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual([SLASH_COMMAND]);
    // Raw text: escaped commands would turn "@ada" into <@U…> before we see it.
    expect(manifest.features.slash_commands[0]!.should_escape).toBe(false);
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ callback_id: SAVE_SHORTCUT, type: 'message' })]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('subscribes only to events the code handles, and the right transport', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
    for (const event of manifest.settings.event_subscriptions.bot_events) expect(SLACK_EVENTS).toContain(event);
    expect(manifest.settings.socket_mode_enabled).toBe(socketMode);
  });
});
