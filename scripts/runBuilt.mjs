// Runs a Jobscout entry point (src/<entry>.ts) from built JavaScript in dist/, building first when
// the build is missing or older than any source file. Compiling TypeScript at every start cost
// about two seconds of a six-second `npm start`; a build is reused until the source changes.
//
//   node scripts/runBuilt.mjs main             what `npm start` runs
//   node scripts/runBuilt.mjs discordRegister
//   node scripts/runBuilt.mjs --build          build only (`npm run build`)
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = path.join(ROOT, 'src');
const BUILD = path.join(ROOT, 'dist');
// Written last: a build interrupted half-way has none and is redone.
const STAMP = path.join(BUILD, '.built');

/**
 * Every .ts file under `dir` (to transpile), every .mjs file (plain JavaScript such as a worker
 * thread's, copied as it is), and the newest modification time among them and their folders (a
 * deleted file changes its folder's).
 */
function scan(dir, found = { files: [], copies: [], newest: statSync(dir).mtimeMs }) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.newest = Math.max(found.newest, statSync(full).mtimeMs);
      scan(full, found);
    } else if (entry.name.endsWith('.ts') || entry.name.endsWith('.mjs')) {
      (entry.name.endsWith('.ts') ? found.files : found.copies).push(full);
      found.newest = Math.max(found.newest, statSync(full).mtimeMs);
    }
  }
  return found;
}

function isFresh(newest) {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  // This script decides how to build, so a change to it is a change to the build.
  return built >= newest && built >= statSync(fileURLToPath(import.meta.url)).mtimeMs;
}

async function build(files, copies) {
  // esbuild transpiles each file on its own, which the project's isolatedModules setting allows;
  // type checking is `npm run typecheck`'s job, not start-up's.
  const { build: esbuild } = await import('esbuild');
  const staging = `${BUILD}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await esbuild({ entryPoints: files, outdir: staging, outbase: SOURCE, format: 'esm', platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning' });
  for (const file of copies) cpSync(file, path.join(staging, path.relative(SOURCE, file)));
  writeFileSync(path.join(staging, '.built'), '');
  // Swapped in whole, so a concurrent start never imports a half-written build.
  const old = `${BUILD}.old.${process.pid}`;
  if (existsSync(BUILD)) renameSync(BUILD, old);
  renameSync(staging, BUILD);
  rmSync(old, { recursive: true, force: true });
}

async function ensureBuilt() {
  const { files, copies, newest } = scan(SOURCE);
  if (isFresh(newest)) return;
  // Two starts after a change build one at a time; the second finds the first's build fresh.
  const { default: lockfile } = await import('proper-lockfile');
  const release = await lockfile.lock(ROOT, { lockfilePath: path.join(ROOT, 'dist.lock'), stale: 30_000, retries: { retries: 60, minTimeout: 100, maxTimeout: 500 } });
  try {
    if (!isFresh(newest)) await build(files, copies);
  } finally {
    await release();
  }
}

const entry = process.argv[2];
if (!entry) {
  process.stderr.write('Usage: node scripts/runBuilt.mjs <entry>|--build\n');
  process.exit(2);
}
await ensureBuilt();
if (entry !== '--build') {
  // The embedded database is PostgreSQL compiled to WebAssembly. By default V8 recompiles each
  // function with its optimising compiler once it has run a little, which at start-up means most
  // of PostgreSQL, on both cores, for code that runs once. With fifty times the budget, start-up
  // takes a third less CPU and about 40 MiB less memory; functions that keep running (a digest
  // round's queries) are still optimised.
  v8.setFlagsFromString('--wasm-tiering-budget=90000000');
  // Stack traces in the log point into src/, not dist/.
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(path.join(BUILD, `${entry}.js`)).href);
}
