/**
 * Fault drill: Jobscout workers (the real `npm start` entry point, serving Slack over HTTP against
 * a fake Slack) deliver a round of due interview reminders and due digests while workers are
 * killed with SIGKILL at random moments and restarted, and, on a PostgreSQL server, while the
 * database drops every connection and refuses new ones for a few seconds. Every message carries
 * its delivery key as Slack metadata, so the fake Slack can count each one: the drill prints how
 * many were lost and how many doubled (both must be 0), and how long the workers took to answer
 * again after each fault. Not part of the test suite; run it before a release.
 *
 *   npm run drill                       (PGlite: one worker, the embedded database dies with it)
 *   DRILL_DATABASE_URL=postgres://… npm run drill          (a server: 3 workers and a database restart)
 *   DRILL_PEOPLE=500 DRILL_WORKERS=3 DRILL_KILLS=12 DRILL_SEED=1
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { addApplication } from '../src/domain/ats/applications.js';
import { logInterview } from '../src/domain/ats/interviews.js';
import { communityKey, enterCommunity } from '../src/domain/people/communities.js';
import { resolvePerson } from '../src/domain/people/identity.js';
import { savePreferences } from '../src/domain/people/preferences.js';
import type { DatabaseTarget } from '../src/models/database.js';
import { FakeSlack } from '../tests/fakes/slackApi.js';
import { freeLoopbackPort } from '../tests/support/ports.js';
import { signedHeaders, SIGNING_SECRET } from '../tests/support/slackHarness.js';
import { adminQuery } from '../tests/support/testDatabase.js';
import { random } from './population.js';
import { percentiles } from './stats.js';

const server = process.env.DRILL_DATABASE_URL;
const PEOPLE = Number(process.env.DRILL_PEOPLE ?? 500);
const WORKERS = Number(process.env.DRILL_WORKERS ?? (server ? 3 : 1));
const KILLS = Number(process.env.DRILL_KILLS ?? 12);
const rand = random(Number(process.env.DRILL_SEED ?? 1));
// Short leases and locks so a dead worker's sends are taken over in seconds, not minutes.
const LEASE_SECONDS = 10;
const LOCK_SECONDS = 10;
// Slack takes each DM at once but answers 20 ms later: a kill in between is the case where the
// message arrived and the worker never recorded it.
const SLACK_ANSWER_MS = 20;
// After the last fault, how long every message has to arrive, and then how long the drill keeps
// watching for a late duplicate (a takeover after the lease, a job rerun after its lock).
const SETTLE_LIMIT_MS = 180_000;
const WATCH_AFTER_MS = (LEASE_SECONDS + LOCK_SECONDS + 10) * 1000;
const OUTAGE_MS = 5_000;
const MINUTE = 60_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fixed-offset zone where it is around noon now, so a digest due now and an interview soon fall on one local day. */
function middayZone(now: Date): string {
  const offset = Math.round(12 - (now.getUTCHours() + now.getUTCMinutes() / 60));
  const hours = ((offset + 12 + 24) % 24) - 12;
  // IANA's Etc zones have the sign reversed: Etc/GMT-3 is UTC+3.
  return hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/** Everyone has an interview 15½ minutes away (its 15-minute reminder due half a minute later) and a digest due a minute ago. */
async function seed(target: DatabaseTarget, dataDir: string): Promise<void> {
  const config = loadConfig({ JOBSCOUT_DATA_DIR: dataDir, JOBSCOUT_REMINDER_OFFSETS: '15', LOG_LEVEL: 'silent' });
  const app = await createApp({ config, logger: pino({ level: 'silent' }), target });
  try {
    const now = new Date();
    const zone = middayZone(now);
    const digestTime = DateTime.fromJSDate(new Date(now.getTime() - MINUTE), { zone }).toFormat('HH:mm');
    for (let i = 0; i < PEOPLE; i++) {
      const person = await resolvePerson(app.services.db, { platform: 'slack', workspace: 'T1', platformUserId: `U${String(i).padStart(5, '0')}` });
      const community = communityKey.slack('T1');
      await enterCommunity(app.services.db, person.id, community, now);
      await savePreferences(app.services, person.id, { digestEnabled: true, digestTime, timezone: zone, digestSize: 5, avoidTitles: [], where: null, salaryFloor: null });
      await addApplication(app.services, { personId: person.id, community }, { title: `Engineer ${i}`, company: `Company ${i % 50}` });
      // Measured from the moment it is logged: a reminder already due then is not planned at all
      // (seeding takes seconds, so a start fixed at the beginning would drop the later ones).
      const startsAt = new Date(Date.now() + 15 * MINUTE + 30_000);
      await logInterview(app.services, person.id, 1, { kind: 'video', startsAt, timezone: zone, durationMinutes: 45 });
    }
    const planned = Number((await app.services.db.execute(sql`SELECT count(*) AS n FROM agenda_jobs WHERE name = 'interview-reminder'`)).rows[0]!.n);
    if (planned !== PEOPLE) throw new Error(`seeding planned ${planned} reminders for ${PEOPLE} interviews`);
  } finally {
    await app.stop();
  }
}

interface Worker {
  index: number;
  port: number;
  child: ChildProcess | null;
}

async function main(): Promise<void> {
  const started = performance.now();
  const work = mkdtempSync(path.join(tmpdir(), 'jobscout-drill-'));
  let url: string | null = null;
  if (server) {
    const name = `jobscout_drill_${randomBytes(4).toString('hex')}`;
    await adminQuery(server, `CREATE DATABASE ${name}`);
    const parsed = new URL(server);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
  }
  const target: DatabaseTarget = url ? { kind: 'server', url } : { kind: 'embedded', dataDir: path.join(work, 'pgdata') };
  const fake = await new FakeSlack().start();
  fake.slowDown('chat.postMessage', SLACK_ANSWER_MS);

  console.log(`fault drill on ${url ? 'a PostgreSQL server' : 'the embedded database (PGlite)'}: ${WORKERS} worker${WORKERS === 1 ? '' : 's'}, ${PEOPLE} reminders and ${PEOPLE} digests due, ${KILLS} kill -9s${url ? ', one database restart' : ''}`);
  let t = performance.now();
  await seed(target, work);
  console.log(`  seeded in ${seconds(performance.now() - t)}`);

  const logFile = openSync(path.join(work, 'workers.log'), 'a');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    JOBSCOUT_DATA_DIR: work,
    SLACK_BOT_TOKEN: 'xoxb-drill',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    JOBSCOUT_REMINDER_OFFSETS: '15',
    JOBSCOUT_SCHEDULER_POLL_MS: '200',
    JOBSCOUT_SCHEDULER_LOCK_SECONDS: String(LOCK_SECONDS),
    JOBSCOUT_CLAIM_LEASE_SECONDS: String(LEASE_SECONDS),
    JOBSCOUT_DIGEST_TICK_MINUTES: '1',
    LOG_LEVEL: process.env.DRILL_LOG_LEVEL ?? 'warn',
  };
  if (url) env.DATABASE_URL = url;
  else delete env.DATABASE_URL;
  const workers: Worker[] = [];
  for (let index = 0; index < WORKERS; index++) workers.push({ index, port: await freeLoopbackPort(), child: null });
  // Whatever happens to the drill, no worker outlives it.
  process.on('exit', () => workers.forEach((worker) => worker.child?.exitCode === null && worker.child.kill('SIGKILL')));
  const start = (worker: Worker) => {
    worker.child = spawn(process.execPath, ['scripts/runBuilt.mjs', 'main'], { env: { ...env, SLACK_PORT: String(worker.port) }, stdio: ['ignore', logFile, logFile] });
  };

  /** Time until the worker answers a signed /job list with the list (not "try again"). */
  const answered = async (worker: Worker, limitMs = 60_000): Promise<number> => {
    const from = performance.now();
    while (performance.now() - from < limitMs) {
      const responseUrl = fake.responseUrl(randomUUID());
      const body = new URLSearchParams({ team_id: 'T1', user_id: 'U00000', user_name: 'u0', channel_id: 'C1', command: '/job', text: 'list', response_url: responseUrl, trigger_id: `drill-${randomUUID()}` }).toString();
      try {
        await fetch(`http://127.0.0.1:${worker.port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body) }, body, signal: AbortSignal.timeout(2_000) });
        const pathname = new URL(responseUrl).pathname;
        for (let waited = 0; waited < 2_000; waited += 50) {
          const answer = fake.callsTo('response_url').find((call) => call.args.url === pathname);
          if (answer) {
            // "Try again in a moment" while the database is away; anything else is an answer.
            if (!/can't reach its database|went wrong/.test(String(answer.args.text))) return performance.now() - from;
            break;
          }
          await sleep(50);
        }
      } catch {
        // Not listening yet, or not answering: try again.
      }
      await sleep(100);
    }
    throw new Error(`worker ${worker.index} did not answer within ${limitMs / 1000} s`);
  };

  t = performance.now();
  for (const worker of workers) start(worker);
  await Promise.all(workers.map((worker) => answered(worker)));
  console.log(`  ${WORKERS} worker${WORKERS === 1 ? '' : 's'} serving after ${seconds(performance.now() - t)}`);

  const delivered = () => {
    const keys = fake.callsTo('chat.postMessage').map((call) => (call.args.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key ?? '');
    const count = (prefix: string) => {
      const mine = keys.filter((key) => key.startsWith(prefix));
      const distinct = new Set(mine).size;
      return { sent: mine.length, distinct, lost: PEOPLE - distinct, duplicated: mine.length - distinct };
    };
    return { reminders: count('interview:'), digests: count('digest:') };
  };

  // Faults while the round is being delivered: kill -9 a random worker at a random moment, bring it back a moment later.
  const recoveries: number[] = [];
  let restartRecovery: number | null = null;
  const restartAt = url ? Math.floor(KILLS / 2) : -1;
  const progress = () => {
    const now = delivered();
    return now.reminders.sent + now.digests.sent;
  };
  for (let kill = 0; kill < KILLS; kill++) {
    // Kills land while messages are going out: wait for the next one to leave (a restarted worker
    // takes seconds before its first round), then strike at a random moment of the stream.
    const before = progress();
    for (const waitFrom = performance.now(); progress() === before && performance.now() - waitFrom < 20_000; ) await sleep(20);
    await sleep(rand() * 1_000);
    if (kill === restartAt) {
      // A database restart: every connection terminated by the administrator, new ones refused for a while.
      const name = new URL(url!).pathname.slice(1);
      await adminQuery(server!, `ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await adminQuery(server!, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
      await sleep(OUTAGE_MS);
      await adminQuery(server!, `ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      const back = performance.now();
      await Promise.all(workers.map((worker) => answered(worker)));
      restartRecovery = performance.now() - back;
      console.log(`  database restart: down ${seconds(OUTAGE_MS)}, every worker answering again ${seconds(restartRecovery)} after it came back`);
      continue;
    }
    const worker = workers[Math.floor(rand() * workers.length)]!;
    const child = worker.child!;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    await sleep(200 + rand() * 800);
    const restarted = performance.now();
    start(worker);
    recoveries.push(await answered(worker));
    const now = delivered();
    console.log(`  kill -9 #${kill + 1} of worker ${worker.index}; answering again after ${seconds(performance.now() - restarted)}; so far ${now.reminders.distinct} reminders and ${now.digests.distinct} digests delivered`);
  }

  t = performance.now();
  while (performance.now() - t < SETTLE_LIMIT_MS) {
    const now = delivered();
    if (now.reminders.lost === 0 && now.digests.lost === 0) break;
    await sleep(500);
  }
  const complete = performance.now() - t;
  await sleep(WATCH_AFTER_MS);
  const result = delivered();

  await Promise.all(
    workers.map(async (worker) => {
      const child = worker.child!;
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }),
  );
  await fake.stop();
  if (url && server && !process.env.DRILL_KEEP) await adminQuery(server, `DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  if (process.env.DRILL_KEEP) console.log(`  kept ${work} (workers.log)${url ? ` and ${url}` : ''}`);
  else rmSync(work, { recursive: true, force: true });

  const row = (label: string, r: ReturnType<typeof delivered>['reminders']) =>
    `  ${label.padEnd(10)} expected ${PEOPLE}, delivered ${r.distinct}, lost ${r.lost}, duplicated ${r.duplicated}`;
  console.log('result:');
  console.log(row('reminders', result.reminders));
  console.log(row('digests', result.digests));
  if (recoveries.length) {
    const p = percentiles(recoveries);
    console.log(`  recovery after kill -9 (restart to first answer): p50 ${seconds(p.p50)}, max ${seconds(p.max)} over ${recoveries.length} kills`);
  }
  if (restartRecovery !== null) console.log(`  recovery after the database restart: ${seconds(restartRecovery)}`);
  console.log(`  everything delivered ${seconds(complete)} after the last fault; watched ${seconds(WATCH_AFTER_MS)} more for late repeats; drill took ${seconds(performance.now() - started)}`);
  const failed = result.reminders.lost + result.reminders.duplicated + result.digests.lost + result.digests.duplicated > 0;
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
