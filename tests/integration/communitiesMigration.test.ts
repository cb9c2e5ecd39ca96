import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/models/database.js';
import { EMBEDDED_SETTINGS } from '../../src/models/embeddedServer.js';

// The migration that brought communities rewrites existing data, so it is run here on a
// database holding what earlier versions stored.
const COMMUNITIES_MIGRATION = '0011_communities.sql';

async function apply(db: PGlite, file: string): Promise<void> {
  for (const statement of readFileSync(path.join(MIGRATIONS_FOLDER, file), 'utf8').split('--> statement-breakpoint')) {
    if (statement.trim()) await db.exec(statement);
  }
}

let db: PGlite;
beforeAll(async () => {
  db = new PGlite({ startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS] });
  const files = readdirSync(MIGRATIONS_FOLDER).filter((file) => file.endsWith('.sql')).sort();
  for (const file of files.slice(0, files.indexOf(COMMUNITIES_MIGRATION))) await apply(db, file);
  await db.exec(`
    INSERT INTO people (id, platform, workspace, platform_user_id) VALUES
      (1, 'slack', 'T1', 'U1'), (2, 'slack', 'T2', 'U1'), (3, 'discord', 'discord', '300000000000000001'), (4, 'console', 'local', 'gus');
    INSERT INTO boards (id, source, token, name) VALUES (1, 'greenhouse', 'acme', 'Acme');
    INSERT INTO jobs (id, title, company, source, created_by, board_id, canonical_url) VALUES
      (1, 'Typed in T1', 'Initech', 'manual', 1, NULL, 'https://initech.example/jobs/1'),
      (2, 'Typed on Discord', 'Hooli', 'manual', 3, NULL, NULL),
      (3, 'From a board', 'Acme', 'greenhouse', NULL, 1, 'https://boards.greenhouse.io/acme/jobs/1'),
      (4, 'From a feed', 'Remote Co', 'remotive', NULL, NULL, 'https://remotive.com/jobs/1'),
      (5, 'Typed in the console', 'Globex', 'pasted', 4, NULL, NULL),
      (6, 'Saved from a board by a person', 'Acme', 'greenhouse', 2, 1, 'https://boards.greenhouse.io/acme/jobs/2');
    INSERT INTO recommendations (person_id, job_id, score, content, collaborative, confidence, reasons, created_at, expires_at) VALUES
      (2, 1, 0.9, 0.9, 0, 0, '[]', now(), now() + interval '14 days'),
      (2, 3, 0.8, 0.8, 0, 0, '[]', now(), now() + interval '14 days'),
      (1, 1, 0.7, 0.7, 0, 0, '[]', now(), now() + interval '14 days'),
      (1, 2, 0.6, 0.6, 0, 0, '[]', now(), now() + interval '14 days');
  `);
  await apply(db, COMMUNITIES_MIGRATION);
});
afterAll(() => db.close());

describe('the communities migration on existing data', () => {
  it('puts each hand-added posting in the community of whoever added it, and keeps board and feed postings public', async () => {
    const rows = await db.query<{ id: number; community: string | null }>('SELECT id, community FROM jobs ORDER BY id');
    expect(rows.rows).toEqual([
      { id: 1, community: 'slack:T1' },
      { id: 2, community: 'person:3' },
      { id: 3, community: null },
      { id: 4, community: null },
      { id: 5, community: 'console:local' },
      { id: 6, community: null },
    ]);
  });

  it('makes each Slack and console person a member of their workspace or install', async () => {
    const rows = await db.query<{ person_id: number; community: string }>('SELECT person_id, community FROM community_members ORDER BY person_id');
    expect(rows.rows).toEqual([
      { person_id: 1, community: 'slack:T1' },
      { person_id: 2, community: 'slack:T2' },
      { person_id: 4, community: 'console:local' },
    ]);
  });

  it('drops the picks of postings from outside the person\'s communities, and keeps the rest', async () => {
    const rows = await db.query<{ person_id: number; job_id: number }>('SELECT person_id, job_id FROM recommendations ORDER BY person_id, job_id');
    expect(rows.rows).toEqual([
      { person_id: 1, job_id: 1 },
      { person_id: 2, job_id: 3 },
    ]);
  });

  it('lets another workspace add the same link as its own posting', async () => {
    await db.exec(`INSERT INTO jobs (id, title, company, source, created_by, community, canonical_url) VALUES (7, 'Typed in T2', 'Initech', 'manual', 2, 'slack:T2', 'https://initech.example/jobs/1')`);
    await expect(db.exec(`INSERT INTO jobs (id, title, company, source, created_by, community, canonical_url) VALUES (8, 'Again in T1', 'Initech', 'manual', 1, 'slack:T1', 'https://initech.example/jobs/1')`)).rejects.toThrow(/duplicate key/);
  });
});
