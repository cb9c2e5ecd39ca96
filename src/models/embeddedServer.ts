import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** The embedded database's data: a folder, or memory (for tests and benchmarks), optionally starting from a dumped folder (a tarball). */
export type EmbeddedTarget = { kind: 'embedded'; dataDir: string } | { kind: 'memory'; from?: Uint8Array };

/** A running embedded PostgreSQL: where to connect, and how to stop it. */
export interface EmbeddedServer {
  host: string;
  port: number;
  stop(): Promise<void>;
}

// PGlite's default of 128 MB of shared buffers is sized for a server. Jobscout's embedded
// database is one person's or a small group's, and a reopened data folder held 312 MiB resident
// with the default against 137 MiB with 16 MB. These are added to PGlite's own start parameters
// (postgresql.conf is left alone: replacing it drops its timezone setting).
export const EMBEDDED_SETTINGS = ['-c', 'shared_buffers=16MB'];

const WORKER = new URL('./embeddedServer.worker.mjs', import.meta.url);

// The application's pool uses one connection (see database.ts); the rest leave room for a
// second client, such as a test holding a transaction open, without queueing it forever.
const SOCKET_CONNECTIONS = 5;

type WorkerMessage = { ready: { host: string; port: number } } | { failed: string } | { closed: true };

/**
 * Starts PGlite and its loopback socket in a worker thread (see embeddedServer.worker.mjs).
 * This module needs nothing but Node itself, so `npm start` can call it first and load the rest
 * of Jobscout while the database starts on the other core. If the worker dies once it is
 * running, `onCrash` hears why; by default the error is thrown, which ends the process: an app
 * whose database is gone must not go on answering as if it had one.
 */
export async function startEmbeddedServer(
  target: EmbeddedTarget,
  onCrash: (error: Error) => void = (error) => {
    throw error;
  },
): Promise<EmbeddedServer> {
  const where = target.kind === 'embedded' ? ` in ${target.dataDir}` : '';
  try {
    if (target.kind === 'embedded') mkdirSync(target.dataDir, { recursive: true });
  } catch (error) {
    throw new Error(`The embedded database could not start${where}: ${(error as Error).message}`);
  }
  const worker = new Worker(WORKER, {
    workerData: {
      dataDir: target.kind === 'embedded' ? target.dataDir : null,
      from: target.kind === 'memory' ? (target.from ?? null) : null,
      settings: EMBEDDED_SETTINGS,
      maxConnections: SOCKET_CONNECTIONS,
    },
  });
  // The worker's next message, or why there will be none: an error, or an exit without a word.
  const next = () =>
    new Promise<WorkerMessage>((resolve, reject) => {
      const done = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (message: WorkerMessage) => (done(), resolve(message));
      const onError = (error: Error) => (done(), reject(error));
      const onExit = (code: number) => (done(), reject(new Error(`the database's worker thread ended (exit code ${code})`)));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
  const first = await next().catch((error: Error) => ({ failed: error.message }) as WorkerMessage);
  if (!('ready' in first)) {
    await worker.terminate();
    throw new Error(`The embedded database could not start${where}: ${'failed' in first ? first.failed : 'no answer'}`);
  }
  let stopped: Promise<void> | null = null;
  let exited = false;
  const crashed = (reason: string) => {
    if (!stopped) onCrash(new Error(`The embedded database stopped unexpectedly${where}: ${reason}`));
  };
  worker.on('error', (error) => crashed(error.message));
  worker.on('exit', (code) => {
    exited = true;
    crashed(`its worker thread ended (exit code ${code})`);
  });
  return {
    ...first.ready,
    // Safe to call more than once (a failed start and the exit path may both stop it), and after the worker has gone.
    stop() {
      stopped ??= (async () => {
        if (exited) return;
        const closed = next();
        worker.postMessage('close');
        // A worker that can't close cleanly is ended all the same.
        await closed.catch(() => undefined);
        await worker.terminate();
      })();
      return stopped;
    },
  };
}
