import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PATIENCE_MS } from './patience.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * What `npm start` runs (the built JavaScript, built first if the source is newer), as a child
 * process never pointed at a PostgreSQL server by the caller's environment.
 */
function spawnJobscout(env: Record<string, string>) {
  const baseEnv = { ...process.env };
  delete baseEnv.DATABASE_URL;
  return spawn(process.execPath, ['scripts/runBuilt.mjs', 'main'], { cwd: ROOT, env: { ...baseEnv, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
}

/**
 * Runs `npm start`'s entry point as a child process with `input` piped to standard input
 * (not a terminal, so it answers line by line and exits at the end of input).
 */
export function runJobscout(input: string, env: Record<string, string>): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawnJobscout(env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Starts Jobscout with standard input left open, for tests that feed it, wait, and kill it. */
export function startJobscout(env: Record<string, string>) {
  const child = spawnJobscout(env);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const waitIn = async (read: () => string, pattern: string | RegExp, ms: number): Promise<string> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const text = read();
      const found = typeof pattern === 'string' ? (text.includes(pattern) ? pattern : null) : (pattern.exec(text)?.[0] ?? null);
      if (found !== null) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}; output so far:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    child,
    exited,
    output: () => stdout,
    errors: () => stderr,
    /** Resolves once standard output contains `text`, or fails after `ms`. */
    async waitFor(text: string, ms = PATIENCE_MS): Promise<void> {
      await waitIn(() => stdout, text, ms);
    },
    /** Resolves with the first match of `pattern` on standard error (where status lines go). */
    waitForStderr: (pattern: RegExp, ms = PATIENCE_MS) => waitIn(() => stderr, pattern, ms),
  };
}
