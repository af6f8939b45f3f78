import { setRpe } from "./exposure-e1rm.ts";
import { e1rmFromReps, MAX_FORMULA_REPS, type RepFormula } from "./rep-formulas.ts";
import { e1rmFromRpe } from "./rpe-chart.ts";

/** One performed set, load in any unit (the result is in the same unit). */
export type SetForEstimate = { load: number; reps: number; rpe?: number; rir?: number };

export type E1rmEstimate = {
  e1rm: number;
  method: "rpe_chart" | RepFormula;
  /** Reps actually fed to the formula (capped at 10), or reps to failure for the chart. */
  effectiveReps: number;
};

/**
 * Best available e1RM for a set: the RTS chart when the set was RPE/RIR-rated (RPE ≥ 6, ≤ 12 reps,
 * the chart's range), otherwise a rep formula treating the set as to failure (a lower bound when
 * it was not).
 * For a whole exposure use `exposureE1rm` (same rule, best set, units and timed sets handled).
 * @see Tuchscherer (2008) for the chart; Epley (1985) for the formula.
 */
export function estimateE1rm(set: SetForEstimate, formula: RepFormula = "epley"): E1rmEstimate {
  const rpe = setRpe(set);
  if (rpe !== undefined && rpe >= 6 && rpe <= 10 && set.reps <= 12) {
    return { e1rm: e1rmFromRpe(set.load, set.reps, rpe), method: "rpe_chart", effectiveReps: set.reps + 10 - rpe };
  }
  return {
    e1rm: e1rmFromReps(set.load, set.reps, formula),
    method: formula,
    effectiveReps: Math.min(set.reps, MAX_FORMULA_REPS),
  };
}
