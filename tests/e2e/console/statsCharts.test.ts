import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runJobscout } from '../../support/consoleProcess.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-charts-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('/job stats charts in the console', () => {
  it('writes each chart as a PNG under the data directory and prints its path after the text version', async () => {
    const script = ['/job add SRE at Umbrella', '/job move 1 applied', '/job stats charts all'].join('\n');
    const result = await runJobscout(`${script}\n`, { JOBSCOUT_DATA_DIR: dataDir, JOBSCOUT_CONSOLE_USER: 'e2e' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Funnel, all time\n  Applied 1 → Answered 0 (0%) → Interviewed 0 → Offer 0 → Accepted 0');
    const saved = [...result.stdout.matchAll(/^Saved (.+): (\/.+\.png)$/gm)].map((match) => [match[1], match[2]!]);
    expect(saved.map(([title]) => title)).toEqual(['Funnel, all time', 'How your applications moved, all time', 'Week by week, all time']);
    for (const [, file] of saved) {
      expect(path.dirname(file!)).toBe(path.join(dataDir, 'files'));
      expect(readFileSync(file!).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });
});
