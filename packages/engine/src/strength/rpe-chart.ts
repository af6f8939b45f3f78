/**
 * The RTS (Tuchscherer) RPE chart as one sequence S over "reps to failure" n = reps + (10 − RPE),
 * in half-rep steps from n = 1 to n = 16: pct(reps, rpe) = S[n].
 * (Tuchscherer, The Reactive Training Manual, 2008).
 */
const S = [
  100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7, 82.4, 81.1, 79.9, 78.6, 77.4, 76.2, 75.1, 73.9,
  72.3, 70.7, 69.4, 68.0, 66.7, 65.3, 64.0, 62.6, 61.3, 59.9, 58.6, 57.4,
] as const;

/** The chart covers RPE 6-10 and 1-12 reps; these bounds are validated at entry points. */
export const RPE_MIN = 1;
export const RPE_MAX = 10;

/**
 * %1RM for `reps` at `rpe`. Between half steps the chart is interpolated linearly; beyond the
 * chart (n > 16) it continues with Epley's curve, pct = 100/(1 + n/30), scaled to meet S at 16.
 */
export function percentOf1rm(reps: number, rpe: number): number {
  const n = Math.max(1, reps + (10 - rpe));
  const idx = (n - 1) * 2;
  const last = S.length - 1;
  if (idx >= last) {
    const scale = S[last]! / (100 / (1 + 16 / 30));
    return (scale * 100) / (1 + n / 30);
  }
  const lo = Math.floor(idx);
  const frac = idx - lo;
  return S[lo]! + (S[lo + 1]! - S[lo]!) * frac;
}

/** e1RM = load / (pct(reps, rpe)/100). Golden: 140 kg × 5 @ RPE 8 → 140/0.811 = 172.626 kg. */
export function e1rmFromRpe(load: number, reps: number, rpe: number): number {
  if (load <= 0 || reps <= 0) return 0;
  return load / (percentOf1rm(reps, rpe) / 100);
}

/** load = e1RM × pct(reps, rpe)/100: the autoregulated working load for a target. */
export function loadForTarget(e1rm: number, reps: number, rpe: number): number {
  return (e1rm * percentOf1rm(reps, rpe)) / 100;
}

/**
 * The most reps doable at `pct` %1RM while stopping at `rpe` (whole reps, at least 0):
 * the largest r with pct(r, rpe) ≥ pct.
 */
export function repsAtPercent(pct: number, rpe: number): number {
  let reps = 0;
  for (let r = 1; r <= 30; r++) {
    if (percentOf1rm(r, rpe) + 1e-9 >= pct) reps = r;
    else break;
  }
  return reps;
}

/** The RPE at which `reps` at `pct` %1RM lands (half-point resolution, clamped to 6-10). */
export function rpeForPercent(reps: number, pct: number): number {
  let best = 10;
  for (let rpe = 10; rpe >= 6; rpe -= 0.5) {
    if (percentOf1rm(reps, rpe) >= pct - 1e-9) best = rpe;
  }
  return best;
}
