export {
  CHOICE_POINTS,
  defaultMethodFor,
  defaultMethodForProfile,
  findMethod,
  type MethodChoice,
  type MethodChoiceInput,
} from "./choose.ts";
export { prescribedPercent, RPE_PERCENT_TOLERANCE, repBounds, rpeContradictsPercent } from "./intensity.ts";
export { BUILTIN_METHODS } from "./library/index.ts";
export type {
  DeloadRule,
  Method,
  MethodDay,
  MethodSlot,
  SlotConstraints,
  SlotGroup,
  SlotPrescription,
} from "./types.ts";
export { DELOAD_MIN_LOAD_SCALE, DELOAD_SETS_SCALE, MAX_SLOTS_PER_DAY, validateMethod } from "./validate.ts";
export { MAX_GROUP_REST_AFTER, MAX_GROUP_REST_BETWEEN } from "./validate-groups.ts";
