export { activeAdjustments } from "./adjustments.ts";
export { nextDayIndex, ROTATION_LOOKBACK, type TrainedDay, trainedDays } from "./day-rotation.ts";
export { itemSeconds, TRANSITION_SECONDS } from "./duration.ts";
export { applySessionEdit, type SessionEdit } from "./edit.ts";
export { RAMP_STEPS } from "./extras.ts";
export { DURATION_TOLERANCE } from "./fit-duration.ts";
export { generateSession, SEVERE_PAIN } from "./generate-session.ts";
export { normalizeGroups } from "./groups.ts";
export { type ActivePain, PAIN_TOLERANCE, painConflict } from "./pain-rules.ts";
export { HIGH_SORENESS, LOW_READINESS_SCALE, LOW_SLEEP_HOURS, readinessVerdict } from "./readiness-rule.ts";
export { LOGGED_PAIN_DAYS, VARIETY_WINDOW_SESSIONS } from "./select.ts";
export {
  ADJUSTMENT_KINDS,
  type Adjustment,
  type AdjustmentKind,
  type EffortTarget,
  type GenerateSessionInput,
  type ItemGroup,
  type ItemRole,
  type Session,
  type SessionItem,
  type TodayParams,
  type TodayReadiness,
} from "./types.ts";
export { cuesFor } from "./voice.ts";
