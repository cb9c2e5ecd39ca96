import type { App } from '@slack/bolt';
import { runCommand } from '../commands/dispatch.js';
import { ui } from '../ui.js';
import { slackContext } from './context.js';
import { afterAck, deliver, type Place } from './deliver.js';
import type { SlackDeps } from './deps.js';

// As on Discord: a file to import is text, and a megabyte holds thousands of applications.
const MAX_FILE_BYTES = 1_000_000;
const FETCH_TIMEOUT_MS = 10_000;

interface SharedFile {
  name?: string;
  filetype?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

const importable = (file: SharedFile) => /\.(csv|json|txt)$/i.test(file.name ?? '') || ['csv', 'json', 'text'].includes(file.filetype ?? '');

/**
 * A slash command carries no file in Slack, so a CSV (or a Jobscout JSON export) shared in the
 * app's DM is the attachment way in: it is previewed like `/job data import`, in the DM. The
 * file is read with the bot token (files:read); the event id makes a redelivery a no-op.
 */
export function registerFileImports(bolt: App, deps: SlackDeps): void {
  bolt.event('message', async ({ event, body, context }) => {
    const message = event as { channel?: string; channel_type?: string; subtype?: string; user?: string; files?: SharedFile[] };
    if (message.channel_type !== 'im' || message.subtype !== 'file_share' || !message.user || !message.files?.length) return;
    const teamId = (body as { team_id?: string }).team_id ?? '';
    const eventId = (body as { event_id?: string }).event_id ?? '';
    const place: Place = { target: { teamId, token: context.botToken ?? '' }, userId: message.user, channelId: message.channel };
    await afterAck(deps.api, deps.logger, place, { event: 'file_share' }, async () => {
      const ctx = await slackContext(deps, place.target, { teamId, userId: message.user! }, `event:${eventId}`);
      const file = message.files!.find(importable);
      const url = file?.url_private_download ?? file?.url_private;
      if (!file || !url) {
        await deliver(deps.api, ui.message([ui.section('Jobscout reads a CSV or a Jobscout JSON export shared here as an import. Share a .csv file (spreadsheets can save one), or paste it with /job data import.')], { ephemeral: false }), place);
        return;
      }
      if ((file.size ?? 0) > MAX_FILE_BYTES) {
        await deliver(deps.api, ui.message([ui.section(`${file.name} is ${((file.size ?? 0) / 1_000_000).toFixed(1)} MB; share a CSV of at most 1 MB, or split it in two.`)], { ephemeral: false }), place);
        return;
      }
      const response = await fetch(url, { headers: { authorization: `Bearer ${place.target.token}` }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`Slack answered ${response.status} for a shared file`);
      const reply = await runCommand(ctx, 'data import', { file: await response.text() });
      await deliver(deps.api, reply.kind === 'message' ? { ...reply, ephemeral: false } : reply, place);
    });
  });
}
