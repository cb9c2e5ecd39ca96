import { sql } from 'drizzle-orm';
import type { Database } from '../../src/models/database.js';

const TABLES = ['people', 'jobs', 'applications', 'application_events', 'interviews', 'offers', 'negotiation_rounds', 'notes', 'deliveries', 'slack_installations', 'discord_dm_channels', 'job_analyses', 'profiles', 'boards', 'board_watches', 'preferences', 'job_signals', 'tastes', 'recommendations', 'followups', 'agenda_jobs'];

/**
 * Every row of every table, to prove that a refused request changed nothing. handled_requests is
 * left out: it records that a delivery was answered, refusals included, so that a redelivery
 * gets the same answer; it holds no one's data.
 */
export async function snapshotTables(db: Database): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  // Agenda creates its table when the scheduler is first needed; before that there is nothing in it.
  const existing = new Set((await db.execute<{ name: string }>(sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`)).rows.map((row) => row.name));
  for (const table of TABLES) {
    const rows = existing.has(table) ? await db.execute(sql.raw(`SELECT * FROM ${table} ORDER BY 1`)) : { rows: [] };
    result[table] = rows.rows;
  }
  return result;
}
