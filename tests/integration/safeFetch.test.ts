import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchRefused } from '../../src/domain/intake/pageFetcher.js';
import { isPublicAddress } from '../../src/integrations/http/addressPolicy.js';
import { SafeFetcher } from '../../src/integrations/http/safeFetch.js';
import { loadConfig } from '../../src/config.js';
import { FakeWeb } from '../fakes/webPages.js';

let web: FakeWeb;
beforeAll(async () => {
  web = await new FakeWeb().start();
});
afterAll(() => web.stop());

const settings = { ...loadConfig({}).intake.fetch, perHostIntervalMs: 0, cacheTtlSeconds: 0 };

async function refusal(fetcher: SafeFetcher, link: string): Promise<FetchRefused> {
  try {
    await fetcher.get(link);
  } catch (error) {
    if (error instanceof FetchRefused) return error;
    throw error;
  }
  throw new Error(`${link} was fetched, but should have been refused`);
}

describe('addresses', () => {
  it.each([
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['10.0.0.1', false],
    ['172.16.5.4', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.100.100.200', false],
    ['::1', false],
    ['fd00:ec2::254', false],
    ['::ffff:127.0.0.1', false],
    ['0.0.0.0', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('the safe fetcher', () => {
  const open = new SafeFetcher({ ...settings, allowHosts: ['127.0.0.1'] });
  const strict = new SafeFetcher({ ...settings, allowHosts: [] });
  afterAll(async () => {
    await open.close();
    await strict.close();
  });

  it('reads an allow-listed page and names itself in the User-Agent', async () => {
    const link = web.page('/hello', { body: '<h1>hi</h1>' });
    const page = await open.get(link);
    expect(page).toEqual({ url: link, contentType: 'text/html; charset=utf-8', body: '<h1>hi</h1>' });
    expect(web.requests.at(-1)!.userAgent).toBe(settings.userAgent);
  });

  it.each([
    ['127.0.0.1 without the allow-list', () => web.url('/hello'), 'address', 'That link points to a private or local address (127.0.0.1); only public sites can be read.'],
    ['a private network address', () => 'http://10.0.0.1/jobs/1', 'address', 'That link points to a private or local address (10.0.0.1); only public sites can be read.'],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/', 'address', 'That link points to a private or local address (169.254.169.254); only public sites can be read.'],
    ['a name that resolves to loopback', () => `http://localhost:${web.port}/hello`, 'address', 'localhost points to a private or local address; only public sites can be read.'],
    ['a scheme other than http(s)', () => 'file:///etc/passwd', 'scheme', 'Only http and https links can be read.'],
  ])('refuses %s', async (_case, link, code, message) => {
    const error = await refusal(strict, link());
    expect([error.code, error.message]).toEqual([code, message]);
  });

  it('refuses a redirect to a private address, even from an allowed host', async () => {
    const link = web.page('/jump', { redirect: 'http://10.1.2.3/admin' });
    const error = await refusal(open, link);
    expect(error.message).toBe('That link points to a private or local address (10.1.2.3); only public sites can be read.');
  });

  it('follows at most five redirects', async () => {
    for (let i = 0; i < 7; i++) web.page(`/r${i}`, { redirect: `/r${i + 1}` });
    web.page('/r7', { body: 'end' });
    expect((await refusal(open, web.url('/r0'))).message).toBe('The link redirects more than 5 times.');
    expect((await open.get(web.url('/r2'))).body).toBe('end');
  });

  it('refuses a body over 2 MB, whether announced or streamed', async () => {
    const huge = Buffer.alloc(3 * 1024 * 1024, 'a');
    web.page('/huge', { body: huge });
    expect((await refusal(open, web.url('/huge'))).message).toBe('The page is larger than 2 MB.');
    web.page('/huge-chunked', { body: huge, headers: { 'transfer-encoding': 'chunked' } });
    expect((await refusal(open, web.url('/huge-chunked'))).code).toBe('size');
  });

  it('gives up on a slow site at the time limit', async () => {
    const quick = new SafeFetcher({ ...settings, allowHosts: ['127.0.0.1'], timeoutMs: 300 });
    // The page would take 20 s; giving up at the limit means answering long before that, however busy the machine.
    web.page('/slow', { body: 'late', stallMs: 20_000 });
    const started = Date.now();
    expect((await refusal(quick, web.url('/slow'))).message).toBe('The site took longer than 0.3 s to answer.');
    expect(Date.now() - started).toBeLessThan(10_000);
    await quick.close();
  });

  it('says when a posting is gone', async () => {
    expect((await refusal(open, web.url('/no-such-job'))).message).toBe('The site answered 404 (not found — the posting may be closed).');
  });
});
