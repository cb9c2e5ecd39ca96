/**
 * How long `printf '/job list\n' | npm start` takes and how much memory it holds, on the
 * embedded database: the first start of a fresh clone (it builds), a cold start (a new data
 * folder: initdb and every migration) and warm starts on an existing folder. Each run is a real
 * child process; its peak resident memory is the highest kernel high-water mark (VmHWM) of its
 * processes, sampled until it exits.
 *
 * With BENCH_BASELINE=<git ref>, the same runs are made on that commit first (checked out into
 * a temporary worktree beside this one, sharing node_modules), so before and after are measured
 * on the same machine in the same run.
 *
 *   npm run bench:start   (BENCH_WARM_RUNS, BENCH_BASELINE)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { percentiles } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 10);
const MiB = 1024;

interface Run {
  ms: number;
  peakMiB: number;
  stdout: string;
}

/** The high-water mark of a process's resident memory, in KiB, or 0 once it is gone. */
function highWaterKiB(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Runs `npm start` in `root` with one command piped in; resolves with its time, peak memory and output. */
function startOnce(root: string, dataDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, JOBSCOUT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    const started = performance.now();
    const child = spawn('npm', ['start', '--silent'], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    // npm starts node: the deepest descendant is the one holding the database.
    const sampler = setInterval(() => {
      for (const pid of descendants(child.pid!)) peak = Math.max(peak, highWaterKiB(pid));
    }, 10);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`npm start exited with ${code}: ${stderr}`));
      else resolve({ ms: performance.now() - started, peakMiB: peak / MiB, stdout });
    });
    child.stdin.end('/job list\n');
  });
}

function descendants(pid: number): number[] {
  const found = [pid];
  for (let i = 0; i < found.length; i++) {
    try {
      const children = readFileSync(`/proc/${found[i]}/task/${found[i]}/children`, 'utf8').trim();
      if (children) found.push(...children.split(/\s+/).map(Number));
    } catch {
      // It has exited meanwhile.
    }
  }
  return found;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A start on a data folder of its own, which is then thrown away. */
async function coldStart(root: string): Promise<Run> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-bench-start-'));
  try {
    const run = await startOnce(root, dataDir);
    if (!run.stdout.includes('You are not tracking any jobs yet')) throw new Error(`unexpected answer: ${run.stdout}`);
    return run;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measure(label: string, root: string): Promise<void> {
  console.log(label);
  // As after a fresh clone: no build yet (where there is one to make) and no data folder.
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  const first = await coldStart(root);
  console.log(`  first start of a fresh clone (any build, then a new data folder): ${seconds(first.ms)}, peak rss ${first.peakMiB.toFixed(0)} MiB`);
  const cold = await coldStart(root);
  console.log(`  cold start (new data folder): ${seconds(cold.ms)}, peak rss ${cold.peakMiB.toFixed(0)} MiB`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-bench-start-'));
  try {
    await startOnce(root, dataDir);
    const warm: Run[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await startOnce(root, dataDir));
    const time = percentiles(warm.map((run) => run.ms));
    const memory = percentiles(warm.map((run) => run.peakMiB));
    console.log(`  warm start (existing data folder), ${WARM_RUNS} runs: p50 ${seconds(time.p50)}, p95 ${seconds(time.p95)}, max ${seconds(time.max)}; peak rss p50 ${memory.p50.toFixed(0)} MiB, max ${memory.max.toFixed(0)} MiB`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The commit `ref` checked out beside this one, using this checkout's installed packages. */
function baselineCheckout(ref: string): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'jobscout-baseline-'));
  rmSync(root, { recursive: true });
  execFileSync('git', ['worktree', 'add', '--detach', root, ref], { cwd: ROOT, stdio: 'ignore' });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
  return {
    root,
    remove: () => execFileSync('git', ['worktree', 'remove', '--force', root], { cwd: ROOT, stdio: 'ignore' }),
  };
}

async function main(): Promise<void> {
  console.log(`printf '/job list\\n' | npm start on the embedded database, Node ${process.version}, ${WARM_RUNS} warm runs each\n`);
  const ref = process.env.BENCH_BASELINE;
  if (ref) {
    const baseline = baselineCheckout(ref);
    try {
      await measure(`before (${ref}):`, baseline.root);
    } finally {
      baseline.remove();
    }
  }
  await measure(ref ? 'after (this checkout):' : 'this checkout:', ROOT);
}

void main();
