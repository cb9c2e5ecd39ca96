import { handlingIdle } from '../../src/bots/commands/inflight.js';
import { openDiscord, type DiscordAdapter } from '../../src/bots/discord/adapter.js';
import { FAKE_APPLICATION_ID, FakeDiscord, type RecordedRequest } from '../fakes/discord.js';
import { PATIENCE_MS } from './patience.js';
import { createTestApp, type TestApp } from './testApp.js';

export const BOT_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAy.fake-token-for-tests.abcdefghijklmnopqrstuvwxyz0123';
export const ADA = '300000000000000001';
export const GRACE = '300000000000000002';
export const GUILD = '500000000000000001';

export type Place = 'guild' | 'dm';
/** Who sends an interaction and where: in a server (GUILD unless `guild` says another) or a DM. */
export interface Where {
  user?: string;
  place?: Place;
  guild?: string;
}

/** An option's value: text, a number, or a file from FakeDiscord.attach. */
export type SlashValue = string | number | ReturnType<FakeDiscord['attach']>;

/** What the person finally sees, whether it came in the first response or after a deferral. */
export interface Answer {
  /** reply: a new message; update: the clicked card changed; modal; choices (autocomplete). */
  kind: 'reply' | 'update' | 'modal' | 'choices';
  /** The message (or modal, or choices) as Discord received it. */
  data: Record<string, any>;
  /** Whether only the person can see it. */
  ephemeral: boolean;
  /** Whether the first response was a deferral finished by an edit or follow-up. */
  deferred: boolean;
  /** Files attached to it (multipart), in order. */
  files: { name: string; bytes: Buffer }[];
}

interface Injected {
  id: string;
  token: string;
  /** Delivers the very same interaction (same id and token) once more, as a replay or a second session would. */
  again(): void;
  /** The interaction callback Discord received for it. */
  callback(timeoutMs?: number): Promise<RecordedRequest>;
  /** The answer, following a deferral to the edit or follow-up that finished it. */
  answer(): Promise<Answer>;
}

export interface DiscordHarness {
  fake: FakeDiscord;
  app: TestApp;
  discord: DiscordAdapter;
  slash(sub: string, options?: Record<string, SlashValue>, where?: Where): Injected;
  autocomplete(sub: string, options: Record<string, string>, focused: string, where?: { user?: string; place?: Place }): Injected;
  button(customId: string, where?: { user?: string; place?: Place; message?: Record<string, unknown> }): Injected;
  select(customId: string, values: string[], where?: { user?: string; place?: Place }): Injected;
  modal(customId: string, values: Record<string, string>, where?: { user?: string; place?: Place }): Injected;
  /**
   * Resolves once every interaction dispatched so far has been fully handled: a last one is sent
   * behind them (the gateway delivers in order) and answered by each of `sessions` connected
   * clients, then the app is waited on until idle.
   */
  settled(sessions?: number): Promise<void>;
  dispose(): Promise<void>;
}

/** The real app with the real discord.js client, logged in to a fake Discord on loopback. */
export async function startDiscordHarness(options: { now?: string; env?: Record<string, string> } = {}): Promise<DiscordHarness> {
  const fake = await new FakeDiscord().start();
  const app = await createTestApp({
    now: options.now,
    env: { DISCORD_TOKEN: BOT_TOKEN, DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, ...options.env },
  });
  const discord = (await openDiscord(app))!;

  /** Who and where, in the shape Discord sends: a member in a server, a user in a DM. */
  const origin = (user: string, place: Place, guild = GUILD) => {
    const profile = { id: user, username: `user${user.slice(-2)}`, discriminator: '0', global_name: `User ${user.slice(-2)}`, avatar: null };
    return place === 'guild'
      ? {
          guild_id: guild,
          channel_id: '600000000000000001',
          channel: { id: '600000000000000001', type: 0, guild_id: guild, name: 'job-hunt' },
          member: { user: profile, roles: [], permissions: '0', joined_at: '2026-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
          context: 0,
          authorizing_integration_owners: { '0': guild },
        }
      : { user: profile, channel_id: '700000000000000001', channel: { id: '700000000000000001', type: 1 }, context: 1, authorizing_integration_owners: { '0': '0' } };
  };

  const inject = (type: number, data: Record<string, unknown>, where: Where & { message?: Record<string, unknown> } = {}): Injected => {
    const id = fake.nextId();
    const token = `token-${id}`;
    const payload = {
      id,
      application_id: FAKE_APPLICATION_ID,
      type,
      token,
      version: 1,
      data,
      locale: 'en-US',
      app_permissions: '0',
      entitlements: [],
      ...(where.message ? { message: where.message } : {}),
      ...origin(where.user ?? ADA, where.place ?? 'guild', where.guild),
    };
    fake.dispatch('INTERACTION_CREATE', payload);
    const callback = async (timeoutMs = PATIENCE_MS) => (await fake.waitFor('POST', new RegExp(`^/interactions/${id}/${token}/callback$`), 1, timeoutMs))[0]!;
    const answer = async (): Promise<Answer> => {
      const first = await callback();
      const { type, data = {} } = first.body as { type: number; data?: Record<string, any> };
      const ephemeral = ((data.flags ?? 0) & 64) === 64;
      const files = first.files ?? [];
      if (type === 4) return { kind: 'reply', data, ephemeral, deferred: false, files };
      if (type === 7) return { kind: 'update', data, ephemeral, deferred: false, files };
      if (type === 9) return { kind: 'modal', data, ephemeral: true, deferred: false, files };
      if (type === 8) return { kind: 'choices', data, ephemeral: true, deferred: false, files };
      const edit = new RegExp(`^/webhooks/\\d+/${token}/messages/@original$`);
      const followUp = new RegExp(`^/webhooks/\\d+/${token}$`);
      const deadline = Date.now() + PATIENCE_MS;
      for (;;) {
        const [edited] = fake.requestsTo('PATCH', edit);
        if (edited) return { kind: type === 6 ? 'update' : 'reply', data: edited.body ?? {}, ephemeral: type === 5 ? ephemeral : false, deferred: true, files: edited.files ?? [] };
        const [followed] = fake.requestsTo('POST', followUp);
        if (followed) return { kind: 'reply', data: followed.body ?? {}, ephemeral: ((followed.body?.flags as number) & 64) === 64, deferred: true, files: followed.files ?? [] };
        if (Date.now() > deadline) throw new Error(`interaction ${id} was deferred (type ${type}) and never finished`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    return { id, token, callback, answer, again: () => fake.dispatch('INTERACTION_CREATE', payload) };
  };

  // "stats summary" is a subcommand inside a subcommand group (type 2), as Discord nests it.
  // An option given as a FakeDiscord attachment is a file (type 11): its id, resolved beside.
  const subcommand = (sub: string, options: Record<string, SlashValue>, focused?: string) => {
    const [group, name] = sub.includes(' ') ? sub.split(' ') : [null, sub];
    const attachments = Object.values(options).filter((value): value is Exclude<SlashValue, string | number> => typeof value === 'object');
    const chosen = {
      name: name!,
      type: 1,
      options: Object.entries(options).map(([option, value]) =>
        typeof value === 'object' ? { name: option, type: 11, value: value.id } : { name: option, type: typeof value === 'number' ? 4 : 3, value, ...(option === focused ? { focused: true } : {}) },
      ),
    };
    return {
      id: '800000000000000001',
      name: 'job',
      type: 1,
      options: [group ? { name: group, type: 2, options: [chosen] } : chosen],
      ...(attachments.length ? { resolved: { attachments: Object.fromEntries(attachments.map((file) => [file.id, file])) } } : {}),
    };
  };

  // The ephemeral card a button was on.
  const cardMessage = () => fake.message('600000000000000001', { flags: 64 });

  return {
    fake,
    app,
    discord,
    slash: (sub, options = {}, where) => inject(2, subcommand(sub, options), where),
    autocomplete: (sub, options, focused, where) => inject(4, subcommand(sub, options, focused), where),
    button: (customId, where = {}) => inject(3, { custom_id: customId, component_type: 2 }, { ...where, message: where.message ?? cardMessage() }),
    select: (customId, values, where = {}) => inject(3, { custom_id: customId, component_type: 3, values }, { ...where, message: cardMessage() }),
    modal: (customId, values, where) =>
      inject(5, { custom_id: customId, components: Object.entries(values).map(([name, value]) => ({ type: 1, components: [{ type: 4, custom_id: name, value }] })) }, where),
    async settled(sessions = 1) {
      const last = inject(4, subcommand('show', { id: '' }, 'id'));
      await fake.waitFor('POST', new RegExp(`^/interactions/${last.id}/${last.token}/callback$`), sessions);
      await handlingIdle(app.services);
    },
    async dispose() {
      await discord.stop();
      await app.dispose();
      await fake.stop();
    },
  };
}
