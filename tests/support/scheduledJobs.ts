import { sql } from 'drizzle-orm';
import type { App } from '../../src/app.js';

/** The jobs named `name` still in Agenda's table (one-off jobs leave it once done), next first. */
export async function scheduledJobs<Data = Record<string, unknown>>(app: Pick<App, 'services'>, name: string): Promise<(Data & { runAt: string })[]> {
  const result = await app.services.db.execute(sql`SELECT data, next_run_at FROM agenda_jobs WHERE name = ${name} ORDER BY next_run_at`);
  return result.rows.map((row) => ({ ...(row.data as Data), runAt: new Date(row.next_run_at as string).toISOString() }));
}
