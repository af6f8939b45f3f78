/** Monitoring: training load, ACWR, monotony, adherence, performance, pain and soreness trends. */
export {
  ACWR_CAVEATS,
  ACWR_MIN_DAYS,
  ACWR_THRESHOLDS,
  type Acwr,
  type AcwrZone,
  acwrZone,
  ewmaAcwr,
  ewmaSeries,
} from "./acwr.ts";
export { ADHERENCE_RULES, type Adherence, adherence } from "./adherence.ts";
export {
  INTAKE_ADHERENCE_RULES,
  type IntakeAdherence,
  type IntakeRecord,
  intakeAdherence,
} from "./intake-adherence.ts";
export { dailyLoadSeries, type LoadEvidence, loadEvidence, sessionRpeLoad } from "./load.ts";
export {
  MONOTONY_CAP,
  MONOTONY_HIGH,
  type MonotonyStrain,
  monotonyAndStrain,
  WEEKLY_INCREASE_CAUTION,
  weekToWeekChange,
} from "./monotony.ts";
export {
  collectPainEvents,
  PAIN_RULES,
  type PainAfterNewExercise,
  type PainEvent,
  painAfterNewExercise,
  type RepeatedPain,
  repeatedPain,
} from "./pain.ts";
export { type ExerciseTrend, PERFORMANCE_RULES, type PerformanceTrend, performanceTrend } from "./performance.ts";
export type {
  BodyMassRecord,
  E1rmRecord,
  ExerciseLogRecord,
  FirstExposure,
  QuestionnaireRecord,
  SessionRecord,
} from "./records.ts";
export {
  type ClientMonitoringData,
  computeMonitoring,
  type LoadSummary,
  MONITORING_WINDOW_DAYS,
  type MonitoringSnapshot,
  READINESS_PERSISTENCE,
} from "./snapshot.ts";
export {
  hooperStaleness,
  type PersistentSoreness,
  persistentSoreness,
  SORENESS_RULES,
  type Staleness,
} from "./soreness.ts";
export { WEIGHT_RULES, type WeightTrend, weightTrend } from "./weight.ts";
