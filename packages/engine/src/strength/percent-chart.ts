/**
 * %1RM ↔ reps to failure (NSCA chart, Baechle & Earle / Haff & Triplett). Reps 1-12.
 * (Baechle & Earle, Essentials of Strength Training and Conditioning, NSCA, 3rd ed. 2008.)
 */
const NSCA: Readonly<Record<number, number>> = {
  1: 100,
  2: 95,
  3: 93,
  4: 90,
  5: 87,
  6: 85,
  7: 83,
  8: 80,
  9: 77,
  10: 75,
  11: 70,
  12: 67,
};

/** %1RM a lifter can take for `reps` to failure (reps clamped to 1-12). */
export function percentForRepsToFailure(reps: number): number {
  const r = Math.min(12, Math.max(1, Math.round(reps)));
  return NSCA[r]!;
}

/** Reps to failure possible at `pct` %1RM: the largest r with chart(r) ≥ pct (0 above 100%). */
export function repsToFailureAtPercent(pct: number): number {
  let reps = 0;
  for (let r = 1; r <= 12; r++) if (NSCA[r]! >= pct) reps = r;
  return reps;
}
