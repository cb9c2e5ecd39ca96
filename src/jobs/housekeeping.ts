import type { Agenda } from 'agenda';
import { lt, sql } from 'drizzle-orm';
import type { Clock } from '../domain/services.js';
import type { Database } from '../models/database.js';
import { handledRequests } from '../models/handledRequests.js';
import { pendingImports } from '../models/pendingImports.js';
import { refusedForms } from '../models/refusedForms.js';
import { REFUSED_FORM_TTL_MS } from '../bots/discord/refusedForms.js';

export const HOUSEKEEPING_JOB = 'housekeeping';

// Platforms retry within minutes; two days is far past any redelivery.
const HANDLED_REQUEST_TTL_MS = 2 * 24 * 60 * 60_000;

/** Forgets handled platform deliveries too old to be retried; returns how many went. */
export async function purgeHandledRequests(db: Database, now: Date): Promise<number> {
  const removed = await db
    .delete(handledRequests)
    .where(lt(handledRequests.createdAt, new Date(now.getTime() - HANDLED_REQUEST_TTL_MS)))
    .returning({ key: handledRequests.key });
  return removed.length;
}

/** Forgets the answers of refused Discord forms that "Fix it" can no longer reopen; returns how many went. */
export async function purgeRefusedForms(db: Database, now: Date): Promise<number> {
  const removed = await db
    .delete(refusedForms)
    .where(lt(refusedForms.createdAt, new Date(now.getTime() - REFUSED_FORM_TTL_MS)))
    .returning({ key: refusedForms.key });
  return removed.length;
}

/**
 * Refreshes the planner's statistics of the tables that changed enough since their last analysis,
 * by autovacuum's own rule (50 rows plus a tenth of the table; any change to one never analysed).
 * A server's autovacuum does this by itself; PGlite is a standalone backend with no autovacuum,
 * so without it the embedded database plans every query as if its tables were empty, however
 * many jobs feeds and boards have brought in (seen: reading one person's recommendations scanned
 * every job). Returns the tables analysed.
 */
export async function refreshStatistics(db: Database): Promise<string[]> {
  // A backend reports its change counts lazily; this one must see its own latest writes.
  await db.execute(sql`select pg_stat_force_next_flush()`);
  const stale = await db.execute<{ name: string }>(sql`
    select quote_ident(s.schemaname) || '.' || quote_ident(s.relname) as name
    from pg_stat_user_tables s join pg_class c on c.oid = s.relid
    where s.n_mod_since_analyze > 0 and (c.reltuples < 0 or s.n_mod_since_analyze > 50 + 0.1 * c.reltuples)`);
  const names = stale.rows.map((row) => row.name);
  // Names come from the catalog, quoted by quote_ident.
  for (const name of names) await db.execute(sql.raw(`ANALYZE ${name}`));
  return names;
}

// A preview is answered within minutes; a day later, its Import button has long been forgotten
// (pressing it then says to run the import again, which finds what is already tracked).
const PENDING_IMPORT_TTL_MS = 24 * 60 * 60_000;

/** Forgets import previews, confirmed or not, older than a day; returns how many went. */
export async function purgePendingImports(db: Database, now: Date): Promise<number> {
  const removed = await db
    .delete(pendingImports)
    .where(lt(pendingImports.createdAt, new Date(now.getTime() - PENDING_IMPORT_TTL_MS)))
    .returning({ id: pendingImports.id });
  return removed.length;
}

export function defineHousekeeping(agenda: Agenda, db: Database, clock: Clock, embedded: boolean): void {
  agenda.define(HOUSEKEEPING_JOB, async () => {
    await purgeHandledRequests(db, clock());
    await purgeRefusedForms(db, clock());
    await purgePendingImports(db, clock());
    if (embedded) await refreshStatistics(db);
  });
}

/** One recurring job however many processes start: Agenda keeps `every` jobs single. */
export async function scheduleHousekeeping(agenda: Agenda): Promise<void> {
  await agenda.every('6 hours', HOUSEKEEPING_JOB);
}
