import { and, eq, inArray } from 'drizzle-orm';
import type { Config } from '../../config.js';
import { applications } from '../../models/applications.js';
import type { Executor } from '../../models/database.js';
import { jobs, type JobRow } from '../../models/jobs.js';
import { offers, type OfferRow } from '../../models/offers.js';
import { UNANSWERED_OFFER } from '../deadlines/dueDeadlines.js';

export interface ComparedOffer {
  seq: number;
  job: JobRow;
  offer: OfferRow;
  /** Base plus bonus for the first year, in its own currency. */
  firstYear: number;
  /** The same in the comparison currency, when a rate is configured (or it is that currency). */
  firstYearCompared: number | null;
}

/** The person's open offers, soonest deadline first (those without one last), each with its first-year total. */
export async function compareOffers(db: Executor, config: Config, personId: number): Promise<{ currency: string; offers: ComparedOffer[] }> {
  const rows = await db
    .select({ seq: applications.seq, job: jobs, offer: offers })
    .from(offers)
    .innerJoin(applications, eq(applications.id, offers.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.personId, personId), inArray(offers.status, [...UNANSWERED_OFFER]), inArray(applications.state, ['offer', 'negotiating'])));
  const { currency, rates } = config.offers;
  const rateOf = (code: string) => (code === currency ? 1 : (rates[code] ?? null));
  const compared = rows.map(({ seq, job, offer }) => {
    const firstYear = offer.base + (offer.bonus ?? 0);
    const rate = rateOf(offer.currency);
    return { seq, job, offer, firstYear, firstYearCompared: rate === null ? null : Math.round(firstYear * rate) };
  });
  compared.sort((a, b) => (a.offer.deadline ?? '9999').localeCompare(b.offer.deadline ?? '9999') || a.seq - b.seq);
  return { currency, offers: compared };
}
