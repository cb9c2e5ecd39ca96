/**
 * Calendars at scale, for one busy person (CALENDAR_APPLICATIONS applications: a third saved
 * with a deadline, a third applied and waiting, a third interviewing with two interviews each,
 * every tenth with an offer): building their feed (entries and .ics) against `/job pipeline`
 * for the same person in the same run; then syncing a Google Calendar on a fake Google on
 * loopback — the first sync, a sync with nothing changed, and one after a single change. Then
 * CALENDAR_PEOPLE people with CALENDAR_INTERVIEWS_EACH interviews each, synced in one catch-up
 * round under Google's quotas: throughput, duplicates, and the pacing seen by the fake.
 *
 *   npm run bench:calendar   (CALENDAR_APPLICATIONS, CALENDAR_RUNS, CALENDAR_PEOPLE, CALENDAR_INTERVIEWS_EACH)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { runText } from '../src/bots/commands/dispatch.js';
import { loadConfig } from '../src/config.js';
import { addApplication } from '../src/domain/ats/applications.js';
import { logInterview } from '../src/domain/ats/interviews.js';
import { moveApplication } from '../src/domain/ats/transitions.js';
import { logOffer } from '../src/domain/ats/offers.js';
import { setApplicationDeadline } from '../src/domain/deadlines/applicationDeadline.js';
import { icsCalendar } from '../src/domain/calendar/icsCalendar.js';
import { IcsCache } from '../src/domain/calendar/icsCache.js';
import { googleConsentLink, finishGoogleConnect } from '../src/domain/calendar/googleConnection.js';
import { personCalendar } from '../src/domain/calendar/personCalendar.js';
import { resolvePerson } from '../src/domain/people/identity.js';
import { FakeGoogle } from '../tests/fakes/google.js';
import { inArray } from 'drizzle-orm';
import { googleEvents } from '../src/models/googleCalendar.js';
import { formatPercentiles } from './stats.js';

const APPLICATIONS = Number(process.env.CALENDAR_APPLICATIONS ?? 150);
const PEOPLE = Number(process.env.CALENDAR_PEOPLE ?? 100);
const INTERVIEWS_EACH = Number(process.env.CALENDAR_INTERVIEWS_EACH ?? 10);
const RUNS = Number(process.env.CALENDAR_RUNS ?? 50);
const NOW = new Date('2026-12-01T09:00:00Z');
const DAY = 86_400_000;
const MiB = 1024 * 1024;

async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-bench-calendar-'));
  const google = await new FakeGoogle().start();
  const env = { LOG_LEVEL: 'silent', JOBSCOUT_TIMEZONE: 'Europe/Berlin', JOBSCOUT_SECRET_KEY: 'b'.repeat(64), ...google.env() };
  const app = await createApp({ config: loadConfig(env), logger: pino({ level: 'silent' }), target: { kind: 'embedded', dataDir }, clock: () => NOW });
  const { services } = app;
  try {
    const person = await resolvePerson(services.db, { platform: 'console', workspace: 'bench', platformUserId: 'bench', displayName: 'bench' });
    const ctx = { services, person, community: 'console:bench' };
    let t = performance.now();
    for (let i = 0; i < APPLICATIONS; i++) {
      const { application } = await addApplication(services, { personId: person.id, community: ctx.community }, { title: `Engineer ${i}`, company: `Company ${i % 40}` });
      const seq = application.seq;
      if (i % 3 === 0) await setApplicationDeadline(services, person.id, seq, new Date(NOW.getTime() + ((i % 20) + 1) * DAY));
      else if (i % 3 === 1) await moveApplication(services, { personId: person.id, seq, to: 'applied' });
      else {
        for (const hours of [30, 200]) await logInterview(services, person.id, seq, { kind: 'video', startsAt: new Date(NOW.getTime() + (hours + i) * 3_600_000), timezone: 'America/New_York', durationMinutes: 45, interviewers: 'Ada' });
      }
      if (i % 10 === 2) await logOffer(services, person.id, seq, { base: 100_000, currency: 'EUR', deadline: '2026-12-20' });
    }
    console.log(`seeded ${APPLICATIONS} applications in ${((performance.now() - t) / 1000).toFixed(2)} s, Node ${process.version}`);

    const zone = 'Europe/Berlin';
    const since = new Date(NOW.getTime() - 7 * DAY);
    const entries = await personCalendar(services.db, services.config, person.id, zone, NOW, since);
    const ics = icsCalendar('Jobscout', entries, NOW, { method: 'publish' });
    console.log(`feed: ${entries.length} events, ${(Buffer.byteLength(ics) / 1024).toFixed(1)} KiB`);
    const pipeline = await timed(RUNS, () => runText(ctx, '/job pipeline'));
    const feed = await timed(RUNS, async () => icsCalendar('Jobscout', await personCalendar(services.db, services.config, person.id, zone, NOW, since), NOW, { method: 'publish' }));
    console.log(`baseline: /job pipeline       ${formatPercentiles(pipeline)}`);
    console.log(`feed (entries and .ics)      ${formatPercentiles(feed)}`);
    console.log(`  of which the entries       ${formatPercentiles(await timed(RUNS, () => personCalendar(services.db, services.config, person.id, zone, NOW, since)))}`);
    console.log(`  of which the .ics          ${formatPercentiles(await timed(RUNS, async () => icsCalendar('Jobscout', entries, NOW, { method: 'publish' })))}`);
    // What a calendar app's fetch costs once the file is made: entries, their fingerprint, the cached file.
    const cache = new IcsCache();
    const cachedFeed = await timed(RUNS, async () => {
      const fresh = await personCalendar(services.db, services.config, person.id, zone, NOW, since);
      return cache.get(person.id, fresh, async () => icsCalendar('Jobscout', fresh, NOW, { method: 'publish' }));
    });
    console.log(`feed, unchanged since last   ${formatPercentiles(cachedFeed.slice(1))}`);

    // Pages served somewhere (nothing is fetched from it): the redirect the fake checks the code against.
    services.web.serving(1);
    const back = new URL(google.consent(await googleConsentLink(services, person.id)));
    const outcome = await finishGoogleConnect(services, { state: back.searchParams.get('state'), code: back.searchParams.get('code'), error: null });
    if (outcome.kind !== 'connected') throw new Error(`connect: ${outcome.kind}`);
    // Connecting starts the first sync in the background; its time is the wait for it.
    t = performance.now();
    await app.googleSync.idle();
    const firstMs = performance.now() - t;
    const writes = google.requests.filter((request) => request.path.startsWith('/calendar/')).length;
    console.log(`first sync: ${google.live().length} events created with ${writes} requests in ${firstMs.toFixed(0)} ms (${((google.live().length / firstMs) * 1000).toFixed(0)} events/s)`);
    const unchanged = await timed(RUNS, () => app.googleSync.syncPerson(person.id));
    console.log(`sync, nothing changed        ${formatPercentiles(unchanged)}  (${google.requests.filter((request) => request.path.startsWith('/calendar/')).length - writes} requests)`);
    const oneChange = await timed(Math.min(RUNS, 20), async () => {
      await runText(ctx, `/job reschedule 3.1 2026-12-0${2 + Math.floor(Math.random() * 7)} 10:00`);
      await app.googleSync.idle();
      return app.googleSync.syncPerson(person.id);
    });
    console.log(`change + sync (incl. command) ${formatPercentiles(oneChange)}`);
    console.log(`rss ${Math.round(process.memoryUsage().rss / MiB)} MiB`);

    // Many people: each connects, then one catch-up round syncs them all, paced per user and per project.
    const seeded = performance.now();
    const others: number[] = [];
    for (let p = 0; p < PEOPLE; p++) {
      const someone = await resolvePerson(services.db, { platform: 'console', workspace: 'bench', platformUserId: `p${p}`, displayName: `p${p}` });
      others.push(someone.id);
      for (let i = 0; i < INTERVIEWS_EACH; i++) {
        const { application } = await addApplication(services, { personId: someone.id, community: 'console:bench' }, { title: `Role ${i}`, company: `Firm ${p}` });
        await logInterview(services, someone.id, application.seq, { kind: 'phone', startsAt: new Date(NOW.getTime() + (24 + i * 5) * 3_600_000), timezone: 'Europe/Berlin', durationMinutes: 30 });
      }
      const link = new URL(google.consent(await googleConsentLink(services, someone.id)));
      const connected = await finishGoogleConnect(services, { state: link.searchParams.get('state'), code: link.searchParams.get('code'), error: null });
      if (connected.kind !== 'connected') throw new Error(`connect: ${connected.kind}`);
    }
    // Connecting starts each person's first sync in the background: let those finish, then drop what they wrote, so the round below does it all.
    await app.googleSync.idle();
    console.log(`\n${PEOPLE} people with ${INTERVIEWS_EACH} interviews each, seeded and connected in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
    await services.db.delete(googleEvents).where(inArray(googleEvents.personId, others));
    google.events.clear();
    const from = google.requests.length;
    t = performance.now();
    await app.googleSync.syncAll();
    const roundMs = performance.now() - t;
    const calls = google.requests.slice(from).filter((request) => request.path.startsWith('/calendar/'));
    const ids = [...google.events.values()].map((event) => event.extendedProperties.private.jobscoutId as string);
    const perUser = new Map<string, number[]>();
    for (const call of calls) perUser.set(call.grant!, [...(perUser.get(call.grant!) ?? []), call.at]);
    const gaps = [...perUser.values()].flatMap((times) => times.slice(1).map((at, index) => at - times[index]!));
    const busiest = (times: number[], windowMs: number) => Math.max(...times.map((at) => times.filter((other) => other >= at && other < at + windowMs).length));
    const windowMax = busiest(calls.map((call) => call.at), 60_000);
    const userMinute = Math.max(...[...perUser.values()].map((times) => busiest(times, 60_000)));
    console.log(`catch-up round: ${google.live().length} events for ${perUser.size} people, ${calls.length} requests in ${(roundMs / 1000).toFixed(1)} s (${((calls.length / roundMs) * 1000).toFixed(0)} requests/s, ${services.config.google.syncConcurrency} people at a time)`);
    console.log(`duplicates: ${ids.length - new Set(ids).size} (events with the same Jobscout id)`);
    console.log(`pacing: busiest minute of one person ${userMinute} requests (limit ${services.config.google.userRequestsPerMinute}/min per user), their requests at least ${Math.min(...gaps).toFixed(0)} ms apart (spacing ${(60_000 / services.config.google.userRequestsPerMinute).toFixed(0)} ms); busiest minute of all ${windowMax} requests (limit ${services.config.google.projectRequestsPerMinute}/min per project)`);
  } finally {
    await app.stop();
    await google.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
