/**
 * One Jobscout worker for bench/emailRound.ts: opens the embedded database in BENCH_DATA_DIR and
 * runs sequence and outbox rounds, with the real clock, until every step is sent. The parent kills
 * it with SIGKILL mid-way and starts another. Prints "done <ms>" when nothing is left.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { count, inArray } from 'drizzle-orm';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { Notifier } from '../src/bots/notifier.js';
import { loadConfig } from '../src/config.js';
import { sendDueEmails } from '../src/jobs/emailOutbox.js';
import { runSequenceSteps } from '../src/jobs/sequenceSteps.js';
import { emails } from '../src/models/emails.js';

const expected = Number(process.env.BENCH_EXPECTED);
const app = await createApp({ config: loadConfig(process.env), logger: pino({ level: 'silent' }), target: { kind: 'embedded', dataDir: process.env.BENCH_DATA_DIR! } });
const notifier = new Notifier();
const started = performance.now();
const inState = async (states: string[]) => (await app.services.db.select({ n: count() }).from(emails).where(inArray(emails.status, states)))[0]!.n;
for (;;) {
  await runSequenceSteps(app.services, notifier);
  await sendDueEmails(app.services, notifier);
  // Done when every step has an email that is sent, or uncertain (a person decides those).
  if ((await inState(['sent', 'uncertain'])) >= expected) break;
  // What is left was claimed by a worker that died: its claims free up when the lease ends.
  if (await inState(['sending', 'queued'])) await sleep(500);
}
console.log(`done ${Math.round(performance.now() - started)}`);
await app.stop();
