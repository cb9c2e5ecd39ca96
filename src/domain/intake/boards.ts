import { and, asc, count, eq, inArray, isNotNull, isNull, notInArray, or, sql } from 'drizzle-orm';
import { findOrCreateJob, PUBLIC_SOURCE } from '../ats/applications.js';
import { UserError } from '../errors.js';
import type { Services } from '../services.js';
import { boards, boardWatches, type BoardRow } from '../../models/boards.js';
import type { Executor } from '../../models/database.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { BOARD_SOURCES, type BoardListing, type BoardSourceName } from './boardSource.js';
import { FetchRefused } from './pageFetcher.js';

export interface BoardRef {
  source: BoardSourceName;
  token: string;
}

/** "greenhouse:acme" → the system and the company's board token. */
export function parseBoardRef(text: string): BoardRef {
  const match = /^\s*([a-z]+)\s*:\s*([A-Za-z0-9][A-Za-z0-9._-]{0,99})\s*$/.exec(text);
  const source = match?.[1]?.toLowerCase();
  if (!match || !(BOARD_SOURCES as readonly string[]).includes(source!)) {
    throw new UserError('bad_board', `Name a board as system:company, e.g. greenhouse:acme — the system is one of ${BOARD_SOURCES.join(', ')}.`, 'board');
  }
  return { source: source as BoardSourceName, token: match[2]! };
}

/** The board's postings as its system lists them now; a board that doesn't exist says so. */
async function listBoard(services: Services, ref: BoardRef): Promise<BoardListing> {
  const source = services.boardSources.find((candidate) => candidate.source === ref.source)!;
  try {
    return await source.list(ref.token);
  } catch (error) {
    if (error instanceof FetchRefused && error.code === 'status') {
      throw new UserError('unknown_board', `There is no ${ref.source} board called ${ref.token}. Check the name in the board's link, e.g. boards.greenhouse.io/acme → greenhouse:acme.`, 'board');
    }
    if (error instanceof FetchRefused) throw new UserError(`fetch_${error.code}`, `Couldn't read that board: ${error.message}`, 'board');
    throw error;
  }
}

/**
 * Stores a board's current postings: new ones become jobs (analysed, deduplicated as always),
 * ones no longer listed are closed, and so are the rows people added by hand for the same
 * postings (the posting is gone wherever it was saved). Returns the jobs that are new to
 * Jobscout's public postings.
 */
export async function syncBoard(services: Services, board: BoardRow, listing: BoardListing): Promise<JobRow[]> {
  return services.db.transaction((tx) => storeListing(tx, services, board, listing));
}

async function storeListing(tx: Executor, services: Pick<Services, 'clock' | 'taxonomy'>, board: BoardRow, listing: BoardListing): Promise<JobRow[]> {
  const now = services.clock();
  const fresh: JobRow[] = [];
  const seen: string[] = [];
  for (const { posting, url } of listing.postings) {
    const { job, created } = await findOrCreateJob(tx, PUBLIC_SOURCE, { ...posting, url, boardId: board.id }, now, services.taxonomy);
    if (job.externalId) seen.push(job.externalId);
    if (created) fresh.push(job);
    // A posting listed again after it had gone is open again, and so are the copies closed with it.
    else if (job.closedAt) {
      await tx.update(jobs).set({ closedAt: null }).where(eq(jobs.id, job.id));
      await setHandAddedCopies(tx, [job], { closedAt: null });
    }
  }
  const open = and(eq(jobs.boardId, board.id), isNull(jobs.closedAt));
  const gone = await tx
    .update(jobs)
    .set({ closedAt: now })
    .where(seen.length ? and(open, notInArray(jobs.externalId, seen)) : open)
    .returning({ source: jobs.source, externalId: jobs.externalId, canonicalUrl: jobs.canonicalUrl });
  await setHandAddedCopies(tx, gone, { closedAt: now });
  await tx.update(boards).set({ polledAt: now, name: listing.name }).where(eq(boards.id, board.id));
  return fresh;
}

/**
 * Closes (or reopens) the rows added by hand in any community for postings that have just closed
 * (or been listed again) on their board: they are the same postings.
 */
async function setHandAddedCopies(tx: Executor, postings: { source: string; externalId: string | null; canonicalUrl: string | null }[], change: { closedAt: Date | null }): Promise<void> {
  const links = postings.flatMap((job) => (job.canonicalUrl ? [job.canonicalUrl] : []));
  const ids = postings.flatMap((job) => (job.externalId ? [sql`(${job.source}, ${job.externalId})`] : []));
  if (!links.length && !ids.length) return;
  await tx
    .update(jobs)
    .set(change)
    .where(
      and(
        isNotNull(jobs.community),
        change.closedAt ? isNull(jobs.closedAt) : isNotNull(jobs.closedAt),
        or(links.length ? inArray(jobs.canonicalUrl, links) : undefined, ids.length ? sql`(${jobs.source}, ${jobs.externalId}) in (${sql.join(ids, sql`, `)})` : undefined),
      ),
    );
}

/** Starts watching a board: it must exist; its current postings are stored and its count told. */
export async function watchBoard(services: Services, personId: number, ref: BoardRef, keywords: string | null): Promise<{ board: BoardRow; open: number }> {
  const listing = await listBoard(services, ref);
  // The board, its postings and the watch are stored together or not at all.
  return services.db.transaction(async (tx) => {
    const [inserted] = await tx.insert(boards).values({ ...ref, name: listing.name }).onConflictDoNothing().returning();
    const board = inserted ?? (await tx.select().from(boards).where(and(eq(boards.source, ref.source), eq(boards.token, ref.token))))[0]!;
    await storeListing(tx, services, board, listing);
    const watch = { personId, boardId: board.id, keywords, createdAt: services.clock() };
    await tx.insert(boardWatches).values(watch).onConflictDoUpdate({ target: [boardWatches.personId, boardWatches.boardId], set: { keywords } });
    return { board, open: listing.postings.length };
  });
}

/** Stops watching; false when the person wasn't watching it. */
export async function unwatchBoard(services: Services, personId: number, ref: BoardRef): Promise<boolean> {
  const [board] = await services.db.select().from(boards).where(and(eq(boards.source, ref.source), eq(boards.token, ref.token)));
  if (!board) return false;
  const removed = await services.db.delete(boardWatches).where(and(eq(boardWatches.personId, personId), eq(boardWatches.boardId, board.id))).returning();
  return removed.length > 0;
}

/** The boards a person watches, each with its open postings. */
export async function watchedBoards(services: Services, personId: number) {
  const watched = await services.db
    .select({ board: boards, keywords: boardWatches.keywords })
    .from(boardWatches)
    .innerJoin(boards, eq(boards.id, boardWatches.boardId))
    .where(eq(boardWatches.personId, personId))
    .orderBy(asc(boards.name));
  if (!watched.length) return [];
  const open = await services.db
    .select({ boardId: jobs.boardId, n: count() })
    .from(jobs)
    .where(and(inArray(jobs.boardId, watched.map((row) => row.board.id)), isNull(jobs.closedAt)))
    .groupBy(jobs.boardId);
  return watched.map((row) => ({ ...row, open: open.find((entry) => entry.boardId === row.board.id)?.n ?? 0 }));
}

/** Whether a posting's title has every word of a watch's filter ("engineer backend"). */
export function passesFilter(title: string, keywords: string | null): boolean {
  if (!keywords) return true;
  const lower = title.toLowerCase();
  return keywords
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => lower.includes(word));
}
