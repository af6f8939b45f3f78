import { percentOf1rm } from "../strength/index.ts";

/**
 * The athlete's physics: how many reps a load allows, and what effort a set feels like. Built on
 * the RTS chart (Tuchscherer, The Reactive Training Manual, 2008), the published relation between
 * %1RM, reps and RPE: RPE = 10 − reps in reserve (Zourdos et al., 2016, J Strength Cond Res
 * 30(1):267-275).
 */

/** Above this %1RM not even one rep moves. */
const MAX_PCT = 100;

/**
 * Reps to failure at `pct` %1RM, fractional (half a rep in reserve shows as .5): the n with
 * pct(n reps at RPE 10) = pct, found by bisection on the chart (monotone in n).
 */
export function repsToFailure(pct: number): number {
  if (pct > MAX_PCT + 1e-9) return 0;
  if (pct <= 0) return 60;
  let lo = 1;
  let hi = 60;
  if (percentOf1rm(hi, 10) >= pct) return hi;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (percentOf1rm(mid, 10) >= pct) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Within-session fatigue: one rep of capacity lost per two hard sets (≤ 3 reps in reserve) of the
 * same exercise, in line with the rep losses across straight sets reported by Willardson & Burkett
 * (2005, J Strength Cond Res 19(1):23-26).
 */
export const HARD_SET_RIR = 3;
export const HARD_SETS_PER_LOST_REP = 2;

export type SetOutcome = { reps: number; completed: boolean; rpe: number; rir: number };

/**
 * One set: the athlete does min(target, capacity) reps and rates it RPE = 10 − RIR, on half
 * points, plus `noise` (−0.5, 0 or +0.5 drawn by the caller); a missed set is RPE 10.
 */
export function performSet(capacity: number, targetReps: number, noise: number): SetOutcome {
  const possible = Math.max(0, Math.floor(capacity + 1e-9));
  const reps = Math.min(targetReps, possible);
  if (reps < targetReps) return { reps, completed: false, rpe: 10, rir: 0 };
  const rir = Math.max(0, capacity - reps);
  const rated = Math.round((10 - rir + noise) * 2) / 2;
  return { reps, completed: true, rpe: Math.min(10, Math.max(1, rated)), rir };
}

/** Capacity left for the next set after `hardSets` hard sets of this exercise today. */
export function fatiguedCapacity(fresh: number, hardSets: number): number {
  return Math.max(0, fresh - Math.floor(hardSets / HARD_SETS_PER_LOST_REP));
}
