import type { Agenda } from 'agenda';
import { eq } from 'drizzle-orm';
import { funnelChart } from '../charts/searchCharts.js';
import { searchStats } from '../domain/analytics/searchStats.js';
import { weekBefore, weeklyReportKey, weeklyReportSlot } from '../domain/analytics/weeklyReportSlot.js';
import { digestZone, withDefaults } from '../domain/people/preferences.js';
import type { Services } from '../domain/services.js';
import { people } from '../models/people.js';
import { preferences } from '../models/preferences.js';
import type { Notifier } from '../bots/notifier.js';
import { weeklyReportReply } from '../bots/views/weeklyReport.js';
import { claimDelivery, deliveryStates, markDelivered } from './deliveries.js';
import { claimLeaseMs, sendOnce } from './sendOnce.js';

export const WEEKLY_REPORT_JOB = 'weekly-reports';

export interface WeeklyRound {
  due: number;
  sent: number;
  empty: number;
}

/**
 * One round of the weekly report: for everyone who asked for it and whose Monday digest time
 * has come, compose last week's numbers with the funnel chart and one insight, and send it once
 * under `weekly:<person>:<local Monday>`. Someone with nothing sent in 90 days gets nothing, and
 * that week is marked done all the same.
 */
export async function sendWeeklyReports(services: Services, notifier: Notifier): Promise<WeeklyRound> {
  const { config } = services;
  const now = services.clock();
  const rows = await services.db.select({ person: people, prefs: preferences }).from(people).innerJoin(preferences, eq(preferences.personId, people.id)).where(eq(preferences.weeklyReport, true));
  const due = rows.flatMap((row) => {
    const prefs = withDefaults(row.prefs, config);
    const zone = digestZone(prefs, row.person, config);
    const slot = weeklyReportSlot(now, zone, prefs.digestTime, config.digest.latestHoursLate);
    return slot && notifier.canReach(row.person) ? [{ person: row.person, zone, monday: slot.monday, at: slot.at, key: weeklyReportKey(row.person.id, slot.monday) }] : [];
  });
  const round: WeeklyRound = { due: 0, sent: 0, empty: 0 };
  const states = await deliveryStates(services.db, due.map((entry) => entry.key));
  for (const entry of due.filter((candidate) => states.get(candidate.key) !== 'sent')) {
    round.due++;
    try {
      // Computed as of the slot's time, not the round's: a retry after a failed send (whose
      // message may have got through) composes the very same report, which the platform's
      // delivery check then recognises instead of sending a second, different one.
      const options = { ghostedDays: config.analytics.ghostedDays, zone: entry.zone };
      const stats = await searchStats(services.db, entry.person.id, entry.at, '90d', options);
      if (stats.sent === 0) {
        if (await claimDelivery(services.db, { key: entry.key, personId: entry.person.id, kind: 'weekly', payload: { empty: true } }, now, claimLeaseMs(config))) {
          await markDelivered(services.db, entry.key, now);
          round.empty++;
        }
        continue;
      }
      // Last week's answers count whenever the application was sent.
      const allTime = await searchStats(services.db, entry.person.id, entry.at, 'all', options);
      const reply = weeklyReportReply(stats, allTime.weeks, weekBefore(entry.monday), await funnelChart(stats, 'last 90 days'));
      // Not stored with the claim (a chart does not belong in a JSON column): a worker taking
      // over a dead one's claim composes the same week's numbers again.
      if ((await sendOnce({ ...services, notifier }, { key: entry.key, person: entry.person, kind: 'weekly' }, reply)) === 'sent') round.sent++;
    } catch (error) {
      // One person's failure must not cost everyone else their report; the next round retries.
      services.logger.error({ err: error, personId: entry.person.id, key: entry.key }, 'weekly report failed');
    }
  }
  if (round.due) services.logger.info(round, 'weekly reports round');
  return round;
}

export function defineWeeklyReports(agenda: Agenda, services: Services, notifier: Notifier): void {
  agenda.define(WEEKLY_REPORT_JOB, async () => {
    await sendWeeklyReports(services, notifier);
  });
}

export async function scheduleWeeklyReports(agenda: Agenda, minutes: number): Promise<void> {
  await agenda.every(`${minutes} minutes`, WEEKLY_REPORT_JOB);
}
