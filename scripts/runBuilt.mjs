// Runs a Jobscout entry point (src/<entry>.ts) from built JavaScript, building first when the
// source has no build yet. Compiling TypeScript at every start cost about two seconds of a
// six-second `npm start`; a build is reused for as long as the source stays the same.
//
//   node scripts/runBuilt.mjs main             what `npm start` runs
//   node scripts/runBuilt.mjs discordRegister
//   node scripts/runBuilt.mjs --build          build only (`npm run build`, and `npm ci`'s prepare)
//
// Each build lives in dist/<version>/, named by a hash of every source file and of this script,
// and is never changed once made: a process that started on one version keeps loading modules
// from it (Jobscout loads some only when first needed) while a newer start builds another. The
// newest few are kept.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = path.join(ROOT, 'src');
const BUILDS = path.join(ROOT, 'dist');
const KEEP_BUILDS = 3;

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

/** The version of this source: a hash of each file's path and content, and of this script. */
function versionOf(files) {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
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

/** Removes all but the newest few builds (and leftovers of interrupted ones), never `current`. */
function pruneBuilds(current) {
  const builds = readdirSync(BUILDS)
    .map((name) => ({ name, full: path.join(BUILDS, name) }))
    .filter(({ full }) => full !== current)
    .map((entry) => ({ ...entry, at: statSync(entry.full).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { name, full } of builds.slice(KEEP_BUILDS - 1)) {
    // A staging folder younger than a minute may be another start's build in progress.
    if (name.includes('.tmp-') && Date.now() - statSync(full).mtimeMs < 60_000) continue;
    rmSync(full, { recursive: true, force: true });
  }
}

/** The folder of this source's build, building it if needed; null when the checkout can't be written to. */
async function ensureBuilt() {
  const found = sources(SOURCE);
  const target = path.join(BUILDS, versionOf([...found.transpile, ...found.copy]));
  if (existsSync(path.join(target, '.built'))) return target;
  try {
    mkdirSync(BUILDS, { recursive: true });
    await build(target, found);
    pruneBuilds(target);
    return target;
  } catch (error) {
    if (!['EACCES', 'EPERM', 'EROFS'].includes(error?.code)) throw error;
    return null;
  }
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
