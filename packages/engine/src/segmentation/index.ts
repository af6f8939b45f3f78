/** Segmentation: intake risk/experience/autonomy, a suggested coaching model, and the intake review. */
export { implausibleValues, PLAUSIBILITY } from "./intake-plausibility.ts";
export { type IntakeFinding, type IntakeReview, reviewIntake } from "./intake-review.ts";
export {
  type Autonomy,
  COACHING_MODELS,
  type CoachingModel,
  type Experience,
  type RiskLevel,
  SEGMENT_RULES,
  type Segment,
  segmentClient,
} from "./segment.ts";
