import { sql } from 'drizzle-orm';
import type { Database } from '../../src/models/database.js';

const TABLES = ['people', 'jobs', 'applications', 'application_events', 'interviews', 'offers', 'negotiation_rounds', 'notes', 'deliveries', 'slack_installations', 'discord_dm_channels', 'job_analyses', 'profiles', 'boards', 'board_watches', 'preferences', 'job_signals', 'tastes', 'recommendations', 'followups', 'calendar_feeds', 'google_connections', 'google_events', 'oauth_states', 'contacts', 'person_templates', 'email_accounts', 'emails', 'agenda_jobs'];

// Agenda creates its table when the scheduler is first needed; before that there is nothing in it.
async function existingTables(db: Database): Promise<Set<string>> {
  return new Set((await db.execute<{ name: string }>(sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`)).rows.map((row) => row.name));
}

/**
 * Every row of every table, to prove that a refused request changed nothing. handled_requests is
 * left out: it records that a delivery was answered, refusals included, so that a redelivery
 * gets the same answer; it holds no one's data.
 */
export async function snapshotTables(db: Database): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  const existing = await existingTables(db);
  for (const table of TABLES) {
    const rows = existing.has(table) ? await db.execute(sql.raw(`SELECT * FROM ${table} ORDER BY 1`)) : { rows: [] };
    result[table] = rows.rows;
  }
  return result;
}

/**
 * One digest of every row of the same tables, in a single round trip: cheap enough to compare
 * after each of thousands of generated requests.
 */
export async function fingerprintTables(db: Database): Promise<string> {
  const existing = await existingTables(db);
  const parts = TABLES.filter((table) => existing.has(table)).map((table) => `(SELECT '${table}:' || count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM ${table} t)`);
  const [row] = (await db.execute<{ digest: string }>(sql.raw(`SELECT concat_ws(' ', ${parts.join(', ')}) AS digest`))).rows;
  return row!.digest;
}
