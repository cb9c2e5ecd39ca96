/** Why collaborative filtering likes a job: how much, on how much evidence, and because of which of the person's jobs. */
export interface CollaborativeEvidence {
  /** 0–1. */
  score: number;
  /** People in common, summed over the person's jobs. */
  support: number;
  /** The person's own saved or applied job that contributed most. */
  because: number;
}

// Pair keys pack two job ids into one number; ids stay far below this.
const PAIR_BASE = 2 ** 24;
// A very active person's oldest saves say little about the newest, and would cost pairs².
const MAX_ITEMS_PER_PERSON = 200;
const MAX_NEIGHBOURS = 100;
// Turns a sum of cosines into 0–1 so that more agreeing evidence counts, with diminishing returns.
const SQUASH = 2;

/**
 * Item-to-item co-occurrence: how many people saved or applied to both of two jobs. Only the
 * counts are kept, never who; pairs seen by fewer than `minCount` people are dropped, so a
 * small workspace can't read one colleague's choices off a recommendation.
 */
export class CoOccurrence {
  private constructor(
    private readonly neighbours: Map<number, [number, number][]>,
    private readonly popularity: Map<number, number>,
  ) {}

  static build(interactions: Iterable<readonly [personId: number, jobId: number]>, minCount: number): CoOccurrence {
    const byPerson = new Map<number, number[]>();
    const popularity = new Map<number, number>();
    for (const [personId, jobId] of interactions) {
      const items = byPerson.get(personId) ?? [];
      if (!byPerson.has(personId)) byPerson.set(personId, items);
      if (items.includes(jobId)) continue;
      items.push(jobId);
      popularity.set(jobId, (popularity.get(jobId) ?? 0) + 1);
    }
    const pairs = new Map<number, number>();
    for (const all of byPerson.values()) {
      const items = all.slice(-MAX_ITEMS_PER_PERSON);
      for (let a = 0; a < items.length; a++) {
        for (let b = 0; b < items.length; b++) {
          if (a === b) continue;
          const key = items[a]! * PAIR_BASE + items[b]!;
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
    }
    const neighbours = new Map<number, [number, number][]>();
    for (const [key, count] of pairs) {
      if (count < minCount) continue;
      const from = Math.floor(key / PAIR_BASE);
      const list = neighbours.get(from) ?? [];
      if (!neighbours.has(from)) neighbours.set(from, list);
      list.push([key % PAIR_BASE, count]);
    }
    for (const [from, list] of neighbours) neighbours.set(from, list.sort((x, y) => y[1] - x[1]).slice(0, MAX_NEIGHBOURS));
    return new CoOccurrence(neighbours, popularity);
  }

  /** How many people saved or applied to the job. */
  popularityOf(jobId: number): number {
    return this.popularity.get(jobId) ?? 0;
  }

  /** Jobs often saved together with `jobId`, most shared first. */
  neighboursOf(jobId: number): readonly [number, number][] {
    return this.neighbours.get(jobId) ?? [];
  }

  /** Collaborative evidence for every job that shares people with the person's own jobs. */
  scoresFor(items: readonly number[]): Map<number, CollaborativeEvidence> {
    const own = new Set(items);
    const raw = new Map<number, { sum: number; support: number; because: number; best: number }>();
    for (const item of own) {
      const itemPopularity = this.popularityOf(item);
      for (const [jobId, count] of this.neighboursOf(item)) {
        if (own.has(jobId)) continue;
        const cosine = count / Math.sqrt(itemPopularity * this.popularityOf(jobId));
        const entry = raw.get(jobId) ?? { sum: 0, support: 0, because: item, best: 0 };
        if (!raw.has(jobId)) raw.set(jobId, entry);
        entry.sum += cosine;
        entry.support += count;
        if (cosine > entry.best) {
          entry.best = cosine;
          entry.because = item;
        }
      }
    }
    const result = new Map<number, CollaborativeEvidence>();
    for (const [jobId, entry] of raw) result.set(jobId, { score: 1 - Math.exp(-SQUASH * entry.sum), support: entry.support, because: entry.because });
    return result;
  }
}
