export { blendE1rm, E1RM_SMOOTHING } from "./current-e1rm.ts";
export {
  logFromPlan,
  type PerformedPain,
  type PerformedSession,
  type PerformedSet,
  type PlanForLog,
  type PlannedItem,
} from "./plan-to-log.ts";
export { deriveProgressionStates, type ExerciseState, type ProgressionStates } from "./progression-state.ts";
export type { Benchmark, ExerciseLog, ExercisePain, ExerciseTarget, SessionLog, SetLog } from "./session-log.ts";
export { isStalled, MIN_TREND, nonImprovingRun, STALL_WINDOW, TREND_KEEP, trendSlope } from "./stall.ts";
export { validateSessionLogs } from "./validate-log.ts";
