export { CALIBRATION_EXPOSURES, CALIBRATION_MAX_INCREASE, MAX_INCREASE } from "./bound-load.ts";
export { doubleModel } from "./double.ts";
export {
  EFFORT_FAR_BELOW,
  EFFORT_LOAD_UP,
  EFFORT_LOWEST_READ_RPE,
  EFFORT_REDUCE_AT,
  governByEffort,
  STEP_TOLERANCE,
} from "./effort.ts";
export { FIND_WEIGHT_RPE, FIND_WORKING_WEIGHT, FIRST_EXPOSURE_RPE, firstExposure } from "./first-exposure.ts";
export { linearModel } from "./linear.ts";
export { DELOAD_LOAD_SHARE, type LoadPrescription, type NextLoadInput, nextLoad } from "./next-load.ts";
export { percentWaveModel } from "./percent-wave.ts";
export { currentE1rm, rpeModel } from "./rpe.ts";
export type { LoadProposal, LoadTarget, ModelInput } from "./types.ts";
export { VELOCITY_FULL_MARGIN, VELOCITY_PENALTY_STEP, velocityModel } from "./velocity.ts";
