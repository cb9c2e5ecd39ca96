import type { Agenda } from 'agenda';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { syncBoard, passesFilter } from '../domain/intake/boards.js';
import type { Services } from '../domain/services.js';
import { boards, boardWatches, type BoardRow } from '../models/boards.js';
import { deliveries } from '../models/deliveries.js';
import { jobs } from '../models/jobs.js';
import { people } from '../models/people.js';
import type { Notifier } from '../bots/notifier.js';
import { boardPostingReply } from '../bots/views/boardPosting.js';
import { sendOnce } from './sendOnce.js';

export const POLL_BOARDS_JOB = 'poll-boards';

export interface PollResult {
  boards: number;
  newPostings: number;
  sent: number;
}

const deliveryKey = (jobId: number, personId: number) => `board-posting:${jobId}:${personId}`;

/**
 * Tells each watcher about the board's postings that appeared after they started watching and
 * that they haven't been told about yet, at most `maxNoticesPerPoll` per poll; every message
 * is claimed under its delivery key first, so no one hears about a posting twice.
 */
async function notifyWatchers(services: Services, notifier: Notifier, board: BoardRow): Promise<number> {
  const watchers = await services.db
    .select({ person: people, keywords: boardWatches.keywords, since: boardWatches.createdAt })
    .from(boardWatches)
    .innerJoin(people, eq(people.id, boardWatches.personId))
    .where(eq(boardWatches.boardId, board.id));
  let sent = 0;
  for (const { person, keywords, since } of watchers) {
    if (!notifier.canReach(person)) continue;
    const pending = await services.db
      .select()
      .from(jobs)
      .where(
        and(
          eq(jobs.boardId, board.id),
          isNull(jobs.closedAt),
          gt(jobs.createdAt, since),
          sql`not exists (select 1 from ${deliveries} where ${deliveries.key} = 'board-posting:' || ${jobs.id} || ':' || ${person.id} and ${deliveries.status} = 'sent')`,
        ),
      )
      .orderBy(asc(jobs.id));
    let told = 0;
    for (const job of pending) {
      if (told >= services.config.intake.boards.maxNoticesPerPoll) break;
      if (!passesFilter(job.title, keywords)) continue;
      const delivery = { key: deliveryKey(job.id, person.id), person, kind: 'board-posting', payload: { jobId: job.id } };
      const outcome = await sendOnce({ ...services, notifier }, delivery, boardPostingReply(board, job));
      // Someone who can't be reached now hears about the rest in a later round.
      if (outcome === 'unreachable') break;
      // Sent already, or another worker is on it (a later round takes over a dead one's claim).
      if (outcome === 'duplicate' || outcome === 'pending') continue;
      told++;
      sent++;
    }
  }
  return sent;
}

/** One round: every watched board is listed, stored, and its new postings told to its watchers. */
export async function pollBoards(services: Services, notifier: Notifier): Promise<PollResult> {
  const watched = await services.db.selectDistinct({ board: boards }).from(boards).innerJoin(boardWatches, eq(boardWatches.boardId, boards.id));
  const result: PollResult = { boards: 0, newPostings: 0, sent: 0 };
  for (const { board } of watched) {
    const source = services.boardSources.find((candidate) => candidate.source === board.source);
    if (!source) continue;
    try {
      const fresh = await syncBoard(services, board, await source.list(board.token));
      result.boards++;
      result.newPostings += fresh.length;
    } catch (error) {
      // One board being down must not stop the others; it is tried again next round.
      services.logger.warn({ err: error, board: `${board.source}:${board.token}` }, 'could not poll a watched board');
      continue;
    }
    result.sent += await notifyWatchers(services, notifier, board);
  }
  services.logger.info(result, 'watched boards polled');
  return result;
}

export function defineBoardPolling(agenda: Agenda, services: Services, notifier: Notifier): void {
  agenda.define(POLL_BOARDS_JOB, async () => {
    await pollBoards(services, notifier);
  });
}

/** One recurring poll however many processes start: Agenda keeps `every` jobs single. */
export async function scheduleBoardPolling(agenda: Agenda, hours: number): Promise<void> {
  await agenda.every(`${Math.round(hours * 60)} minutes`, POLL_BOARDS_JOB);
}
