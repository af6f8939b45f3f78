import type { Exercise } from "../model/index.ts";

/** Seconds to set up, unrack or change equipment before an exercise's first set. */
export const TRANSITION_SECONDS = 30;

/**
 * Estimated seconds for an item: work = sets × (reps × secondsPerRep or seconds) (× 2 for
 * unilateral work done per side), plus rest between sets and one transition.
 */
export function itemSeconds(
  ex: Exercise,
  item: { sets: number; reps?: number; seconds?: number; restSeconds: number },
): number {
  const perSet = item.seconds !== undefined ? item.seconds : (item.reps ?? 0) * ex.secondsPerRep;
  const sides = ex.unilateral ? 2 : 1;
  return Math.round(item.sets * perSet * sides + Math.max(0, item.sets - 1) * item.restSeconds + TRANSITION_SECONDS);
}
