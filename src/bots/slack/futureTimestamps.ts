import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from 'pino';

// Bolt refuses a signed request older than five minutes, but not one dated ahead: a request
// signed with a future timestamp could be replayed for as long as that lies ahead. The same
// window the other way closes that.
const MAX_AHEAD_SECONDS = 5 * 60;

/**
 * Refuses requests whose signed timestamp is more than five minutes in the future, before Bolt
 * reads them. Measured on the real clock, as Bolt measures the past.
 */
export function refuseFutureTimestamps(receiver: HTTPReceiver, logger: Logger): void {
  const listen = receiver.requestListener;
  receiver.requestListener = (request, response) => {
    const header = request.headers['x-slack-request-timestamp'];
    const timestamp = Number(Array.isArray(header) ? header[0] : header);
    if (header !== undefined && Number.isFinite(timestamp) && timestamp - Date.now() / 1000 > MAX_AHEAD_SECONDS) {
      logger.warn({ timestamp }, 'slack request refused: signed with a timestamp in the future');
      response.writeHead(401).end();
      request.resume();
      return;
    }
    listen(request, response);
  };
}
