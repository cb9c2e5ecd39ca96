import { setTimeout as sleep } from 'node:timers/promises';
import { webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { FileAttachment } from '../ui.js';
import { SlackPacer } from './pacing.js';

/** Which workspace a call is for, and the bot token that speaks there. */
export interface SlackTarget {
  teamId: string;
  token: string;
}

// A post that keeps meeting 429s is given back to the scheduler after this many waits.
const MAX_RATE_LIMIT_WAITS = 5;

/**
 * Every outbound call to Slack: Web API methods go through the pacer and one shared client
 * (whose queue pauses for a 429's Retry-After and retries); response_url posts go straight out.
 */
export class SlackApi {
  private readonly pacer = new SlackPacer();
  /**
   * The client for calls Slack must not see twice. The shared client retries any failed request
   * (up to ten times over half an hour), and a post whose answer was lost — a reset connection,
   * a 502 from a proxy — may already be in the DM: retrying it blindly doubles the message.
   */
  private readonly once: webApi.WebClient;

  constructor(
    private readonly client: webApi.WebClient,
    logger: BoltLogger,
  ) {
    this.once = new webApi.WebClient(undefined, { slackApiUrl: client.slackApiUrl, logger, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
  }

  call(target: SlackTarget, method: string, args: Record<string, unknown>): Promise<webApi.WebAPICallResult> {
    return this.pacer.schedule(method, target.teamId, args.channel, () => this.client.apiCall(method, { ...args, token: target.token }));
  }

  /**
   * A call that is not repeated on an uncertain failure: the error goes back to the caller, whose
   * delivery claim asks the DM's history before trying again. Only a 429 — which says Slack did
   * not take the call — is waited out and tried again here.
   */
  async callOnce(target: SlackTarget, method: string, args: Record<string, unknown>): Promise<webApi.WebAPICallResult> {
    for (let waits = 0; ; waits++) {
      try {
        return await this.pacer.schedule(method, target.teamId, args.channel, () => this.once.apiCall(method, { ...args, token: target.token }));
      } catch (error) {
        const retryAfter = (error as { code?: string; retryAfter?: number }).code === webApi.ErrorCode.RateLimitedError ? (error as { retryAfter: number }).retryAfter : null;
        if (retryAfter === null || waits >= MAX_RATE_LIMIT_WAITS) throw error;
        await sleep(retryAfter * 1000);
      }
    }
  }

  /**
   * Shares files in the person's DM with the app, through files.uploadV2 (a URL for each file,
   * the bytes, then one completion that posts them): a person's charts and exports are theirs,
   * so they never go to the channel a command was typed in.
   */
  async shareInDm(target: SlackTarget, userId: string, files: readonly FileAttachment[]): Promise<void> {
    const opened = await this.call(target, 'conversations.open', { users: userId });
    const channel = (opened as unknown as { channel: { id: string } }).channel.id;
    // The client that never retries by itself: completing an upload posts it, and a blind retry
    // of a lost answer would post the files twice (see `once`).
    await this.pacer.schedule('files.uploadV2', target.teamId, channel, () =>
      this.once.filesUploadV2({
        token: target.token,
        channel_id: channel,
        // Slack takes alt text of up to 1,000 characters.
        file_uploads: files.map((file) => ({ file: file.data, filename: file.name, title: file.title, ...(file.altText ? { alt_text: file.altText.slice(0, 1000) } : {}) })),
      }),
    );
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
