/** Nearest-rank percentiles of a set of millisecond samples. */
export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1)! };
}

export function formatPercentiles(samples: number[]): string {
  const p = percentiles(samples);
  const ms = (value: number) => `${value.toFixed(2).padStart(7)} ms`;
  return `p50 ${ms(p.p50)}  p95 ${ms(p.p95)}  p99 ${ms(p.p99)}  max ${ms(p.max)}`;
}
