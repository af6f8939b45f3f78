/**
 * Small numeric helpers over dense day-indexed series, where a missing day is `NaN`. They take a
 * [from, to) index range instead of slicing, so the daily pass allocates nothing per window.
 */

export type WindowStats = { n: number; mean: number; sd: number };

/**
 * Count, mean and sample SD (n − 1) of the finite values in `xs[from..to)`.
 * Sample SD because a baseline is an estimate of the client's usual spread from a sample of days.
 */
export function windowStats(xs: ArrayLike<number>, from: number, to: number): WindowStats {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  const lo = Math.max(0, from);
  const hi = Math.min(xs.length, to);
  for (let i = lo; i < hi; i++) {
    const x = xs[i]!;
    if (Number.isNaN(x)) continue;
    n++;
    sum += x;
    sumSq += x * x;
  }
  if (n === 0) return { n, mean: Number.NaN, sd: Number.NaN };
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
  return { n, mean, sd: Math.sqrt(variance) };
}

/** Round to `digits` decimals, for evidence a human reads (the raw values stay unrounded). */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi);
}
