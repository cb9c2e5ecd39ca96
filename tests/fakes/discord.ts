import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import { PATIENCE_MS } from '../support/patience.js';

/** One REST request the fake received. */
export interface RecordedRequest {
  method: string;
  /** The path after /api/v10, e.g. /interactions/123/tok/callback. */
  path: string;
  body: Record<string, unknown> | null;
  /** performance.now() at arrival, for timing. */
  at: number;
  /** The status the fake answered with (a second interaction callback gets 400). */
  status?: number;
  /** Files sent with it (multipart `files[n]`), in order. */
  files?: { name: string; bytes: Buffer }[];
}

const DISCORD_EPOCH_MS = 1_420_070_400_000;
// Discord checks a nonce's uniqueness over "the past few minutes".
const NONCE_WINDOW_MS = 3 * 60_000;

export const FAKE_APPLICATION_ID = '100000000000000001';
export const FAKE_BOT_ID = '100000000000000002';

/** A request's JSON body, and its files when it came as multipart (payload_json beside files[n], as Discord takes it). */
async function readBody(request: IncomingMessage): Promise<{ body: Record<string, unknown> | null; files?: { name: string; bytes: Buffer }[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: null };
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return { body: JSON.parse(raw.toString('utf8')) as Record<string, unknown> };
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
  const files: { name: string; bytes: Buffer }[] = [];
  for (const [key, value] of form) {
    if (/^files\[\d+\]$/.test(key) && value instanceof Blob) files.push({ name: (value as File).name, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  const payload = form.get('payload_json');
  return { body: typeof payload === 'string' ? (JSON.parse(payload) as Record<string, unknown>) : null, files };
}

/**
 * A stand-in for Discord on 127.0.0.1: the REST API under /api/v10 (gateway discovery,
 * interaction callbacks, webhook edits and follow-ups, DM channels, messages, command
 * registration) and a gateway WebSocket that says HELLO, answers IDENTIFY with READY, acks
 * heartbeats, and lets tests inject dispatches such as INTERACTION_CREATE.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayFrames: Record<string, unknown>[] = [];
  private readonly server: Server;
  private readonly gateway = new WebSocketServer({ noServer: true });
  // Every identified gateway session, with the last sequence number sent to it.
  private readonly sessions = new Map<WebSocket, number>();
  // The [shard id, shard count] each session identified with.
  private readonly shards = new Map<WebSocket, [number, number]>();
  private readonly answered = new Set<string>();
  private snowflake = 0n;
  /** The close code of every gateway connection that has ended, in order (1000 is a clean goodbye). */
  readonly closeCodes: number[] = [];
  /** Messages posted per channel, newest first, with their nonce, for history and enforce_nonce. */
  private readonly posted = new Map<string, { message: ReturnType<FakeDiscord['message']>; nonce?: string; at: number }[]>();
  private readonly waiters: { match: (request: RecordedRequest) => boolean; resolve: (request: RecordedRequest) => void }[] = [];
  port = 0;

  /** `heartbeatIntervalMs` is what HELLO asks for; Discord says about 41 s, tests want it short. */
  constructor(private readonly heartbeatIntervalMs = 41_250) {
    this.server = createServer((request, response) => {
      void this.handle(request).then(
        ({ status, body, raw }) => {
          if (raw) {
            response.writeHead(status, { 'content-type': raw.contentType });
            response.end(raw.bytes);
            return;
          }
          if (body === undefined) {
            response.writeHead(status);
            response.end();
            return;
          }
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        },
        (error: unknown) => {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ message: String(error), code: 0 }));
        },
      );
    });
    this.server.on('upgrade', (request, socket, head) => this.gateway.handleUpgrade(request, socket, head, (ws) => this.onGateway(ws)));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** What DISCORD_API_URL should be set to (discord.js adds /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** A snowflake as Discord makes them: the time since 2015 in its high bits, so `after` filters by time. */
  nextId(): string {
    const now = BigInt(Date.now() - DISCORD_EPOCH_MS) << 22n;
    this.snowflake = now > this.snowflake ? now : this.snowflake + 1n;
    return String(this.snowflake);
  }

  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && pathPattern.test(request.path));
  }

  /** Waits for `count` requests matching method and path, arriving after the call (or already there). */
  async waitFor(method: string, pathPattern: RegExp, count = 1, timeoutMs = PATIENCE_MS): Promise<RecordedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.requestsTo(method, pathPattern).length < count) {
      if (Date.now() > deadline) {
        throw new Error(`expected ${count} ${method} ${pathPattern}, got ${this.requestsTo(method, pathPattern).length}: ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.requestsTo(method, pathPattern);
  }

  /** Resolves at the first future request matching, without polling (for the benchmark). */
  nextRequest(match: (request: RecordedRequest) => boolean): Promise<RecordedRequest> {
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    const index = this.waiters.findIndex((waiter) => waiter.match(request));
    if (index >= 0) this.waiters.splice(index, 1)[0]!.resolve(request);
  }

  /** Files people attached, served as Discord's CDN serves them (by id and name). */
  private readonly hosted = new Map<string, { bytes: Buffer; contentType: string }>();

  /** An attachment as a slash command's resolved data carries it, with its bytes served here. */
  attach(filename: string, content: string | Buffer, contentType = 'text/csv; charset=utf-8'): { id: string; filename: string; size: number; url: string; proxy_url: string; content_type: string } {
    const id = this.nextId();
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    this.hosted.set(id, { bytes, contentType });
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: bytes.length, url, proxy_url: url, content_type: contentType };
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body?: unknown; raw?: { bytes: Buffer; contentType: string } }> {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${this.port}`);
    const served = /^\/attachments\/(\d+)\//.exec(url.pathname);
    if (served) {
      const file = this.hosted.get(served[1]!);
      return file ? { status: 200, raw: file } : { status: 404, body: { message: 'Unknown attachment' } };
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const method = request.method ?? 'GET';
    const { body, files } = await readBody(request);
    const recorded = { method, path, body, at: performance.now(), ...(files ? { files } : {}) };
    if (!(method === 'GET' && path === '/gateway/bot')) this.record(recorded);
    if (method === 'GET' && path === '/gateway/bot') {
      return { status: 200, body: { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } } };
    }
    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path);
    if (method === 'POST' && callback) {
      // Discord takes one response per interaction and refuses any after it.
      if (this.answered.has(callback[1]!)) {
        (recorded as RecordedRequest).status = 400;
        return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
      }
      this.answered.add(callback[1]!);
      (recorded as RecordedRequest).status = 204;
      return { status: 204 };
    }
    if ((method === 'PATCH' || method === 'POST') && /^\/webhooks\/\d+\/[^/]+/.test(path)) return { status: 200, body: this.message('0', body) };
    if (method === 'POST' && path === '/users/@me/channels') {
      const recipient = String(body?.recipient_id);
      return { status: 200, body: { id: `9${recipient.slice(1)}`, type: 1, recipients: [{ id: recipient, username: `user${recipient}`, discriminator: '0', avatar: null }], last_message_id: null } };
    }
    const channelMessage = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channelMessage) {
      const channel = channelMessage[1]!;
      const posted = this.posted.get(channel) ?? [];
      // enforce_nonce: a message from the same author with the same nonce within minutes is returned instead of a new one.
      const repeat = body?.enforce_nonce && body.nonce ? posted.find((earlier) => earlier.nonce === body.nonce && Date.now() - earlier.at < NONCE_WINDOW_MS) : undefined;
      if (repeat) return { status: 200, body: repeat.message };
      const message = this.message(channel, body);
      this.posted.set(channel, [{ message, nonce: body?.nonce as string | undefined, at: Date.now() }, ...posted]);
      return { status: 200, body: message };
    }
    if (method === 'GET' && channelMessage) {
      // Newest first, after the given id; like Discord's history, without the nonce.
      const after = BigInt(url.searchParams.get('after') ?? '0');
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const messages = (this.posted.get(channelMessage[1]!) ?? []).map((entry) => entry.message).filter((message) => BigInt(message.id) > after);
      return { status: 200, body: messages.slice(0, limit) };
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return { status: 200, body: ((body as unknown as Record<string, unknown>[]) ?? []).map((command) => ({ id: this.nextId(), application_id: FAKE_APPLICATION_ID, version: '1', ...command })) };
    }
    return { status: 404, body: { message: `fake Discord has no ${method} ${path}`, code: 0 } };
  }

  /** A message object as Discord returns it, for the fake's answers and for tests that need a card to click. */
  message(channelId: string, body: Record<string, unknown> | null) {
    return {
      id: this.nextId(),
      channel_id: channelId,
      type: 0,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      author: { id: FAKE_BOT_ID, username: 'Jobscout', discriminator: '0', avatar: null, bot: true },
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body?.flags ?? 0,
    };
  }

  private send(ws: WebSocket, frame: Record<string, unknown>): void {
    ws.send(JSON.stringify(frame));
  }

  private onGateway(ws: WebSocket): void {
    ws.on('close', (code) => {
      this.closeCodes.push(code);
      this.sessions.delete(ws);
      this.shards.delete(ws);
    });
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { op: number; d: unknown };
      this.gatewayFrames.push(frame);
      if (frame.op === 1) this.send(ws, { op: 11, d: null });
      if (frame.op === 2) {
        const shard = (frame.d as { shard?: [number, number] }).shard ?? [0, 1];
        this.sessions.set(ws, 1);
        this.shards.set(ws, shard);
        this.send(ws, {
          op: 0,
          t: 'READY',
          s: 1,
          d: {
            v: 10,
            user: { id: FAKE_BOT_ID, username: 'Jobscout', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 },
            guilds: [],
            session_id: `fake-session-${this.sessions.size}`,
            resume_gateway_url: `ws://127.0.0.1:${this.port}`,
            shard,
            application: { id: FAKE_APPLICATION_ID, flags: 0 },
          },
        });
      }
    });
    this.send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  /** Whether a client has identified on the gateway. */
  get identified(): boolean {
    return this.gatewayFrames.some((frame) => frame.op === 2);
  }

  /** The [id, count] of every connected session's shard, in the order they identified. */
  get connectedShards(): [number, number][] {
    return [...this.shards.values()];
  }

  /** How many gateway sessions have identified and are still connected. */
  get sessionCount(): number {
    return this.sessions.size;
  }

  /**
   * Sends a gateway dispatch (op 0), e.g. INTERACTION_CREATE, to every identified session of the
   * shard it belongs to: a server's events go to shard (server id >> 22) % shard count, DMs to
   * shard 0. Two processes logged in with one token on the same shard both receive it, as they
   * do on Discord.
   */
  dispatch(event: string, data: unknown): void {
    const guild = (data as { guild_id?: string }).guild_id;
    for (const [ws, sequence] of this.sessions) {
      const [id, count] = this.shards.get(ws)!;
      if (id !== (guild ? Number((BigInt(guild) >> 22n) % BigInt(count)) : 0)) continue;
      this.sessions.set(ws, sequence + 1);
      this.send(ws, { op: 0, t: event, s: sequence + 1, d: data });
    }
  }

  async stop(): Promise<void> {
    for (const client of this.gateway.clients) client.terminate();
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
