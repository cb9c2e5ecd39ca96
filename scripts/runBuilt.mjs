// Runs a Jobscout entry point (src/<entry>.ts) from built JavaScript, building first when the
// source has no build yet. Compiling TypeScript at every start cost about two seconds of a
// six-second `npm start`; a build is reused for as long as the source stays the same.
//
//   node scripts/runBuilt.mjs main             what `npm start` runs
//   node scripts/runBuilt.mjs discordRegister
//   node scripts/runBuilt.mjs --build          build only (`npm run build`, and `npm ci`'s prepare)
//
// Each build lives in dist/<version>/, named by a hash of every source file and of what builds
// it, and is never changed once made: a process that started on one version keeps loading
// modules from it (Jobscout loads some only when first needed) while a newer start builds
// another. A running process marks the build it uses; the newest few, and every one in use, are
// kept.
import { createHash } from 'node:crypto';
import { accessSync, constants, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { createRequire } from 'node:module';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = path.join(ROOT, 'src');
const BUILDS = path.join(ROOT, 'dist');
const KEEP_BUILDS = 3;
const VERSION = /^[0-9a-f]{16}$/;
const require = createRequire(import.meta.url);

/** Every .ts file under `dir` (to transpile) and every .mjs file (plain JavaScript such as a worker thread's, copied as it is). */
function sources(dir, found = { transpile: [], copy: [] }) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(full, found);
    else if (entry.name.endsWith('.ts')) found.transpile.push(full);
    else if (entry.name.endsWith('.mjs')) found.copy.push(full);
  }
  return found;
}

/** The version of this source: a hash of each file's path and content, of this script, the compiler settings and esbuild's version. */
function versionOf(files) {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).update(readFileSync(path.join(ROOT, 'tsconfig.json')));
  hash.update(JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version);
  for (const file of files) hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

async function build(target, { transpile, copy }) {
  // esbuild transpiles each file on its own, which the project's isolatedModules setting allows;
  // type checking is `npm run typecheck`'s job, not start-up's.
  const { build: esbuild } = await import('esbuild');
  const staging = `${target}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await esbuild({ entryPoints: transpile, outdir: staging, outbase: SOURCE, format: 'esm', platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning' });
  for (const file of copy) cpSync(file, path.join(staging, path.relative(SOURCE, file)));
  writeFileSync(path.join(staging, '.built'), '');
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another start built the same version meanwhile: theirs is identical.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(path.join(target, '.built'))) throw error;
  }
}

/** Whether a process that marked a build as in use is still running. */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function inUse(build) {
  try {
    return readdirSync(path.join(build, '.users')).some((pid) => isRunning(Number(pid)));
  } catch {
    return false;
  }
}

/**
 * Removes old builds: all but the newest few (by when they were last started), never one that a
 * running process is using, and staging folders left by starts that died while building.
 */
function pruneBuilds(current) {
  const builds = [];
  for (const name of readdirSync(BUILDS)) {
    const full = path.join(BUILDS, name);
    try {
      if (name.includes('.tmp-')) {
        // One younger than a minute may be another start's build in progress.
        if (Date.now() - statSync(full).mtimeMs > 60_000) rmSync(full, { recursive: true, force: true });
      } else if (VERSION.test(name) && full !== current) builds.push({ full, at: statSync(full).mtimeMs });
    } catch (error) {
      // Another start renamed or removed it meanwhile.
      if (error.code !== 'ENOENT') throw error;
    }
  }
  builds.sort((a, b) => b.at - a.at);
  for (const { full } of builds.slice(KEEP_BUILDS - 1)) if (!inUse(full)) rmSync(full, { recursive: true, force: true });
}

/** Marks the build as used by this process until it exits, and as the most recently started. */
function markInUse(build) {
  const mark = path.join(build, '.users', String(process.pid));
  try {
    mkdirSync(path.dirname(mark), { recursive: true });
    writeFileSync(mark, '');
    process.on('exit', () => {
      try {
        unlinkSync(mark);
      } catch {
        // Gone already.
      }
    });
    const now = new Date();
    utimesSync(build, now, now);
  } catch {
    // A build this user can't write to is still fine to run.
  }
}

function canWrite(folder) {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The folder of this source's build, building it if needed; null when the checkout can't be written to. */
async function ensureBuilt() {
  const found = sources(SOURCE);
  const target = path.join(BUILDS, versionOf([...found.transpile, ...found.copy]));
  if (existsSync(path.join(target, '.built'))) return target;
  if (!canWrite(existsSync(BUILDS) ? BUILDS : ROOT)) return null;
  mkdirSync(BUILDS, { recursive: true });
  await build(target, found);
  pruneBuilds(target);
  return target;
}

const entry = process.argv[2];
if (!entry) {
  process.stderr.write('Usage: node scripts/runBuilt.mjs <entry>|--build\n');
  process.exit(2);
}
const built = await ensureBuilt();
if (entry === '--build') {
  if (!built) {
    process.stderr.write(`Cannot write the build to ${BUILDS}.\n`);
    process.exit(1);
  }
} else {
  // The embedded database is PostgreSQL compiled to WebAssembly. By default V8 recompiles each
  // function with its optimising compiler once it has run a little, which at start-up means most
  // of PostgreSQL, on both cores, for code that runs once. With fifty times the budget, start-up
  // takes a third less CPU and about 40 MiB less memory; functions that keep running (a digest
  // round's queries) are still optimised.
  v8.setFlagsFromString('--wasm-tiering-budget=90000000');
  if (built) {
    markInUse(built);
    // Stack traces in the log point into src/, not dist/.
    process.setSourceMapsEnabled(true);
    await import(pathToFileURL(path.join(built, `${entry}.js`)).href);
  } else {
    // A checkout this user can't write to (installed by another account) runs from source.
    process.stderr.write(`Jobscout can't write its build to ${BUILDS}; running from source, which starts more slowly. Run npm run build as the folder's owner to fix this.\n`);
    const { register } = await import('tsx/esm/api');
    register();
    await import(pathToFileURL(path.join(SOURCE, `${entry}.ts`)).href);
  }
}
