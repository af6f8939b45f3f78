/** Readiness: the daily check-in, per-client baselines and the 0-100 readiness score. */
export {
  BASELINE_RULES,
  type BaselineState,
  type BaselineStatus,
  baselineState,
  type HrvBaseline,
  hrvBaseline,
  type ItemBaseline,
  restingHrBaseline,
  wellnessBaseline,
} from "./baselines.ts";
export {
  type CheckIn,
  type PainReport,
  RED_FLAG_ITEM_KEYS,
  type RedFlagItems,
  WELLNESS_ITEMS,
  WELLNESS_SCALE,
  type WellnessItem,
} from "./check-in.ts";
export {
  bandOf,
  READINESS_BANDS,
  type Readiness,
  type ReadinessBand,
  type ReadinessDriver,
  readinessAt,
  readinessScore,
} from "./score.ts";
export {
  buildCheckInSeries,
  type CheckInSeries,
  HRV_MIN_WEEKLY_READINGS,
  painAt,
  redFlagsAt,
  SERIES_DAYS,
  type WearableDay,
} from "./series.ts";
