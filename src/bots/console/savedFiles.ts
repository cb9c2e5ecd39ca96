import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileAttachment } from '../ui.js';

/**
 * Where the console puts a reply's files (a chart, an export): a terminal can't show an image,
 * so each is written under the data directory and its path printed. Names start with the time,
 * so a second chart of the same kind never overwrites the first.
 */
export async function saveFiles(dataDir: string, files: readonly FileAttachment[], now: Date): Promise<string[]> {
  const dir = path.join(dataDir, 'files');
  await mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const saved: string[] = [];
  for (const file of files) {
    for (let copy = 1; ; copy++) {
      const name = `${stamp}-${copy === 1 ? '' : `${copy}-`}${path.basename(file.name)}`;
      const target = path.join(dir, name);
      try {
        await writeFile(target, file.data, { flag: 'wx' });
        saved.push(target);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }
  return saved;
}

/** The lines that tell where the files went. */
export function savedFileLines(files: readonly FileAttachment[], paths: readonly string[]): string {
  return files.map((file, index) => `Saved ${file.title}: ${paths[index]}`).join('\n');
}
