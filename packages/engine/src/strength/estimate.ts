import { chartRpe, setRpe } from "./exposure-e1rm.ts";
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
 * Best available e1RM for a set: the RTS chart when the set was RPE/RIR-rated with ≤ 12 reps
 * (ratings below 6 read as 6, see `chartRpe`), otherwise a rep formula treating the set as to failure (a lower bound when
 * it was not).
 * For a whole exposure use `exposureE1rm` (same rule, best set, units and timed sets handled).
 * @see Tuchscherer (2008) for the chart; Epley (1985) for the formula.
 */
export function estimateE1rm(set: SetForEstimate, formula: RepFormula = "epley"): E1rmEstimate {
  const rpe = chartRpe(setRpe(set), set.reps);
  if (rpe !== undefined) {
    return { e1rm: e1rmFromRpe(set.load, set.reps, rpe), method: "rpe_chart", effectiveReps: set.reps + 10 - rpe };
  }
  return {
    e1rm: e1rmFromReps(set.load, set.reps, formula),
    method: formula,
    effectiveReps: Math.min(set.reps, MAX_FORMULA_REPS),
  };
}
