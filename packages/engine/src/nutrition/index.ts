/** Nutrition: weight trend, energy and macro targets with their bounds, carbs that follow training, adaptive expenditure. */
export {
  ADAPTIVE_RULES,
  type DayRecord,
  type ExpenditureEstimate,
  estimateExpenditure,
  estimateFromDense,
  estimateFromWindow,
  intakeWindow,
} from "./adaptive.ts";
export { kcalPerDayForRate, NUTRITION_BOUNDS } from "./bounds.ts";
export { CARB_WEIGHTS, DAY_LOADS, type DayLoad, type DayTarget, dayLoad, HARD_DAY, periodiseCarbs } from "./carbs.ts";
export {
  ACTIVITY_FACTORS,
  type ActivityEvidence,
  type ActivityLevel,
  activityFactor,
  cunningham,
  EA_THRESHOLDS,
  type Explained,
  energyAvailability,
  exerciseKcal,
  harrisBenedictRevised,
  katchMcArdle,
  leanMass,
  mifflinStJeor,
  type Sex,
  TRAINING_MET,
} from "./energy.ts";
export * from "./foods/index.ts";
export * from "./meal-plan/index.ts";
export { checkTargetChange, PASS_CHECK_RULES, type PassCheckResult, type TargetChangeHistory } from "./pass-check.ts";
export {
  NUTRITION_BLOCKING_FLAGS,
  type NutritionProposalInput,
  type NutritionProposalResult,
  PROPOSAL_RULES,
  proposeTargetChange,
} from "./proposal.ts";
export {
  type EnergyTarget,
  energyTarget,
  minimumKcal,
  NUTRITION_GOALS,
  type NutritionGoal,
  type NutritionTargets,
  nutritionTargets,
  type TargetsInput,
} from "./targets.ts";
export {
  smoothWeights,
  TREND_RULES,
  type TrendPoint,
  type TrendWindow,
  trendWindow,
  type WeightReading,
  type WeightTrendView,
} from "./trend.ts";
