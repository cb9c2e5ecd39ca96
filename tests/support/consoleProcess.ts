import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm start`'s entry point as a child process with `input` piped to standard input
 * (not a terminal, so it answers line by line and exits at the end of input).
 */
export function runJobscout(input: string, env: Record<string, string>): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const baseEnv = { ...process.env };
    delete baseEnv.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...baseEnv, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
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
  const baseEnv = { ...process.env };
  delete baseEnv.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...baseEnv, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => stdout,
    /** Resolves once standard output contains `text`, or fails after `ms`. */
    async waitFor(text: string, ms = 20_000): Promise<void> {
      const deadline = Date.now() + ms;
      while (!stdout.includes(text)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(text)}; output so far:\n${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
