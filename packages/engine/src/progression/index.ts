export { doubleModel } from "./double.ts";
export { FIND_WORKING_WEIGHT, FIRST_EXPOSURE_RPE, firstExposure } from "./first-exposure.ts";
export { linearModel } from "./linear.ts";
export { DELOAD_LOAD_SHARE, type LoadPrescription, MAX_INCREASE, type NextLoadInput, nextLoad } from "./next-load.ts";
export { percentWaveModel } from "./percent-wave.ts";
export { rpeModel } from "./rpe.ts";
export type { LoadProposal, ModelInput } from "./types.ts";
export { VELOCITY_FULL_MARGIN, VELOCITY_PENALTY_STEP, velocityModel } from "./velocity.ts";
