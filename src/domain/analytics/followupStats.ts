import { and, asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Executor } from '../../models/database.js';
import { applicationEvents } from '../../models/applications.js';
import { emailReplies } from '../../models/emailReplies.js';
import { emails, type EmailRow } from '../../models/emails.js';

// A reply more than this long after an email is not counted as answering it.
const ANSWER_WINDOW_MS = 30 * 24 * 60 * 60_000;

export interface ReplyRate {
  key: string;
  sent: number;
  replied: number;
}

export interface FollowupStats {
  sent: number;
  replied: number;
  byTemplate: ReplyRate[];
  /** Sequence steps by their day ("day 7"), and single emails sent by hand as "single emails". */
  byStep: ReplyRate[];
  /** Weekdays (1 = Monday) emails were sent on, by the person's clock. */
  byWeekday: ReplyRate[];
  /** The weekday whose emails got the most replies, when any did. */
  bestWeekday: number | null;
}

function rates(rows: { key: string; replied: boolean }[]): ReplyRate[] {
  const map = new Map<string, ReplyRate>();
  for (const row of rows) {
    const rate = map.get(row.key) ?? { key: row.key, sent: 0, replied: 0 };
    rate.sent++;
    if (row.replied) rate.replied++;
    map.set(row.key, rate);
  }
  return [...map.values()].sort((a, b) => b.sent - a.sent || a.key.localeCompare(b.key));
}

/**
 * Which follow-ups get answers. An email counts as answered when a reply to it was noticed in
 * the inbox, or when the person said "They replied" after it, before the application's next
 * email and within 30 days.
 */
export async function followupStats(db: Executor, personId: number, zone: string): Promise<FollowupStats> {
  const [sent, noticed, said] = await Promise.all([
    db.select().from(emails).where(and(eq(emails.personId, personId), eq(emails.status, 'sent'))).orderBy(asc(emails.sentAt)),
    db.select({ emailId: emailReplies.emailId }).from(emailReplies).where(eq(emailReplies.personId, personId)),
    db
      .select({ applicationId: applicationEvents.applicationId, at: applicationEvents.occurredAt })
      .from(applicationEvents)
      .where(and(eq(applicationEvents.type, 'response_received'), eq(applicationEvents.actorPersonId, personId))),
  ]);
  const answered = new Set(noticed.map((row) => row.emailId));
  // When each email's application got its next email: one pass from the newest.
  const next = new Map<number, Date>();
  const latestFor = new Map<number, Date>();
  for (const email of [...sent].reverse()) {
    const later = latestFor.get(email.applicationId);
    if (later) next.set(email.id, later);
    latestFor.set(email.applicationId, email.sentAt!);
  }
  const replied = (email: EmailRow) => {
    if (answered.has(email.id)) return true;
    const from = email.sentAt!.getTime();
    const until = Math.min(next.get(email.id)?.getTime() ?? Infinity, from + ANSWER_WINDOW_MS);
    return said.some((event) => event.applicationId === email.applicationId && event.at.getTime() > from && event.at.getTime() <= until);
  };
  const rows = sent.map((email) => ({ email, replied: replied(email) }));
  const byWeekday = rates(rows.map(({ email, replied: yes }) => ({ key: String(DateTime.fromJSDate(email.sentAt!, { zone }).weekday), replied: yes }))).sort((a, b) => Number(a.key) - Number(b.key));
  const best = [...byWeekday].filter((rate) => rate.replied > 0).sort((a, b) => b.replied - a.replied || b.replied / b.sent - a.replied / a.sent)[0];
  return {
    sent: rows.length,
    replied: rows.filter((row) => row.replied).length,
    byTemplate: rates(rows.map(({ email, replied: yes }) => ({ key: email.kind, replied: yes }))),
    byStep: rates(rows.map(({ email, replied: yes }) => ({ key: email.sequenceStep === null ? 'single emails' : `day ${email.sequenceStep}`, replied: yes }))),
    byWeekday,
    bestWeekday: best ? Number(best.key) : null,
  };
}
