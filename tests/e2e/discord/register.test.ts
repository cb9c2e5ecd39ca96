import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, GROUPS } from '../../../src/bots/commands/registry.js';
import { FAKE_APPLICATION_ID, FakeDiscord } from '../../fakes/discord.js';
import { BOT_TOKEN, GUILD } from '../../support/discordHarness.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await new FakeDiscord().start();
});
afterAll(() => fake.stop());

function registerWith(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/runBuilt.mjs', 'discordRegister'], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

type Command = { name: string; integration_types: number[]; contexts: number[]; options: { name: string; type: number; options: { name: string; required: boolean; autocomplete?: boolean; choices?: unknown[] }[] }[] };

describe('npm run discord:register', () => {
  it('registers /job in one server when DISCORD_GUILD_ID is set, with every subcommand and typed options', async () => {
    const result = await registerWith({ DISCORD_TOKEN: BOT_TOKEN, DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID, DISCORD_GUILD_ID: GUILD, DISCORD_API_URL: fake.apiUrl });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Registered /job with ${COMMANDS.length} subcommands and ${GROUPS.length} group${GROUPS.length === 1 ? '' : 's'} in server ${GUILD} (available at once).`);
    const [put] = fake.requestsTo('PUT', new RegExp(`^/applications/${FAKE_APPLICATION_ID}/guilds/${GUILD}/commands$`));
    const [command] = put!.body as unknown as Command[];
    expect(command!.name).toBe('job');
    expect(command!.integration_types).toEqual([0, 1]);
    expect(command!.contexts).toEqual([0, 1, 2]);
    expect(command!.options.map((sub) => sub.name)).toEqual([...COMMANDS.map((c) => c.name), ...GROUPS.map((group) => group.name)]);
    // An area's commands come as a subcommand group (type 2) holding subcommands (type 1).
    const stats = command!.options.find((sub) => sub.name === 'stats')!;
    expect(stats.type).toBe(2);
    expect(stats.options.map((option) => option.name)).toEqual(['summary', 'charts', 'model', 'followups']);
    expect(command!.options.find((sub) => sub.name === 'interview')!.options.map((option) => option.name)).toEqual(['log', 'reschedule', 'outcome', 'cancel', 'edit', 'delete']);
    expect(command!.options.find((sub) => sub.name === 'offer')!.options.map((option) => option.name)).toEqual(['log', 'negotiate', 'edit', 'compare']);
    expect(command!.options.find((sub) => sub.name === 'profile')!.options.map((option) => option.name)).toEqual(['edit', 'fit']);
    // A slot left for the next area (Discord's limit is 25).
    expect(command!.options.length).toBe(24);
    expect(command!.options.find((sub) => sub.name === 'contact')!.options.map((option) => option.name)).toEqual(['add', 'list', 'remove']);
    expect(command!.options.find((sub) => sub.name === 'followup')!.options.map((option) => option.name)).toEqual(['draft', 'sequence', 'templates', 'template']);
    expect(command!.options.find((sub) => sub.name === 'email')!.options.map((option) => option.name)).toEqual(['status', 'connect', 'imap', 'disconnect']);
    expect(command!.options.find((sub) => sub.name === 'boards')!.options.map((option) => option.name)).toEqual(['watching', 'watch', 'unwatch']);
    expect(command!.options.find((sub) => sub.name === 'recs')!.options.map((option) => option.name)).toEqual(['show', 'similar']);
    expect(command!.options.find((sub) => sub.name === 'note')!.options.map((option) => option.name)).toEqual(['add', 'edit', 'delete']);
    expect(command!.options.find((sub) => sub.name === 'calendar')!.options.map((option) => option.name)).toEqual(['status', 'connect', 'feed', 'disconnect']);
    const data = command!.options.find((sub) => sub.name === 'data')!;
    expect(data.options.map((option) => option.name)).toEqual(['export', 'import']);
    // A CSV to import can come attached to the command (option type 11).
    expect((data.options[1] as unknown as Command).options.map((option) => [option.name, option.type])).toEqual([['file', 11]]);
    // Discord takes at most 25 subcommands and groups under one command.
    expect(command!.options.length).toBeLessThanOrEqual(25);
    const move = command!.options.find((sub) => sub.name === 'move')!;
    expect(move.options.map((option) => [option.name, option.required, option.autocomplete ?? false, option.choices?.length ?? 0])).toEqual([
      ['id', true, true, 0],
      ['state', true, false, 14],
      ['reason', false, false, 0],
    ]);
    // Discord refuses a command whose optional options come before required ones.
    for (const sub of command!.options) {
      const firstOptional = sub.options.findIndex((option) => !option.required);
      expect(firstOptional < 0 || sub.options.slice(firstOptional).every((option) => !option.required)).toBe(true);
    }
  });

  it('registers globally without a server id', async () => {
    const result = await registerWith({ DISCORD_TOKEN: BOT_TOKEN, DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: '' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('globally');
    expect(fake.requestsTo('PUT', new RegExp(`^/applications/${FAKE_APPLICATION_ID}/commands$`))).toHaveLength(1);
  });

  it('says what is missing without a token', async () => {
    const result = await registerWith({ DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (Developer Portal → your application) to register the /job command.\n');
  });
});
