import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import { PATIENCE_MS } from '../support/patience.js';

/** One request the fake received: a Web API method, or a response_url post. */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token: string | null;
  /** performance.now() when the request arrived, for timing. */
  at: number;
}

interface Envelope {
  envelope_id: string;
  type: string;
  payload: unknown;
  accepts_response_payload?: boolean;
}

const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata', 'files']);

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A file that went through Slack's three upload steps, as the fake saw each of them. */
export interface UploadedFile {
  id: string;
  filename: string;
  /** The length files.getUploadURLExternal was told. */
  length: number;
  altText: string | null;
  /** The bytes posted to the upload URL, once they were. */
  bytes: Buffer | null;
  /** Set by files.completeUploadExternal: where the file was shared, under which title. */
  channel: string | null;
  title: string | null;
}

/** Web API bodies are form-encoded with nested objects as JSON strings, or JSON. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  return args;
}

/**
 * A stand-in for slack.com on 127.0.0.1: the Web API (as `/api/<method>`), response_url
 * endpoints (`/response/…`), the OAuth token exchange and a Socket Mode WebSocket. It answers
 * the way Slack does and records every call so tests can assert on the Block Kit sent.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly socketMessages: Record<string, unknown>[] = [];
  private readonly server: Server;
  private readonly sockets = new WebSocketServer({ noServer: true });
  private readonly rateLimits = new Map<string, number[]>();
  private readonly failures = new Map<string, string[]>();
  private readonly delays = new Map<string, number>();
  /** Each user's profile time zone, as users.info reports it (UTC when not set). */
  readonly userZones = new Map<string, string>();
  private socket: WebSocket | null = null;
  private readonly responseWaiters = new Map<string, (at: number) => void>();
  private readonly responseArrivals = new Map<string, number>();
  // Message ts follow the real clock, so conversations.history's `oldest` means what it does on Slack.
  private ts = Math.floor(Date.now() / 1000);
  /** Messages posted per channel, newest first, for conversations.history. */
  private readonly history = new Map<string, { ts: string; metadata?: unknown }[]>();
  private readonly lostAnswers = new Set<string>();
  /** Every file whose upload was begun, by file id. */
  readonly uploads = new Map<string, UploadedFile>();
  port = 0;

  constructor(private readonly team = { id: 'T1', name: 'Test Team' }) {
    this.server = createServer((request, response) => {
      void this.handle(request).then(
        ({ status, body, headers, raw }) => {
          if (raw) {
            response.writeHead(status, { 'content-type': 'text/csv' });
            response.end(raw);
            return;
          }
          response.writeHead(status, { 'content-type': 'application/json', ...headers });
          response.end(JSON.stringify(body));
        },
        (error: unknown) => {
          response.writeHead(500);
          response.end(String(error));
        },
      );
    });
    this.server.on('upgrade', (request, socket, head) => {
      this.sockets.handleUpgrade(request, socket, head, (ws) => this.onSocket(ws));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What SLACK_API_URL should be set to. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  /** The next `times` calls of `method` get a 429 with this Retry-After. */
  rateLimitNext(method: string, retryAfterSeconds: number, times = 1): void {
    this.rateLimits.set(method, [...(this.rateLimits.get(method) ?? []), ...Array<number>(times).fill(retryAfterSeconds)]);
  }

  /** The next call of `method` answers `{ ok: false, error }`, as Slack does for a refused call. */
  /** Answers `method` only after `ms`, having taken the call at once: a sender killed meanwhile never hears back. */
  slowDown(method: string, ms: number): void {
    this.delays.set(method, ms);
  }

  /** The next call of `method` is carried out, but its answer is lost on the way back (a proxy's 502). */
  loseNextAnswer(method: string): void {
    this.lostAnswers.add(method);
  }

  failNext(method: string, error: string): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Waits until `count` calls of `method` have arrived (Slack answers arrive after the ack). */
  async waitFor(method: string, count = 1, timeoutMs = PATIENCE_MS): Promise<RecordedCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.callsTo(method).length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} call(s) to ${method}, got ${this.callsTo(method).length}: ${JSON.stringify(this.calls.map((c) => c.method))}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.callsTo(method);
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string>; raw?: Buffer }> {
    const url = new URL(request.url ?? '/', this.url);
    const body = await readBody(request);
    if (url.pathname.startsWith('/files-pri/')) return this.serveShared(url.pathname, request.headers.authorization);
    if (url.pathname.startsWith('/upload/')) return this.receiveUpload(url.pathname.slice('/upload/'.length), body, request.headers['content-type']);
    const args = parseArgs(body.toString('utf8'), request.headers['content-type']);
    const token = request.headers.authorization?.replace(/^Bearer /, '') ?? (typeof args.token === 'string' ? args.token : null);
    if (url.pathname.startsWith('/response/')) {
      const at = performance.now();
      this.calls.push({ method: 'response_url', args: { ...args, url: url.pathname }, token: null, at });
      this.responseArrivals.set(url.pathname, at);
      this.responseWaiters.get(url.pathname)?.(at);
      return { status: 200, body: { ok: true } };
    }
    const method = url.pathname.replace(/^\/api\//, '');
    this.calls.push({ method, args, token, at: performance.now() });
    const limited = this.rateLimits.get(method);
    if (limited?.length) {
      const retryAfter = limited.shift()!;
      return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': String(retryAfter) } };
    }
    const failure = this.failures.get(method)?.shift();
    if (failure) return { status: 200, body: { ok: false, error: failure } };
    const answer = this.answer(method, args);
    if (this.lostAnswers.delete(method)) return { status: 502, body: { error: 'bad gateway' } };
    const delay = this.delays.get(method);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    return { status: 200, body: answer };
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: this.team.name, user: 'jobscout', team_id: this.team.id, user_id: 'UBOT', bot_id: 'BBOT' };
      case 'chat.postMessage': {
        // A post to a user id lands in the app's DM with them, as on Slack.
        const channel = String(args.channel).startsWith('U') ? `D${String(args.channel)}` : String(args.channel);
        const ts = `${++this.ts}.000100`;
        const message = { type: 'message', ts, text: args.text, blocks: args.blocks, ...(args.metadata ? { metadata: args.metadata } : {}) };
        this.history.set(channel, [message, ...(this.history.get(channel) ?? [])]);
        return { ok: true, channel, ts, message: { text: args.text } };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case 'files.getUploadURLExternal': {
        if (!args.filename || !args.length) return { ok: false, error: 'invalid_arguments' };
        const id = `F${++this.ts}`;
        this.uploads.set(id, { id, filename: String(args.filename), length: Number(args.length), altText: typeof args.alt_text === 'string' ? args.alt_text : null, bytes: null, channel: null, title: null });
        return { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        // Slack refuses to complete a file whose bytes never arrived.
        const files = (args.files ?? []) as { id: string; title?: string }[];
        if (files.some((file) => !this.uploads.get(file.id)?.bytes)) return { ok: false, error: 'file_not_found' };
        for (const file of files) Object.assign(this.uploads.get(file.id)!, { channel: typeof args.channel_id === 'string' ? args.channel_id : null, title: file.title ?? null });
        if (typeof args.channel_id === 'string') {
          const ts = `${++this.ts}.000100`;
          this.history.set(args.channel_id, [{ ts }, ...(this.history.get(args.channel_id) ?? [])]);
        }
        return { ok: true, files: files.map((file) => ({ id: file.id, title: file.title })) };
      }
      case 'conversations.history': {
        // Newest first; metadata only when asked for, as Slack does.
        const oldest = Number(args.oldest ?? 0);
        const messages = (this.history.get(String(args.channel)) ?? [])
          .filter((message) => Number(message.ts) > oldest)
          .slice(0, Number(args.limit ?? 100))
          .map(({ metadata, ...message }) => (String(args.include_all_metadata) === 'true' && metadata ? { ...message, metadata } : message));
        return { ok: true, messages, has_more: false };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${++this.ts}`, ...(args.view as object) } };
      case 'users.info': {
        const id = String(args.user);
        const tz = this.userZones.get(id) ?? 'UTC';
        return { ok: true, user: { id, team_id: this.team.id, name: id.toLowerCase(), deleted: false, tz, tz_label: tz, tz_offset: 0, is_bot: false } };
      }
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'oauth.v2.access':
        return {
          ok: true,
          app_id: 'A1',
          authed_user: { id: 'UINSTALLER' },
          scope: 'commands,chat:write',
          token_type: 'bot',
          access_token: 'xoxb-installed-T2',
          bot_user_id: 'UBOT2',
          team: { id: 'T2', name: 'Second Team' },
          enterprise: null,
          is_enterprise_install: false,
        };
      default:
        return { ok: true };
    }
  }

  // Step two of an upload: the bytes, as a multipart form (field "body") the Web API client sends, or raw.
  private async receiveUpload(id: string, body: Buffer, contentType: string | undefined): Promise<{ status: number; body: unknown }> {
    const upload = this.uploads.get(id);
    if (!upload) return { status: 404, body: { ok: false } };
    let bytes = body;
    if (contentType?.startsWith('multipart/form-data')) {
      const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
      const part = form.get('body') ?? form.get('file');
      bytes = part instanceof Blob ? Buffer.from(await part.arrayBuffer()) : Buffer.from(String(part));
    }
    upload.bytes = bytes;
    this.calls.push({ method: 'upload', args: { id, length: bytes.length }, token: null, at: performance.now() });
    return { status: 200, body: { ok: true } };
  }

  private readonly shared = new Map<string, Buffer>();
  /** Tokens that fetched a shared file, in order (Slack wants the bot token as a Bearer header). */
  readonly fileFetches: (string | null)[] = [];

  /** A file a person shared in a DM, as a message event's `files` entry carries it; its bytes are served privately here. */
  shareFile(name: string, content: string, filetype = 'csv'): { id: string; name: string; filetype: string; size: number; url_private: string; url_private_download: string } {
    const id = `F${++this.ts}`;
    const bytes = Buffer.from(content, 'utf8');
    this.shared.set(id, bytes);
    const url = `${this.url}/files-pri/T1-${id}/download/${encodeURIComponent(name)}`;
    return { id, name, filetype, size: bytes.length, url_private: url, url_private_download: url };
  }

  private serveShared(pathname: string, authorization: string | undefined): { status: number; body: unknown; raw?: Buffer } {
    this.fileFetches.push(authorization?.replace(/^Bearer /, '') ?? null);
    const bytes = this.shared.get(/^\/files-pri\/T1-(F\d+)\//.exec(pathname)?.[1] ?? '');
    // Without the bot token Slack answers with a login page, not the file.
    if (!bytes || !authorization?.startsWith('Bearer xoxb-')) return { status: 404, body: { ok: false } };
    return { status: 200, body: null, raw: bytes };
  }

  /** The files completed into a conversation, in the order their uploads began. */
  sharedFiles(): UploadedFile[] {
    return [...this.uploads.values()].filter((upload) => upload.channel !== null);
  }

  private onSocket(ws: WebSocket): void {
    this.socket = ws;
    ws.on('message', (data) => this.socketMessages.push(JSON.parse(String(data)) as Record<string, unknown>));
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 18060 }, connection_info: { app_id: 'A1' } }));
  }

  /**
   * When a post to one response_url path arrived (performance.now()), without scanning every
   * recorded call: the benchmark waits on hundreds at once.
   */
  waitForResponse(pathname: string, timeoutMs = 30_000): Promise<number> {
    const known = this.responseArrivals.get(pathname);
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer at ${pathname}`)), timeoutMs);
      this.responseWaiters.set(pathname, (at) => {
        clearTimeout(timer);
        this.responseWaiters.delete(pathname);
        resolve(at);
      });
    });
  }

  /** Pushes a Socket Mode envelope and waits for the app's acknowledgement of it. */
  async sendEnvelope(envelope: Envelope, timeoutMs = PATIENCE_MS): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    while (!this.socket) {
      if (Date.now() > deadline) throw new Error('the app never opened a Socket Mode connection');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    this.socket.send(JSON.stringify(envelope));
    for (;;) {
      const ack = this.socketMessages.find((message) => message.envelope_id === envelope.envelope_id);
      if (ack) return ack;
      if (Date.now() > deadline) throw new Error(`no ack for envelope ${envelope.envelope_id}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async stop(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
