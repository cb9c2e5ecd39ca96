import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json, config/ and drizzle/, found by walking up from this module:
 * the same from src/ (tests, tsx) and from a build in dist/<version>/, whose depth differs.
 */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

const ROOT = findRoot();

/** A path inside the project folder, e.g. projectPath('config', 'default.json'). */
export function projectPath(...parts: string[]): string {
  return path.join(ROOT, ...parts);
}
