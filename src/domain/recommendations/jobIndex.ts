import { CONTENT_SHARES } from './contentScore.js';
import type { JobFeatures } from './features.js';
import type { PersonVector } from './personModel.js';

// A title word held by a large share of a large index ("engineer") lifts nearly every job by
// the same little and costs a pass over all of them; candidates are gathered without it (the
// final score still counts it). Small indexes keep every word.
const COMMON_WORD_SHARE = 0.2;
const COMMON_WORD_CANDIDATES = 10;

interface Postings {
  positions: Int32Array;
  impacts: Float32Array;
}

/**
 * The open jobs with an inverted index from each skill and title word to the jobs that hold it,
 * so that gathering a person's candidates touches only jobs sharing something with them, not
 * every job.
 */
export class JobIndex {
  private readonly position = new Map<number, number>();
  private readonly postings = new Map<string, Postings>();
  // Each job's community as a small number (0: public), so gathering can skip other communities' jobs cheaply.
  private readonly communityCodes = new Map<string, number>();
  private readonly communityOf: Int32Array;
  // Reused by every gather: the recommender is synchronous, so one set of buffers is enough.
  private readonly accumulator: Float32Array;
  private readonly touched: Int32Array;

  constructor(readonly jobs: readonly JobFeatures[]) {
    const lists = new Map<string, { positions: number[]; impacts: number[] }>();
    const add = (key: string, at: number, impact: number) => {
      const list = lists.get(key) ?? { positions: [], impacts: [] };
      if (!lists.has(key)) lists.set(key, list);
      list.positions.push(at);
      list.impacts.push(impact);
    };
    this.communityOf = new Int32Array(jobs.length);
    jobs.forEach((job, at) => {
      this.position.set(job.jobId, at);
      if (job.community !== null) {
        if (!this.communityCodes.has(job.community)) this.communityCodes.set(job.community, this.communityCodes.size + 1);
        this.communityOf[at] = this.communityCodes.get(job.community)!;
      }
      for (const skill of job.skills) add(`skill:${skill.key}`, at, (CONTENT_SHARES.skills * skill.weight) / job.skillWeight);
      for (const word of job.titleWords) add(`title:${word}`, at, CONTENT_SHARES.title / job.titleWords.length);
    });
    for (const [key, list] of lists) this.postings.set(key, { positions: Int32Array.from(list.positions), impacts: Float32Array.from(list.impacts) });
    this.accumulator = new Float32Array(jobs.length);
    this.touched = new Int32Array(jobs.length);
  }

  get size(): number {
    return this.jobs.length;
  }

  byId(jobId: number): JobFeatures | undefined {
    const at = this.position.get(jobId);
    return at === undefined ? undefined : this.jobs[at];
  }

  /** Which community codes a person with these communities may see: public (0) and theirs. */
  private allowedCodes(communities: readonly string[] | null): Uint8Array | null {
    if (communities === null || this.communityCodes.size === 0) return null;
    const allowed = new Uint8Array(this.communityCodes.size + 1);
    allowed[0] = 1;
    for (const community of communities) {
      const code = this.communityCodes.get(community);
      if (code !== undefined) allowed[code] = 1;
    }
    return allowed;
  }

  /**
   * The `limit` jobs with the highest skills-and-title score for the person's positive
   * affinities, found through the postings of those features alone. The score is the exact
   * skills and title part of the content score (negative affinities and very common title words
   * aside), so the best content matches are among them unless the other parts reorder jobs a
   * long way. With `communities`, only public postings and those added in these communities are
   * gathered, so other communities' jobs never take a candidate's place.
   */
  gather(vector: PersonVector, limit: number, communities: readonly string[] | null = null): JobFeatures[] {
    const acc = this.accumulator;
    const allowed = this.allowedCodes(communities);
    let count = 0;
    const visit = (key: string, weight: number) => {
      if (weight <= 0) return;
      const list = this.postings.get(key);
      if (!list) return;
      for (let i = 0; i < list.positions.length; i++) {
        const at = list.positions[i]!;
        if (allowed && allowed[this.communityOf[at]!] === 0) continue;
        if (acc[at] === 0) this.touched[count++] = at;
        acc[at]! += weight * list.impacts[i]!;
      }
    };
    for (const [skill, weight] of vector.skills) visit(`skill:${skill}`, weight);
    const common = Math.max(limit * COMMON_WORD_CANDIDATES, this.jobs.length * COMMON_WORD_SHARE);
    for (const [word, weight] of vector.titleWords) if ((this.postings.get(`title:${word}`)?.positions.length ?? 0) <= common) visit(`title:${word}`, weight);
    const chosen = topPositions(acc, this.touched, count, limit);
    for (let i = 0; i < count; i++) acc[this.touched[i]!] = 0;
    return chosen.map((at) => this.jobs[at]!);
  }
}

/**
 * The positions of the `limit` largest scores among the touched ones, by a histogram of the
 * scores: linear in the touched count, where sorting all of them would not be.
 */
function topPositions(scores: Float32Array, touched: Int32Array, count: number, limit: number): number[] {
  if (count <= limit) return Array.from(touched.subarray(0, count));
  let max = 0;
  for (let i = 0; i < count; i++) max = Math.max(max, scores[touched[i]!]!);
  const BINS = 1024;
  const histogram = new Int32Array(BINS);
  const bin = (score: number) => Math.min(BINS - 1, Math.floor((score / max) * (BINS - 1)));
  for (let i = 0; i < count; i++) histogram[bin(scores[touched[i]!]!)]!++;
  let threshold = BINS - 1;
  for (let taken = histogram[threshold]!; taken < limit && threshold > 0; ) taken += histogram[--threshold]!;
  const result: number[] = [];
  for (let i = 0; i < count; i++) if (bin(scores[touched[i]!]!) >= threshold) result.push(touched[i]!);
  return result;
}
