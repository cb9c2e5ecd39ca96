/**
 * Follow-up emails at scale: EMAIL_PEOPLE people with EMAIL_EACH applications each, all with an
 * automatic sequence whose first step is due now — 1,000 emails by default — sent through a real
 * SMTP server (smtp-server) on loopback by a worker process that is killed with SIGKILL a third
 * of the way through, then by a second worker. Prints throughput, how many messages the server
 * received and how many distinct Message-IDs (a duplicate would be the same Message-ID twice),
 * against a baseline in the same run: the same number of messages sent straight with nodemailer.
 *
 *   npm run bench:email   (EMAIL_PEOPLE, EMAIL_EACH, EMAIL_KILL_AT)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import Bottleneck from 'bottleneck';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { addContact } from '../src/domain/ats/contacts.js';
import { addApplication } from '../src/domain/ats/applications.js';
import { moveApplication } from '../src/domain/ats/transitions.js';
import { connectSmtp } from '../src/domain/email/mailAccount.js';
import { setSequence } from '../src/domain/followups/sequences.js';
import { resolvePerson } from '../src/domain/people/identity.js';
import { FakeSmtp } from '../tests/fakes/smtp.js';
import { eq } from 'drizzle-orm';
import { emails } from '../src/models/emails.js';

const PEOPLE = Number(process.env.EMAIL_PEOPLE ?? 100);
const EACH = Number(process.env.EMAIL_EACH ?? 10);
const TOTAL = PEOPLE * EACH;
const KILL_AT = Number(process.env.EMAIL_KILL_AT ?? Math.round(TOTAL / 3));
const DAY = 86_400_000;
const MiB = 1024 * 1024;

async function baseline(smtp: FakeSmtp): Promise<number> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true, auth: { user: smtp.user, pass: smtp.password } });
  const pool = new Bottleneck({ maxConcurrent: 8 });
  const start = performance.now();
  await Promise.all(Array.from({ length: TOTAL }, (_, index) => pool.schedule(() => transport.sendMail({ from: smtp.user, to: `r${index}@example.net`, subject: 'Baseline', text: 'Hello', messageId: `<baseline-${index}@bench>` }))));
  transport.close();
  return performance.now() - start;
}

function worker(env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./emailWorker.ts', import.meta.url).pathname], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<number | null>((resolve) => child.on('exit', () => resolve(/done (\d+)/.exec(output) ? Number(/done (\d+)/.exec(output)![1]) : null)));
  return { child, done };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-bench-email-'));
  const smtp = await new FakeSmtp('bench@example.com', 'bench-password').start();
  const env = { ...process.env, LOG_LEVEL: 'silent', JOBSCOUT_SECRET_KEY: 'f'.repeat(64), JOBSCOUT_SMTP_ALLOW_HOSTS: '127.0.0.1', JOBSCOUT_CLAIM_LEASE_SECONDS: '5', BENCH_DATA_DIR: dataDir, BENCH_EXPECTED: String(TOTAL) };
  try {
    console.log(`email bench: ${PEOPLE} people × ${EACH} applications = ${TOTAL} sequence steps due at once; SIGKILL after ${KILL_AT} messages`);
    const baselineMs = await baseline(smtp);
    console.log(`baseline  nodemailer straight to the server, 8 at a time: ${TOTAL} in ${(baselineMs / 1000).toFixed(1)} s = ${((TOTAL * 1000) / baselineMs).toFixed(0)} messages/s`);
    smtp.received.length = 0;
    smtp.attempts = 0;

    // Setting up: applied four days ago, automatic sequences from day 3, email connected.
    const setupStart = performance.now();
    const now = new Date();
    const app = await createApp({ config: loadConfig(env), logger: pino({ level: 'silent' }), target: { kind: 'embedded', dataDir }, clock: () => new Date(now.getTime() - 4 * DAY) });
    for (let p = 0; p < PEOPLE; p++) {
      const person = await resolvePerson(app.services.db, { platform: 'console', workspace: 'bench', platformUserId: `p${p}`, displayName: `Person ${p}` });
      const connected = await connectSmtp(app.services, person.id, person.displayName, { address: smtp.user, host: '127.0.0.1', port: String(smtp.port), user: '', password: smtp.password });
      if (!connected.ok) throw new Error(JSON.stringify(connected.errors));
      for (let a = 0; a < EACH; a++) {
        const { application } = await addApplication(app.services, { personId: person.id, community: 'console:bench' }, { title: `Engineer ${a}`, company: `Company ${p}-${a}` });
        await moveApplication(app.services, { personId: person.id, seq: application.seq, to: 'applied' });
        await addContact(app.services, person.id, application.seq, { name: 'Recruiter', email: `r-${p}-${a}@example.net`, role: 'recruiter' });
        await setSequence(app.services, person, application.seq, { strategy: 'fixed', steps: [3, 7, 14], automatic: true });
      }
    }
    await app.stop();
    console.log(`setup     ${TOTAL} applications with sequences in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`);

    const first = worker(env);
    const killStart = performance.now();
    while (smtp.received.length < KILL_AT && first.child.exitCode === null) await sleep(20);
    first.child.kill('SIGKILL');
    await first.done;
    const killedAfter = smtp.received.length;
    console.log(`worker 1  killed with SIGKILL after ${killedAfter} messages, ${((performance.now() - killStart) / 1000).toFixed(1)} s in`);

    const secondStart = performance.now();
    const second = worker(env);
    const finished = await second.done;
    const secondMs = performance.now() - secondStart;
    const ids = new Set(smtp.received.map((mail) => mail.messageId));
    const checker = await createApp({ config: loadConfig(env), logger: pino({ level: 'silent' }), target: { kind: 'embedded', dataDir } });
    const uncertain = await checker.services.db.select().from(emails).where(eq(emails.status, 'uncertain'));
    await checker.stop();
    const uncertainArrived = uncertain.filter((email) => ids.has(email.messageId ?? '')).length;
    console.log(`worker 2  sent the rest: ${smtp.received.length - killedAfter} messages in ${(secondMs / 1000).toFixed(1)} s (${finished === null ? 'did not finish' : 'finished'})`);
    const sendMs = performance.now() - killStart;
    console.log(`overall   ${smtp.received.length} messages received, ${ids.size} distinct Message-IDs of ${TOTAL} expected; duplicates ${smtp.received.length - ids.size}; not received ${TOTAL - ids.size}`);
    console.log(`uncertain ${uncertain.length} emails were being handed to the server when the worker died: not resent, their owners asked (${uncertainArrived} of them had in fact arrived)`);
    console.log(`throughput ${((ids.size * 1000) / sendMs).toFixed(0)} messages/s through Jobscout, kill and restart included (baseline ${((TOTAL * 1000) / baselineMs).toFixed(0)}/s); parent RSS ${(process.memoryUsage().rss / MiB).toFixed(0)} MiB`);
  } finally {
    await smtp.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
