import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import Bottleneck from 'bottleneck';
import NodeCache from 'node-cache';
import type { Agent, Response } from 'undici';
import type { Config } from '../../config.js';
import { FetchRefused, type FetchedPage, type PageFetcher } from '../../domain/intake/pageFetcher.js';
import { hostKeys, isPublicAddress } from './addressPolicy.js';

type FetchSettings = Config['intake']['fetch'];

/**
 * The one way Jobscout reads a page or an API on the internet. It refuses anything but http(s),
 * and any host that resolves to a non-public address (checked for every redirect, and again at
 * connection time, so a DNS answer can't change between check and use); caps redirects, size
 * and time; names itself in the User-Agent; paces each host; and caches answers.
 */
export class SafeFetcher implements PageFetcher {
  private readonly allowed: Set<string>;
  // undici is loaded with the first request: most sessions never read a page, and it costs start-up time.
  private client: Promise<{ agent: Agent; fetch: typeof import('undici').fetch }> | null = null;
  private readonly perHost: Bottleneck.Group;
  private readonly cache: NodeCache;

  constructor(private readonly settings: FetchSettings) {
    this.allowed = new Set(settings.allowHosts);
    this.perHost = new Bottleneck.Group({ maxConcurrent: 1, minTime: settings.perHostIntervalMs });
    this.cache = new NodeCache({ stdTTL: settings.cacheTtlSeconds, checkperiod: 120, useClones: false });
  }

  private undici() {
    this.client ??= import('undici').then(({ Agent, fetch }) => ({
      agent: new Agent({ connect: { lookup: (hostname, options, callback) => this.checkedLookup(hostname, options, callback) } }),
      fetch,
    }));
    return this.client;
  }

  private isAllowListed(url: URL): boolean {
    return hostKeys(url).some((key) => this.allowed.has(key));
  }

  /** DNS lookup that refuses non-public answers unless the host is allow-listed. */
  private checkedLookup(hostname: string, options: object, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void): void {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const allowListed = this.allowed.has(hostname);
      const refused = (addresses as LookupAddress[]).find((entry) => !allowListed && !isPublicAddress(entry.address));
      if (refused) return callback(Object.assign(new Error(`${hostname} resolves to a non-public address`), { code: 'EJOBSCOUT_ADDRESS' }), []);
      const wantsAll = (options as { all?: boolean }).all;
      const [first] = addresses as LookupAddress[];
      if (wantsAll) return callback(null, addresses as LookupAddress[]);
      return callback(null, first!.address, first!.family);
    });
  }

  private checkUrl(url: URL): void {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused('scheme', 'Only http and https links can be read.');
    if (this.isAllowListed(url)) return;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // Addresses are checked here; names (localhost included) when they are resolved, at connection time.
    if (isIP(host) && !isPublicAddress(host)) throw new FetchRefused('address', `That link points to a private or local address (${host}); only public sites can be read.`);
  }

  /** GETs a page (or JSON), following up to the configured number of redirects. */
  async get(link: string, accept = 'text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.5'): Promise<FetchedPage> {
    const cached = this.cache.get<FetchedPage>(link);
    if (cached) return cached;
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      throw new FetchRefused('scheme', 'That is not a link Jobscout can read; it should start with https://.');
    }
    const deadline = AbortSignal.timeout(this.settings.timeoutMs);
    for (let redirects = 0; ; redirects++) {
      this.checkUrl(url);
      const current = url;
      const response = await this.perHost.key(current.host).schedule(() => this.request(current, accept, deadline));
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel();
        if (redirects >= this.settings.maxRedirects) throw new FetchRefused('redirects', `The link redirects more than ${this.settings.maxRedirects} times.`);
        url = new URL(response.headers.get('location')!, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchRefused('status', `The site answered ${response.status}${response.status === 404 ? ' (not found — the posting may be closed)' : ''}.`);
      }
      const page = { url: url.toString(), contentType: response.headers.get('content-type') ?? '', body: await this.readCapped(response, deadline) };
      if (this.settings.cacheTtlSeconds > 0) this.cache.set(link, page);
      return page;
    }
  }

  private async request(url: URL, accept: string, signal: AbortSignal): Promise<Response> {
    const { agent, fetch } = await this.undici();
    try {
      return await fetch(url, { dispatcher: agent, redirect: 'manual', signal, headers: { 'user-agent': this.settings.userAgent, accept } });
    } catch (error) {
      throw this.explain(error, url);
    }
  }

  private async readCapped(response: Response, signal: AbortSignal): Promise<string> {
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > this.settings.maxBytes) {
      await response.body?.cancel();
      throw this.tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        // Leaving the loop cancels the stream, so the rest is never downloaded.
        if (size > this.settings.maxBytes) break;
        chunks.push(chunk);
      }
    } catch (error) {
      if (signal.aborted) throw this.timedOut();
      throw error;
    }
    if (size > this.settings.maxBytes) throw this.tooLarge();
    return Buffer.concat(chunks).toString('utf8');
  }

  private tooLarge(): FetchRefused {
    return new FetchRefused('size', `The page is larger than ${Math.round(this.settings.maxBytes / 1024 / 1024)} MB.`);
  }

  private timedOut(): FetchRefused {
    return new FetchRefused('timeout', `The site took longer than ${this.settings.timeoutMs / 1000} s to answer.`);
  }

  private explain(error: unknown, url: URL): FetchRefused {
    const cause = (error as { cause?: { code?: string } }).cause;
    if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') return this.timedOut();
    if (cause?.code === 'EJOBSCOUT_ADDRESS') return new FetchRefused('address', `${url.hostname} points to a private or local address; only public sites can be read.`);
    if (cause?.code === 'ENOTFOUND') return new FetchRefused('network', `${url.hostname} could not be found.`);
    return new FetchRefused('network', `${url.hostname} could not be reached (${cause?.code ?? (error as Error).message}).`);
  }

  async close(): Promise<void> {
    this.cache.close();
    await Promise.all(this.perHost.limiters().map(({ limiter }) => limiter.disconnect()));
    if (this.client) await (await this.client).agent.close();
  }
}
