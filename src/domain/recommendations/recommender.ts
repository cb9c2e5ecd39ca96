import type { Config } from '../../config.js';
import type { CoOccurrence, CollaborativeEvidence } from './coOccurrence.js';
import { contentScore } from './contentScore.js';
import type { JobFeatures } from './features.js';
import type { JobIndex } from './jobIndex.js';
import { isAvoided, mayOffer, personVector, type PersonModel } from './personModel.js';

export interface Recommendation {
  jobId: number;
  /** The hybrid score, 0–1. */
  score: number;
  content: number;
  collaborative: number;
  /** How far collaborative evidence is trusted for this person, 0–1: it grows with their signals. */
  confidence: number;
  reasons: string[];
}

export type Method = 'popularity' | 'content' | 'collaborative' | 'hybrid';

export type RecommenderSettings = Pick<Config['recommendations'], 'weights' | 'minScore' | 'fullConfidenceAt'>;

// How many content candidates the index hands over for full scoring; see bench/recommendations.ts
// for how much of the exhaustive top 10 this finds.
export const CONTENT_CANDIDATES = 300;

const NO_EVIDENCE: CollaborativeEvidence = { score: 0, support: 0, because: 0 };

/**
 * Scores open jobs for a person: content, collaborative, and the hybrid of both that Jobscout
 * uses. Collaborative counts are kept per community (`collaboration`), and a person hears only
 * their own communities' counts; postings added by hand in other communities are never scored.
 */
export class Recommender {
  constructor(
    readonly index: JobIndex,
    readonly collaboration: ReadonlyMap<string, CoOccurrence>,
    private readonly settings: RecommenderSettings,
  ) {}

  /** The co-occurrence counts of each of the person's communities that has any. */
  private countsFor(person: Pick<PersonModel, 'communities'>): CoOccurrence[] {
    return person.communities.flatMap((community) => this.collaboration.get(community) ?? []);
  }

  /** Collaborative evidence from the person's communities; where two speak of a job, the stronger counts. */
  private evidenceFor(person: PersonModel): Map<number, CollaborativeEvidence> {
    const merged = new Map<number, CollaborativeEvidence>();
    const items = person.items.map((item) => item.jobId);
    for (const counts of this.countsFor(person)) {
      for (const [jobId, evidence] of counts.scoresFor(items)) if (evidence.score > (merged.get(jobId)?.score ?? -1)) merged.set(jobId, evidence);
    }
    return merged;
  }

  /** How many people in the person's communities saved or applied to the job (the largest count of any one). */
  popularityFor(person: Pick<PersonModel, 'communities'>, jobId: number): number {
    return Math.max(0, ...this.countsFor(person).map((counts) => counts.popularityOf(jobId)));
  }

  /** The open jobs the person may be offered, whatever else excludes them. */
  offerable(person: Pick<PersonModel, 'communities'>): JobFeatures[] {
    return this.index.jobs.filter((job) => mayOffer(job, person));
  }

  /** Collaborative evidence counts for more as the person saves and applies to more jobs. */
  confidenceFor(person: PersonModel): number {
    return Math.min(1, person.items.length / this.settings.fullConfidenceAt);
  }

  /**
   * The person's best jobs by `method`, at most `limit`, best first. Candidates come from the
   * inverted index and from co-occurrence; `exhaustive` scores every open job instead (the
   * baseline the fast path is measured against).
   */
  recommend(person: PersonModel, limit: number, options: { method?: Method; exhaustive?: boolean; minScore?: number } = {}): Recommendation[] {
    const method = options.method ?? 'hybrid';
    const minScore = options.minScore ?? (method === 'hybrid' ? this.settings.minScore : 0);
    const evidence = method === 'content' || method === 'popularity' ? new Map<number, CollaborativeEvidence>() : this.evidenceFor(person);
    const vector = personVector(person);
    const candidates = this.candidates(person, vector, evidence, method, options.exhaustive ?? false);
    const confidence = this.confidenceFor(person);
    const { content: wContent, collaborative: wCollaborative } = this.settings.weights;
    const scored: { job: JobFeatures; score: number; content: number; collaborative: CollaborativeEvidence }[] = [];
    for (const job of candidates) {
      if (person.excluded.has(job.jobId) || !mayOffer(job, person) || isAvoided(job.title, person.avoidTitles)) continue;
      const collaborative = evidence.get(job.jobId) ?? NO_EVIDENCE;
      let score: number;
      let content = 0;
      if (method === 'popularity') score = this.popularityFor(person, job.jobId) / (1 + this.popularityFor(person, job.jobId));
      else if (method === 'collaborative') score = collaborative.score + 1e-6 * this.popularityFor(person, job.jobId);
      else {
        content = contentScore(person, vector, job, false).score;
        const trusted = wCollaborative * confidence;
        score = method === 'content' ? content : (wContent * content + trusted * collaborative.score) / (wContent + trusted);
      }
      if (score >= minScore) scored.push({ job, score, content, collaborative });
    }
    // On a tie the newer posting wins: it is the one the person is less likely to have seen.
    const kept = scored.sort((a, b) => b.score - a.score || b.job.jobId - a.job.jobId).slice(0, limit);
    return kept.map(({ job, score, content, collaborative }) => ({
      jobId: job.jobId,
      score,
      content,
      collaborative: collaborative.score,
      confidence,
      reasons: [...(method === 'content' || method === 'hybrid' ? contentScore(person, vector, job).reasons : []), ...this.collaborativeReason(person, collaborative, confidence)],
    }));
  }

  /** "people who saved Acme also saved this": a company the person chose, never who else did. */
  private collaborativeReason(person: PersonModel, evidence: CollaborativeEvidence, confidence: number): string[] {
    if (evidence.score < 0.2 || confidence === 0) return [];
    const because = person.items.find((item) => item.jobId === evidence.because);
    return because ? [`people who saved ${because.company} also saved this`] : [];
  }

  private candidates(person: PersonModel, vector: ReturnType<typeof personVector>, evidence: Map<number, CollaborativeEvidence>, method: Method, exhaustive: boolean): readonly JobFeatures[] {
    if (exhaustive || method === 'popularity') return this.index.jobs;
    const chosen = new Map<number, JobFeatures>();
    if (method !== 'collaborative') for (const job of this.index.gather(vector, CONTENT_CANDIDATES, person.communities)) chosen.set(job.jobId, job);
    for (const jobId of evidence.keys()) {
      const job = this.index.byId(jobId);
      if (job) chosen.set(jobId, job);
    }
    // With nothing to go on yet, collaborative ranking falls back to what is popular.
    if (method === 'collaborative' && chosen.size < 10) return this.index.jobs;
    return [...chosen.values()];
  }

  /**
   * Open jobs like `jobId` by skills, title and co-occurrence, for "More like this" and /job
   * similar; co-occurrence is the person's communities' (the strongest cosine of any one).
   */
  similar(source: JobFeatures, person: PersonModel, limit: number): Recommendation[] {
    const vector = { skills: new Map(source.skills.map((skill) => [skill.key, skill.weight])), titleWords: new Map(source.titleWords.map((word) => [word, 1])) };
    const cosines = new Map<number, number>();
    for (const counts of this.countsFor(person)) {
      const sourcePopularity = counts.popularityOf(source.jobId);
      for (const [jobId, count] of counts.neighboursOf(source.jobId)) {
        cosines.set(jobId, Math.max(cosines.get(jobId) ?? 0, count / Math.sqrt(sourcePopularity * counts.popularityOf(jobId))));
      }
    }
    const candidates = new Map(this.index.gather(vector, CONTENT_CANDIDATES, person.communities).map((job) => [job.jobId, job]));
    for (const jobId of cosines.keys()) {
      const job = this.index.byId(jobId);
      if (job) candidates.set(jobId, job);
    }
    const results: Recommendation[] = [];
    for (const job of candidates.values()) {
      if (job.jobId === source.jobId || person.excluded.has(job.jobId) || !mayOffer(job, person) || isAvoided(job.title, person.avoidTitles)) continue;
      const shared = job.skills.filter((skill) => vector.skills.has(skill.key));
      const skillOverlap = shared.reduce((sum, skill) => sum + Math.min(skill.weight, vector.skills.get(skill.key)!), 0);
      const skillSimilarity = source.skillWeight && job.skillWeight ? skillOverlap / Math.sqrt(source.skillWeight * job.skillWeight) : 0;
      const sharedWords = job.titleWords.filter((word) => vector.titleWords.has(word)).length;
      const titleSimilarity = sharedWords / Math.max(1, new Set([...job.titleWords, ...source.titleWords]).size);
      const collaborative = cosines.get(job.jobId) ?? 0;
      const content = 0.75 * skillSimilarity + 0.25 * titleSimilarity;
      const score = 0.7 * content + 0.3 * collaborative;
      if (score < 0.2) continue;
      const reasons = [
        ...(shared.length ? [`shares ${shared.sort((a, b) => b.weight - a.weight).slice(0, 3).map((skill) => skill.name).join(', ')}`] : []),
        ...(job.company === source.company ? [`also at ${job.company}`] : []),
        ...(collaborative >= 0.2 ? ['people who saved that one also saved this'] : []),
      ];
      results.push({ jobId: job.jobId, score, content, collaborative, confidence: 1, reasons });
    }
    return results.sort((a, b) => b.score - a.score || a.jobId - b.jobId).slice(0, limit);
  }
}
