/**
 * A simulated job market for the recommendation benchmarks: jobs built from real skills of
 * config/skills.json around role archetypes, and people with hidden preferences (skills they
 * don't all list, kinds of company they are drawn to without saying so, remote, seniority,
 * pay) who save, apply to and dismiss the jobs they come across. Seeded, so runs compare.
 */
import type { StoredSkill } from '../src/models/jobAnalyses.js';
import type { ProfileSkill, RemotePreference } from '../src/models/profiles.js';
import type { WorkMode } from '../src/models/jobs.js';

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARCHETYPES: { role: string; core: string[]; extra: string[] }[] = [
  { role: 'Backend Engineer', core: ['Go', 'PostgreSQL', 'Kubernetes', 'gRPC', 'Docker'], extra: ['Kafka', 'Redis', 'AWS', 'Microservices', 'Terraform', 'Prometheus', 'System Design'] },
  { role: 'Backend Engineer', core: ['Java', 'Spring', 'MySQL', 'Microservices', 'REST APIs'], extra: ['Kafka', 'Docker', 'AWS', 'Redis', 'Domain-Driven Design', 'Jenkins', 'Oracle Database'] },
  { role: 'Frontend Engineer', core: ['TypeScript', 'React', 'CSS', 'HTML', 'Redux'], extra: ['Next.js', 'Jest', 'Cypress', 'Tailwind CSS', 'Accessibility', 'GraphQL', 'Figma'] },
  { role: 'Full Stack Engineer', core: ['TypeScript', 'Node.js', 'React', 'PostgreSQL', 'REST APIs'], extra: ['Express', 'NestJS', 'Docker', 'AWS', 'GraphQL', 'Redis', 'Jest'] },
  { role: 'Data Engineer', core: ['Python', 'SQL', 'Spark', 'Airflow', 'ETL'], extra: ['dbt', 'Snowflake', 'BigQuery', 'Kafka', 'Data Modeling', 'AWS', 'Redshift'] },
  { role: 'Machine Learning Engineer', core: ['Python', 'PyTorch', 'Machine Learning', 'NumPy', 'pandas'], extra: ['TensorFlow', 'scikit-learn', 'NLP', 'LLMs', 'Computer Vision', 'Statistics', 'Docker'] },
  { role: 'Site Reliability Engineer', core: ['Kubernetes', 'Terraform', 'Linux', 'AWS', 'Prometheus'], extra: ['Go', 'Ansible', 'Helm', 'Grafana', 'Datadog', 'CI/CD', 'Bash'] },
  { role: 'Mobile Engineer', core: ['Swift', 'Kotlin', 'SwiftUI', 'Jetpack Compose', 'REST APIs'], extra: ['Flutter', 'Dart', 'Firebase', 'React Native', 'CI/CD', 'Git', 'TDD'] },
  { role: 'Software Engineer', core: ['Python', 'Django', 'PostgreSQL', 'Docker', 'REST APIs'], extra: ['Celery', 'Redis', 'AWS', 'Flask', 'FastAPI', 'Linux', 'Git'] },
  { role: 'Platform Engineer', core: ['Rust', 'Linux', 'Kubernetes', 'gRPC', 'System Design'], extra: ['Go', 'C++', 'Prometheus', 'Terraform', 'Observability', 'Security', 'CI/CD'] },
];
const SOFT = ['Communication', 'Collaboration', 'Ownership', 'Mentoring', 'Agile', 'Problem Solving'];
const CITIES = ['Berlin', 'London', 'Amsterdam', 'Lisbon', 'Paris', 'New York', 'San Francisco', 'Toronto', 'Munich', 'Barcelona'];
const SENIORITIES = [
  { level: 'junior', word: 'Junior', years: 1 },
  { level: 'mid', word: '', years: 3 },
  { level: 'senior', word: 'Senior', years: 5 },
  { level: 'lead', word: 'Staff', years: 8 },
] as const;
// Kinds of company a person may be drawn to without ever saying so: only behaviour shows it.
const CLUSTERS = 8;

/** Where the simulated people use Jobscout, and what share of the jobs were added by hand in one of those communities. */
export interface MarketShape {
  communities: readonly string[];
  /** 0–1; the rest are public postings from boards and feeds. */
  privateShare: number;
}

/** Everyone in one community and every job public: the market the quality benchmark scores. */
export const ONE_COMMUNITY: MarketShape = { communities: ['console:bench'], privateShare: 0 };

export interface SimJob {
  id: number;
  /** Null for a public posting; else the community it was added in by hand. */
  community: string | null;
  title: string;
  company: string;
  cluster: number;
  archetype: number;
  location: string | null;
  workMode: WorkMode;
  seniority: string;
  yearsExperience: number;
  salaryMax: number;
  skills: StoredSkill[];
  /** How attractive it is to anyone: what popularity picks up. */
  appeal: number;
}

export interface SimPerson {
  id: number;
  community: string;
  archetype: number;
  trueSkills: Set<string>;
  clusters: Set<number>;
  remote: RemotePreference;
  city: string;
  years: number;
  salaryFloor: number;
  /** What they put in their profile: some of their skills, not all. */
  profile: { skills: ProfileSkill[]; yearsExperience: number; targetTitles: string[]; locations: string[]; remotePreference: RemotePreference; salaryFloor: number; salaryCurrency: string };
}

export interface Interaction {
  personId: number;
  jobId: number;
  kind: 'apply' | 'save' | 'dismiss';
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function sample<T>(rand: () => number, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

export function makeJobs(count: number, rand: () => number, firstId = 1, market: MarketShape = ONE_COMMUNITY): SimJob[] {
  const companies = Array.from({ length: Math.max(20, Math.round(count / 8)) }, (_, i) => ({ name: `Company ${i + 1}`, cluster: Math.floor(rand() * CLUSTERS) }));
  return Array.from({ length: count }, (_, i) => {
    const archetype = Math.floor(rand() * ARCHETYPES.length);
    const shape = ARCHETYPES[archetype]!;
    const seniority = pick(rand, SENIORITIES);
    const company = pick(rand, companies);
    const core = sample(rand, shape.core, 3 + Math.floor(rand() * 3));
    const extra = sample(rand, shape.extra, 1 + Math.floor(rand() * 3));
    const soft = sample(rand, SOFT, Math.floor(rand() * 2));
    const workMode: WorkMode = rand() < 0.4 ? 'remote' : rand() < 0.5 ? 'hybrid' : 'onsite';
    // Drawn only when some jobs are private, so a one-community market keeps its old random stream.
    const community = market.privateShare > 0 && rand() < market.privateShare ? pick(rand, market.communities) : null;
    return {
      id: firstId + i,
      community,
      title: [seniority.word, shape.role].filter(Boolean).join(' '),
      company: company.name,
      cluster: company.cluster,
      archetype,
      location: workMode === 'remote' ? null : pick(rand, CITIES),
      workMode,
      seniority: seniority.level,
      yearsExperience: seniority.years,
      salaryMax: 50_000 + seniority.years * 12_000 + Math.round(rand() * 40_000),
      skills: [
        ...core.map((name) => ({ name, category: 'x', required: true })),
        ...extra.map((name) => ({ name, category: 'x', required: rand() < 0.3 })),
        ...soft.map((name) => ({ name, category: 'soft skills', required: false })),
      ],
      appeal: rand(),
    };
  });
}

export function makePeople(count: number, rand: () => number, firstId = 1, market: MarketShape = ONE_COMMUNITY): SimPerson[] {
  return Array.from({ length: count }, (_, i) => {
    const archetype = Math.floor(rand() * ARCHETYPES.length);
    const shape = ARCHETYPES[archetype]!;
    // Some people straddle two kinds of role.
    const second = rand() < 0.3 ? ARCHETYPES[Math.floor(rand() * ARCHETYPES.length)]! : null;
    const trueSkills = new Set([...shape.core, ...sample(rand, shape.extra, 3 + Math.floor(rand() * 3)), ...(second ? sample(rand, second.core, 3) : []), ...sample(rand, SOFT, 3)]);
    const listed = [...trueSkills].filter(() => rand() < 0.6);
    const remote: RemotePreference = rand() < 0.45 ? 'remote' : rand() < 0.5 ? 'any' : 'hybrid';
    const city = pick(rand, CITIES);
    const years = Math.floor(rand() * 12);
    const salaryFloor = 45_000 + years * 9_000 + Math.round(rand() * 20_000);
    const clusters = new Set([Math.floor(rand() * CLUSTERS), ...(rand() < 0.5 ? [Math.floor(rand() * CLUSTERS)] : [])]);
    const levels = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
    return {
      id: firstId + i,
      community: market.communities[i % market.communities.length]!,
      archetype,
      trueSkills,
      clusters,
      remote,
      city,
      years,
      salaryFloor,
      profile: {
        skills: listed.map((name) => ({ name, category: 'x', level: pick(rand, levels.slice(1)) })),
        yearsExperience: years,
        targetTitles: rand() < 0.5 ? [shape.role] : [],
        locations: remote === 'remote' ? [] : [city],
        remotePreference: remote,
        salaryFloor,
        salaryCurrency: 'USD',
      },
    };
  });
}

/** How much the person would really like the job, about 0–1; the recommender never sees it. */
export function utility(person: SimPerson, job: SimJob, rand: () => number): number {
  const weights = job.skills.map((skill) => (skill.required ? 1 : 0.5));
  const skills = job.skills.reduce((sum, skill, i) => sum + (person.trueSkills.has(skill.name) ? weights[i]! : 0), 0) / weights.reduce((a, b) => a + b, 0);
  const place = job.workMode === 'remote' ? 1 : person.remote === 'remote' ? 0 : job.location === person.city ? 1 : 0.2;
  const level = person.years >= job.yearsExperience ? (person.years - job.yearsExperience > 6 ? 0.5 : 1) : Math.max(0, 1 - (job.yearsExperience - person.years) / 3);
  const pay = job.salaryMax >= person.salaryFloor ? 1 : 0.3;
  const kind = person.clusters.has(job.cluster) ? 1 : 0;
  return 0.4 * skills + 0.25 * kind + 0.1 * place + 0.1 * level + 0.05 * pay + 0.1 * job.appeal + 0.08 * (rand() - 0.5);
}

/** Whether the person can come across the job at all: public, or added in their community. */
export function canSee(person: SimPerson, job: SimJob): boolean {
  return job.community === null || job.community === person.community;
}

/**
 * What each person does with the jobs they come across: they browse `seen` jobs they can see
 * (more of them in their own line of work), apply to the best, save the next best, dismiss
 * some poor ones.
 */
export function simulate(people: readonly SimPerson[], jobs: readonly SimJob[], rand: () => number, seen: number): Interaction[] {
  const byArchetype = new Map<number, SimJob[]>();
  for (const job of jobs) {
    const list = byArchetype.get(job.archetype) ?? [];
    if (!byArchetype.has(job.archetype)) byArchetype.set(job.archetype, list);
    list.push(job);
  }
  const interactions: Interaction[] = [];
  for (const person of people) {
    const own = (byArchetype.get(person.archetype) ?? []).filter((job) => canSee(person, job));
    const browsed = new Map<number, SimJob>();
    for (const job of sample(rand, own, Math.round(seen * 0.6))) browsed.set(job.id, job);
    while (browsed.size < seen) {
      const job = pick(rand, jobs);
      if (canSee(person, job)) browsed.set(job.id, job);
    }
    const ranked = [...browsed.values()].map((job) => ({ job, u: utility(person, job, rand) })).sort((a, b) => b.u - a.u);
    const applies = 3 + Math.floor(rand() * 4);
    const saves = 6 + Math.floor(rand() * 6);
    ranked.slice(0, applies).forEach(({ job }) => interactions.push({ personId: person.id, jobId: job.id, kind: 'apply' }));
    ranked.slice(applies, applies + saves).forEach(({ job }) => interactions.push({ personId: person.id, jobId: job.id, kind: 'save' }));
    ranked.slice(-8).filter(() => rand() < 0.5).forEach(({ job }) => interactions.push({ personId: person.id, jobId: job.id, kind: 'dismiss' }));
  }
  return interactions;
}

/** Each person's interactions, in the order they happened. */
export function byPerson(interactions: readonly Interaction[]): Map<number, Interaction[]> {
  const grouped = new Map<number, Interaction[]>();
  for (const interaction of interactions) {
    const list = grouped.get(interaction.personId) ?? [];
    if (!grouped.has(interaction.personId)) grouped.set(interaction.personId, list);
    list.push(interaction);
  }
  return grouped;
}
