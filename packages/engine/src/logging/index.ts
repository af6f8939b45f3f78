export {
  deriveProgressionStates,
  type ExerciseState,
  type ProgressionStates,
  STALL_IMPROVEMENT,
} from "./progression-state.ts";
export type { Benchmark, ExerciseLog, ExercisePain, ExerciseTarget, SessionLog, SetLog } from "./session-log.ts";
export { validateSessionLogs } from "./validate-log.ts";
