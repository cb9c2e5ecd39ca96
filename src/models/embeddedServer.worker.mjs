// The embedded PostgreSQL (PGlite) and its loopback socket, in a worker thread of its own.
//
// PGlite runs PostgreSQL on the thread that owns it: starting it (about 0.7 s) and every query
// it executes would otherwise hold the main thread, where Slack acks, Discord's three-second
// answers and the console live. Here it starts while the main thread loads the rest of Jobscout,
// and runs queries while the main thread keeps answering.
//
// Plain JavaScript, so that Node starts it as it is from src/ (tests) and from dist/ (npm start).
// Messages to the parent: { ready: { host, port } } | { failed: message } | { closed: true }.
import { connect } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string | null, from: Uint8Array | null, settings: string[], maxConnections: number }} */
const settings = workerData;

let lite;
let server;
try {
  lite = new PGlite({
    ...(settings.dataDir ? { dataDir: settings.dataDir } : {}),
    ...(settings.from ? { loadDataDir: new Blob([settings.from]) } : {}),
    // Jobscout's settings are added to PGlite's own start parameters, which startParams replaces.
    startParams: [...PGlite.defaultStartParams, ...settings.settings],
  });
  await lite.waitReady;
  // The first query of a new PGlite compiles much of PostgreSQL's WebAssembly; do it now, in parallel.
  await lite.query('select 1');
  server = new PGLiteSocketServer({ db: lite, host: '127.0.0.1', port: 0, maxConnections: settings.maxConnections });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  await openOneSession(host, Number(port));
  parentPort.postMessage({ ready: { host, port: Number(port) } });
} catch (error) {
  parentPort.postMessage({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  await lite?.close().catch(() => undefined);
  process.exit(1);
}

/**
 * Opens one client session and closes it again. PostgreSQL's handling of a session's start-up is
 * compiled on first use (about 0.2 s); paid here, it overlaps with the main thread's loading
 * instead of delaying the app's first query. Speaks the wire protocol's start-up message
 * directly: version 3.0, user and database postgres, then Terminate once ReadyForQuery arrives.
 */
function openOneSession(host, port) {
  const parameters = Buffer.from('user\0postgres\0database\0postgres\0\0');
  const startup = Buffer.alloc(8 + parameters.length);
  startup.writeInt32BE(startup.length, 0);
  startup.writeInt32BE(196608, 4);
  parameters.copy(startup, 8);
  return new Promise((resolve, reject) => {
    const socket = connect(port, host, () => socket.write(startup));
    let received = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      // Messages are a type byte and a length that counts itself; 'Z' is ReadyForQuery.
      for (let at = 0; at + 5 <= received.length; at += 1 + received.readInt32BE(at + 1)) {
        if (received[at] === 0x5a) return socket.end(Buffer.from([0x58, 0, 0, 0, 4]));
      }
    });
    socket.on('close', resolve);
    socket.on('error', reject);
  });
}

parentPort.on('message', async (message) => {
  if (message !== 'close') return;
  await server.stop();
  await lite.close();
  parentPort.postMessage({ closed: true });
});
