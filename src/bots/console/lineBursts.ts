import { setTimeout as delay } from 'node:timers/promises';
import type { Interface } from 'node:readline';

/**
 * Lines closer together than this came from one paste: nobody presses Enter twice within
 * 25 ms, while a terminal hands over a pasted posting in a few reads a millisecond apart.
 */
export const BURST_MS = 25;

/**
 * The terminal's lines, grouped into bursts: what was typed comes one line at a time, what
 * was pasted comes as one group, so that a posting of many lines is read as one posting.
 */
export async function* lineBursts(lines: Interface, now: () => number = performance.now.bind(performance)): AsyncGenerator<string[]> {
  const queue: { line: string; at: number }[] = [];
  let closed = false;
  let wake: (() => void) | undefined;
  lines.on('line', (line: string) => {
    queue.push({ line, at: now() });
    wake?.();
  });
  lines.on('close', () => {
    closed = true;
    wake?.();
  });
  for (;;) {
    if (queue.length === 0) {
      if (closed) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      continue;
    }
    // Wait while the paste is still arriving.
    let seen: number;
    do {
      seen = queue.length;
      await delay(BURST_MS);
    } while (queue.length > seen);
    // Grouped by the time between lines, not by what has piled up: lines typed one by one
    // while a slow command ran are still one line each.
    let end = 1;
    while (end < queue.length && queue[end]!.at - queue[end - 1]!.at <= BURST_MS) end++;
    yield queue.splice(0, end).map((entry) => entry.line);
  }
}
