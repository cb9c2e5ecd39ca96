import type { webApi } from '@slack/bolt';
import { SlackPacer } from './pacing.js';

/** Which workspace a call is for, and the bot token that speaks there. */
export interface SlackTarget {
  teamId: string;
  token: string;
}

/**
 * Every outbound call to Slack: Web API methods go through the pacer and one shared client
 * (whose queue pauses for a 429's Retry-After and retries); response_url posts go straight out.
 */
export class SlackApi {
  private readonly pacer = new SlackPacer();

  constructor(private readonly client: webApi.WebClient) {}

  call(target: SlackTarget, method: string, args: Record<string, unknown>): Promise<webApi.WebAPICallResult> {
    return this.pacer.schedule(method, target.teamId, args.channel, () => this.client.apiCall(method, { ...args, token: target.token }));
  }

  /** Answers through a response_url (valid 30 minutes, 5 times), which works in any channel. */
  async respond(responseUrl: string, body: Record<string, unknown>): Promise<void> {
    const response = await fetch(responseUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`response_url answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }

  stop(): Promise<void> {
    return this.pacer.stop();
  }
}
