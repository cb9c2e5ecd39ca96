import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How one path answers. */
export interface PageRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the headers, then nothing more for this long before the body (a slow site). */
  stallMs?: number;
  /** Answer with a redirect to this location. */
  redirect?: string;
}

/**
 * A loopback web server for intake tests: job pages, ATS API answers, redirects, huge and
 * slow bodies. Records every path requested with its User-Agent.
 */
export class FakeWeb {
  readonly routes = new Map<string, PageRoute>();
  readonly requests: { path: string; userAgent: string | undefined; method: string }[] = [];
  private readonly server: Server;
  private readonly open = new Set<ServerResponse>();
  port = 0;

  constructor() {
    this.server = createServer((request, response) => {
      const path = request.url ?? '/';
      this.requests.push({ path, userAgent: request.headers['user-agent'], method: request.method ?? 'GET' });
      const route = this.routes.get(path) ?? this.routes.get(path.split('?')[0]!);
      if (!route) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
        return;
      }
      if (route.redirect) {
        response.writeHead(route.status ?? 302, { location: route.redirect });
        response.end();
        return;
      }
      response.writeHead(route.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...route.headers });
      if (route.stallMs) {
        this.open.add(response);
        response.write(' ');
        setTimeout(() => {
          this.open.delete(response);
          response.end(route.body ?? '');
        }, route.stallMs).unref();
        return;
      }
      response.end(route.body ?? '');
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  page(path: string, route: PageRoute): string {
    this.routes.set(path, route);
    return this.url(path);
  }

  async stop(): Promise<void> {
    for (const response of this.open) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
