import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Google Calendar event as the fake keeps it (the request body, with its status). */
export type FakeEvent = Record<string, any> & { id: string; status: string };

interface Grant {
  refreshToken: string;
  accessTokens: Set<string>;
  revoked: boolean;
  scopes: string[];
}

const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar.events';
const GMAIL_SCOPES = ['https://www.googleapis.com/auth/gmail.send', 'openid', 'email'];

/**
 * Google's OAuth 2.0 token and revoke endpoints and the Calendar API's events on 127.0.0.1, in
 * their wire format: form-encoded token requests answered with JSON tokens (invalid_grant once
 * revoked), Bearer-checked event calls, 409 for an event id that exists, 404 for a missing one,
 * 410 for one deleted twice. Deleted events are kept with status "cancelled", as Google does.
 */
export class FakeGoogle {
  /** Every request, with when it came and whose grant it used (Calendar calls). */
  readonly requests: { method: string; path: string; body: any; at: number; grant?: string }[] = [];
  readonly events = new Map<string, FakeEvent>();
  /** Messages sent through the Gmail API, as the raw MIME text. */
  readonly gmailSent: string[] = [];
  /** The Google account's address, given in the id_token to an `email` scope. */
  email = 'anna.lindqvist@gmail.example';
  private readonly codes = new Map<string, { redirect: string; scopes: string[] }>();
  private readonly grants: Grant[] = [];
  private loseNextInsertAnswer = false;
  /** How long access tokens last; a short one makes the client refresh before each call. */
  accessTokenSeconds = 3599;
  private readonly server: Server;
  private counter = 0;
  port = 0;

  constructor(
    readonly clientId = 'test-client.apps.googleusercontent.com',
    readonly clientSecret = 'test-secret',
  ) {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.writeHead(500);
        response.end(String(error));
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The settings that point Jobscout here. */
  env(): Record<string, string> {
    return {
      GOOGLE_CLIENT_ID: this.clientId,
      GOOGLE_CLIENT_SECRET: this.clientSecret,
      GOOGLE_AUTH_URL: `${this.url}/o/oauth2/v2/auth`,
      GOOGLE_TOKEN_URL: `${this.url}/token`,
      GOOGLE_REVOKE_URL: `${this.url}/revoke`,
      GOOGLE_API_URL: `${this.url}/`,
    };
  }

  /**
   * The person agrees on the consent screen: checks the link is a proper web-server request
   * for offline access to calendar events, and gives the address Google would send them back to.
   */
  consent(link: string, purpose: 'calendar' | 'gmail' = 'calendar'): string {
    const url = new URL(link);
    const query = Object.fromEntries(url.searchParams);
    if (`${url.origin}${url.pathname}` !== `${this.url}/o/oauth2/v2/auth`) throw new Error(`not the auth endpoint: ${link}`);
    const asked = purpose === 'gmail' ? GMAIL_SCOPES : [CALENDAR_SCOPE];
    const expected = { client_id: this.clientId, response_type: 'code', access_type: 'offline', prompt: 'consent', scope: asked.join(' '), include_granted_scopes: 'true' };
    for (const [key, value] of Object.entries(expected)) if (query[key] !== value) throw new Error(`${key} is ${query[key]}, expected ${value}`);
    if (!query.state || !query.redirect_uri) throw new Error('state and redirect_uri are required');
    // Incremental consent: what this client was granted before comes along.
    const before = this.grants.filter((grant) => !grant.revoked).flatMap((grant) => grant.scopes);
    const code = `code-${++this.counter}`;
    this.codes.set(code, { redirect: query.redirect_uri, scopes: [...new Set([...before, ...asked])] });
    return `${query.redirect_uri}?state=${encodeURIComponent(query.state)}&code=${code}&scope=${encodeURIComponent(expected.scope)}`;
  }

  /** The person removes the app in their Google account: every grant stops working. */
  revokeAll(): void {
    for (const grant of this.grants) grant.revoked = true;
  }

  /** The next insert is stored, but its answer never arrives (the connection drops). */
  dropNextInsertAnswer(): void {
    this.loseNextInsertAnswer = true;
  }

  /** Events not deleted. */
  live(): FakeEvent[] {
    return [...this.events.values()].filter((event) => event.status !== 'cancelled');
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.url);
    const form = (request.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded');
    const body = raw ? (form ? Object.fromEntries(new URLSearchParams(raw)) : JSON.parse(raw)) : {};
    const request_ = { method: request.method!, path: url.pathname, body, at: performance.now() } as FakeGoogle['requests'][number];
    this.requests.push(request_);
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(value));
    };
    if (request.method === 'POST' && url.pathname === '/token') return this.token(body, json);
    if (request.method === 'POST' && url.pathname === '/revoke') {
      const token = String(url.searchParams.get('token') ?? body.token ?? '');
      const grant = this.grants.find((candidate) => candidate.refreshToken === token || candidate.accessTokens.has(token));
      if (!grant) return json(400, { error: 'invalid_token', error_description: 'Token expired or revoked' });
      grant.revoked = true;
      return json(200, {});
    }
    const events = /^\/calendar\/v3\/calendars\/primary\/events(?:\/([^/]+))?$/.exec(url.pathname);
    const gmail = request.method === 'POST' && url.pathname === '/gmail/v1/users/me/messages/send';
    if (!events && !gmail) return json(404, { error: { code: 404, message: 'Not Found' } });
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const grant = this.grants.find((candidate) => bearer && candidate.accessTokens.has(bearer));
    request_.grant = grant?.refreshToken;
    if (!grant || grant.revoked) return json(401, { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } });
    const needed = gmail ? GMAIL_SCOPES[0]! : CALENDAR_SCOPE;
    if (!grant.scopes.includes(needed)) return json(403, { error: { code: 403, message: 'Request had insufficient authentication scopes.', status: 'PERMISSION_DENIED' } });
    if (gmail) {
      this.gmailSent.push(Buffer.from(String(body.raw ?? ''), 'base64url').toString('utf8'));
      return json(200, { id: `msg-${this.gmailSent.length}`, threadId: `thread-${this.gmailSent.length}`, labelIds: ['SENT'] });
    }
    if (!events) return;
    const id = events[1] ? decodeURIComponent(events[1]) : undefined;
    if (request.method === 'POST' && !id) {
      if (this.events.has(body.id)) return json(409, { error: { code: 409, message: 'The requested identifier already exists.', errors: [{ domain: 'global', reason: 'duplicate' }] } });
      const event = { ...body, status: body.status ?? 'confirmed' };
      this.events.set(body.id, event);
      if (this.loseNextInsertAnswer) {
        this.loseNextInsertAnswer = false;
        request.socket.destroy();
        return;
      }
      return json(200, { kind: 'calendar#event', ...event });
    }
    const existing = id ? this.events.get(id) : undefined;
    if (request.method === 'PUT' && id) {
      if (!existing) return json(404, { error: { code: 404, message: 'Not Found' } });
      const event = { ...body, id, status: body.status ?? 'confirmed' };
      this.events.set(id, event);
      return json(200, { kind: 'calendar#event', ...event });
    }
    if (request.method === 'DELETE' && id) {
      if (!existing) return json(404, { error: { code: 404, message: 'Not Found' } });
      if (existing.status === 'cancelled') return json(410, { error: { code: 410, message: 'Resource has been deleted' } });
      existing.status = 'cancelled';
      response.writeHead(204);
      response.end();
      return;
    }
    json(405, { error: { code: 405, message: 'Method not allowed' } });
  }

  private token(body: Record<string, string | undefined>, json: (status: number, value: unknown) => void): void {
    if (body.client_id !== this.clientId || body.client_secret !== this.clientSecret) return json(401, { error: 'invalid_client', error_description: 'Unauthorized' });
    if (body.grant_type === 'authorization_code') {
      const issued = this.codes.get(body.code ?? '');
      this.codes.delete(body.code ?? '');
      if (!issued || issued.redirect !== body.redirect_uri) return json(400, { error: 'invalid_grant', error_description: 'Bad Request' });
      const grant: Grant = { refreshToken: `rt-${++this.counter}`, accessTokens: new Set(), revoked: false, scopes: issued.scopes };
      this.grants.push(grant);
      return json(200, this.issue(grant, true));
    }
    if (body.grant_type === 'refresh_token') {
      const grant = this.grants.find((candidate) => candidate.refreshToken === body.refresh_token);
      if (!grant || grant.revoked) return json(400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
      return json(200, this.issue(grant, false));
    }
    json(400, { error: 'unsupported_grant_type' });
  }

  private issue(grant: Grant, withRefresh: boolean) {
    const accessToken = `at-${++this.counter}`;
    grant.accessTokens.add(accessToken);
    // An unsigned stand-in for the id_token: Jobscout reads its claims, as it may for a token it fetched itself.
    const idToken = grant.scopes.includes('email') ? [{ alg: 'RS256', typ: 'JWT' }, { iss: this.url, aud: this.clientId, sub: '1234567890', email: this.email, email_verified: true }].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + '.sig' : undefined;
    return { access_token: accessToken, expires_in: this.accessTokenSeconds, token_type: 'Bearer', scope: grant.scopes.join(' '), ...(idToken ? { id_token: idToken } : {}), ...(withRefresh ? { refresh_token: grant.refreshToken } : {}) };
  }
}
