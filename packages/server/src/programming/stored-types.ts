import type { SessionGenerateRequest, SessionPlan } from "@spotter/contracts";
import type { ExerciseLog, ProgressionStates, Unit } from "@spotter/engine";

/** The plan as stored: the engine's Session whose items carry ids (`main-0`, ...). */
export type StoredPlan = SessionPlan;
/** The parameters a session was generated with. */
export type StoredRequest = Partial<SessionGenerateRequest>;

/** One archived exposure of an exercise: the logged entry with its session's date and unit. */
export type ArchivedExposure = { date: string; unit: Unit; log: ExerciseLog };

/**
 * Logs older than the drafting window in compact form: per exercise its last exposures (enough for
 * the engine's trend and smoothed estimate) and totals over everything folded (for display).
 */
export type ProgressionArchive = {
  exposures: Record<string, ArchivedExposure[]>;
  totals: Record<string, { exposures: number; bestE1rmKg: number }>;
  /**
   * The engine's progression states folded over every archived log (deriveProgressionStates):
   * drafting passes them as `priorStates`, so the window + these states draft exactly what every
   * log would. Archives written before this field have none and are rebuilt at the next log.
   */
  states?: ProgressionStates;
};
