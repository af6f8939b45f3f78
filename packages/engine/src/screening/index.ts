/** Pre-participation screening that gates: PAR-Q+, ACSM, special populations, clearance, the intensity and publish gates. */
export { ACSM_CURRENT_MONTHS, ACSM_TABLE, type AcsmResult, type AcsmStatus, acsmDecision } from "./acsm.ts";
export {
  CLEARANCE_VALID_DAYS,
  type ClearanceOptions,
  clearanceRequirements,
  missingScreening,
  openClearance,
} from "./clearance.ts";
export { hrReadinessCaveat } from "./hr-caveat.ts";
export { isHighImpact } from "./impact.ts";
export {
  GATED_CAP,
  type GateContext,
  type GateItem,
  type GatePlan,
  gateSession,
  isVigorousEffort,
  VIGOROUS,
} from "./intensity-gate.ts";
export { knownOneRms, type OneRmContext } from "./one-rm.ts";
export {
  PARQ_QUESTIONS,
  PARQ_VIGOROUS_AGE,
  type ParqField,
  type ParqOutcome,
  type ParqResult,
  parqDecision,
} from "./parq.ts";
export {
  type GateFlag,
  OVERRIDE_MIN_CHARS,
  type PublishDecision,
  type PublishGateInput,
  type PublishOverride,
  type PublishPlan,
  publishGate,
  publishGateFor,
} from "./publish-gate.ts";
export { type ClearanceRequirement, type ClearanceScope, REFERRALS, type Referral } from "./requirement.ts";
export {
  altersHeartRate,
  isPregnant,
  MEDICATION_RECENT_DAYS,
  POSTPARTUM_GATE_WEEKS,
  weeksPostpartum,
} from "./special.ts";
