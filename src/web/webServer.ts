import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { StartupError } from '../startupError.js';
import { routeMatches, sendText, type WebRoute } from './webRoute.js';

export interface WebServer {
  port: number;
  stop(): Promise<void>;
}

/** Jobscout's own HTTP server for its pages, when Slack's receiver isn't there to serve them. */
export async function startWebServer(routes: readonly WebRoute[], port: number, logger: Logger): Promise<WebServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://jobscout.invalid');
    const route = routes.find((candidate) => candidate.method === request.method && routeMatches(candidate, url.pathname));
    if (!route) return sendText(response, 404, 'Not found.');
    route.handle(request, response, url).catch((error: unknown) => {
      logger.error({ err: error, path: route.path }, 'web page failed');
      if (!response.headersSent) sendText(response, 500, 'Sorry, something went wrong.');
    });
  });
  await listen(server, port);
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new StartupError(`JOBSCOUT_HTTP_PORT ${port} is already in use by another program. Stop that program, or set JOBSCOUT_HTTP_PORT to a free port.`));
      else if (error.code === 'EACCES') reject(new StartupError(`JOBSCOUT_HTTP_PORT ${port} needs privileges this user lacks (ports below 1024 do). Set it to 1024 or above, e.g. 8080.`));
      else reject(error);
    });
    server.listen(port, () => resolve());
  });
}
