import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../models/database.js';
import { negotiationRounds, offers, type NegotiationRoundRow, type OfferRow, type OfferStatus } from '../../models/offers.js';
import { UserError } from '../errors.js';
import type { Services } from '../services.js';
import { getApplication, type ApplicationView } from './applications.js';
import { appendEvent } from './events.js';
import { teachFromMove } from './moveSignals.js';
import { funnelRank, isOpen, type State } from './lifecycle.js';
import { changePersonData } from '../people/changes.js';

export interface OfferInput {
  base: number;
  currency: string;
  bonus?: number | null;
  equity?: string | null;
  startDate?: string | null;
  deadline?: string | null;
}

export interface OfferResult extends ApplicationView {
  offer: OfferRow;
  movedFrom: State | null;
}

const OFFER_RANK = funnelRank('offer');

/** Logs an offer; an open application earlier in the funnel moves to `offer`. */
export async function logOffer(services: Services, personId: number, seq: number, input: OfferInput): Promise<OfferResult> {
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const view = await getApplication(tx, personId, seq, true);
    const [offer] = await tx
      .insert(offers)
      .values({ ...input, applicationId: view.application.id, createdAt: now, updatedAt: now })
      .returning();
    const from = view.application.state as State;
    const moves = (isOpen(from) || from === 'ghosted') && funnelRank(from) < OFFER_RANK;
    const application = await appendEvent(tx, view.application, {
      type: 'offer_logged',
      actorPersonId: personId,
      fromState: moves ? from : null,
      toState: moves ? 'offer' : null,
      reason: moves ? 'Offer logged' : null,
      payload: { offerId: offer!.id, base: input.base, currency: input.currency },
      occurredAt: now,
    });
    if (moves) await teachFromMove(tx, services, personId, view, 'offer', now);
    return { application, job: view.job, offer: offer!, movedFrom: moves ? from : null };
  });
}

export interface NegotiationResult extends OfferResult {
  round: NegotiationRoundRow;
}

/** Adds a negotiation round to the latest offer; the application moves to `negotiating`. */
export async function addNegotiationRound(
  services: Services,
  personId: number,
  seq: number,
  input: { asked: string; response: string | null; occurredAt: Date },
): Promise<NegotiationResult> {
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const view = await getApplication(tx, personId, seq, true);
    const [offer] = await tx.select().from(offers).where(eq(offers.applicationId, view.application.id)).orderBy(desc(offers.id)).limit(1);
    if (!offer) throw new UserError('no_offer', `#${seq} has no offer yet. Log it first with /job offer ${seq}.`);
    const [round] = await tx.insert(negotiationRounds).values({ offerId: offer.id, ...input }).returning();
    const [updated] = await tx.update(offers).set({ status: 'negotiating', updatedAt: now }).where(eq(offers.id, offer.id)).returning();
    const from = view.application.state as State;
    const moves = from === 'offer';
    const application = await appendEvent(tx, view.application, {
      type: 'negotiation_round',
      actorPersonId: personId,
      fromState: moves ? from : null,
      toState: moves ? 'negotiating' : null,
      reason: moves ? 'Negotiation started' : null,
      payload: { offerId: offer.id, roundId: round!.id, asked: input.asked, response: input.response },
      occurredAt: now,
    });
    return { application, job: view.job, offer: updated!, round: round!, movedFrom: moves ? from : null };
  });
}

/** All offers of the given applications with their rounds, oldest first. */
export async function offersFor(db: Executor, applicationIds: number[]) {
  if (applicationIds.length === 0) return [];
  const offerRows = await db.select().from(offers).where(inArray(offers.applicationId, applicationIds)).orderBy(offers.id);
  const rounds = offerRows.length
    ? await db.select().from(negotiationRounds).where(and(inArray(negotiationRounds.offerId, offerRows.map((o) => o.id)))).orderBy(negotiationRounds.occurredAt)
    : [];
  return offerRows.map((offer) => ({ offer, rounds: rounds.filter((round) => round.offerId === offer.id) }));
}

// How the latest offer settles when the application leaves the offer stage.
const OFFER_STATUS_ON_MOVE: Partial<Record<State, OfferStatus>> = { accepted: 'accepted', withdrawn: 'declined', rejected: 'rescinded' };

/** Keeps the latest offer's status in step with a move out of `offer` or `negotiating`. */
export async function settleOffer(tx: Executor, applicationId: number, from: State, to: State, now: Date): Promise<void> {
  const status = OFFER_STATUS_ON_MOVE[to];
  if (!status || (from !== 'offer' && from !== 'negotiating')) return;
  const [latest] = await tx.select({ id: offers.id }).from(offers).where(eq(offers.applicationId, applicationId)).orderBy(desc(offers.id)).limit(1);
  if (latest) await tx.update(offers).set({ status, updatedAt: now }).where(eq(offers.id, latest.id));
}

// What each field is called when the timeline says what an edit changed.
const OFFER_FIELD_NAMES: Record<keyof OfferInput, string> = { base: 'base', currency: 'currency', bonus: 'bonus', equity: 'equity', startDate: 'start date', deadline: 'deadline' };

/**
 * Corrects the application's latest offer. An offer that expired only because its deadline was
 * wrong comes back to `pending` when the corrected deadline is a different one.
 */
export async function editOffer(services: Services, personId: number, seq: number, input: OfferInput): Promise<OfferResult & { changed: string[] }> {
  const now = services.clock();
  return changePersonData(services, personId, async (tx) => {
    const view = await getApplication(tx, personId, seq, true);
    const [before] = await tx.select().from(offers).where(eq(offers.applicationId, view.application.id)).orderBy(desc(offers.id)).limit(1);
    if (!before) throw new UserError('no_offer', `#${seq} has no offer to edit. Log one with /job offer ${seq}.`);
    const changed = (Object.keys(OFFER_FIELD_NAMES) as (keyof OfferInput)[]).filter((field) => (before[field] ?? null) !== (input[field] ?? null)).map((field) => OFFER_FIELD_NAMES[field]);
    const revived = before.status === 'expired' && changed.includes('deadline') && input.deadline ? { status: 'pending' as const } : {};
    const [offer] = await tx
      .update(offers)
      .set({ base: input.base, currency: input.currency, bonus: input.bonus ?? null, equity: input.equity ?? null, startDate: input.startDate ?? null, deadline: input.deadline ?? null, ...revived, updatedAt: now })
      .where(eq(offers.id, before.id))
      .returning();
    const summary = changed.length ? `Offer edited: ${changed.join(', ')}` : 'Offer saved unchanged';
    const application = await appendEvent(tx, view.application, { type: 'offer_edited', actorPersonId: personId, payload: { offerId: before.id, changed, summary }, occurredAt: now });
    return { application, job: view.job, offer: offer!, movedFrom: null, changed };
  });
}

/** The application's latest offer, for its edit form. */
export async function latestOffer(db: Executor, personId: number, seq: number): Promise<ApplicationView & { offer: OfferRow }> {
  const view = await getApplication(db, personId, seq);
  const [offer] = await db.select().from(offers).where(eq(offers.applicationId, view.application.id)).orderBy(desc(offers.id)).limit(1);
  if (!offer) throw new UserError('no_offer', `#${seq} has no offer to edit. Log one with /job offer ${seq}.`);
  return { ...view, offer };
}
