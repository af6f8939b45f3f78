/**
 * RIR ↔ RPE on the Zourdos et al. 2016 scale: RPE = 10 − RIR. Exact at whole points 7-10; below
 * RPE 7 it is the scale's "4-6 reps in reserve" band, so values are clamped to 0..9.
 * (Zourdos et al. JSCR 2016; Helms et al. SCJ 2016).
 */
export function rpeFromRir(rir: number): number {
  return Math.min(10, Math.max(1, 10 - rir));
}

export function rirFromRpe(rpe: number): number {
  return Math.min(9, Math.max(0, 10 - rpe));
}
