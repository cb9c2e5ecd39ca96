/** Fewer applications than this behind a rate, and it is not shown: three tries say nothing yet. */
export const MIN_SAMPLE = 5;

// 95% two-sided.
const Z = 1.96;

/** A share with its Wilson score interval (95%), which stays honest near 0, near 1 and for small counts. */
export interface Rate {
  hits: number;
  total: number;
  share: number;
  low: number;
  high: number;
}

export function wilson(hits: number, total: number): Rate {
  if (total === 0) return { hits, total, share: 0, low: 0, high: 1 };
  const share = hits / total;
  const z2 = Z * Z;
  const centre = (share + z2 / (2 * total)) / (1 + z2 / total);
  const half = (Z * Math.sqrt((share * (1 - share)) / total + z2 / (4 * total * total))) / (1 + z2 / total);
  return { hits, total, share, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Whether two rates differ by more than chance: their intervals don't overlap. */
export function clearlyDifferent(a: Rate, b: Rate): boolean {
  return a.low > b.high || b.low > a.high;
}
