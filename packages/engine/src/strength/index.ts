export { type E1rmEstimate, estimateE1rm, type SetForEstimate } from "./estimate.ts";
export {
  chartRpe,
  countsForE1rm,
  type ExposureBest,
  type ExposureSet,
  exposureBest,
  exposureE1rm,
  reportedE1rmKg,
  setE1rm,
  setRpe,
} from "./exposure-e1rm.ts";
export { percentForRepsToFailure, repsToFailureAtPercent } from "./percent-chart.ts";
export { e1rmFromReps, MAX_FORMULA_REPS, REP_FORMULAS, type RepFormula } from "./rep-formulas.ts";
export { rirFromRpe, rpeFromRir } from "./rir.ts";
export {
  e1rmFromRpe,
  loadForTarget,
  percentOf1rm,
  RPE_MAX,
  RPE_MIN,
  repsAtPercent,
  rpeForPercent,
} from "./rpe-chart.ts";
