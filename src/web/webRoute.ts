import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A page Jobscout serves itself (a calendar feed, an OAuth redirect). `path` is written the way
 * Bolt's custom routes take it ("/calendar/:file"), so the same route can be served by Slack's
 * HTTP receiver or by Jobscout's own server.
 */
export interface WebRoute {
  method: 'GET';
  path: string;
  handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void>;
}

/** Whether `pathname` is the route's path, each ":name" standing for one segment. */
export function routeMatches(route: WebRoute, pathname: string): boolean {
  const pattern = route.path.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${pattern.join('/')}$`).test(pathname);
}

/** A short plain-text answer: the only kind these pages give besides their content. */
export function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  response.end(`${text}\n`);
}

/** The route as Bolt's HTTP receiver takes it, so Slack's port serves it too. */
export function asBoltRoute(route: WebRoute, onError: (error: unknown) => void): { path: string; method: string; handler: (request: IncomingMessage, response: ServerResponse) => void } {
  return {
    path: route.path,
    method: route.method,
    handler: (request, response) => {
      route.handle(request, response, new URL(request.url ?? '/', 'http://jobscout.invalid')).catch((error: unknown) => {
        onError(error);
        if (!response.headersSent) sendText(response, 500, 'Sorry, something went wrong.');
      });
    },
  };
}
