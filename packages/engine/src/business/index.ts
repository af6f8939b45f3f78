/** Business figures for the owner: pure computations over counts the database aggregates. */
export {
  BUSINESS_DEFAULTS,
  BUSINESS_LIMITS,
  type BusinessAssumptions,
  DAYS_PER_MONTH,
  monthlyPriceMinor,
  REVIEWS_PER_MONTH,
} from "./assumptions.ts";
export type {
  BusinessCounts,
  ClientMonthCounts,
  DecisionCounts,
  EscalationCounts,
  ResponseCounts,
  ResponseKind,
  SessionMonthCounts,
  SurveyCounts,
  TierFacts,
} from "./counts.ts";
export {
  type BusinessFigure,
  FIGURE_IDS,
  type FigureId,
  type FigurePoint,
  type FigureTier,
  type FigureUnit,
  type FigureValue,
  UNKNOWN_TIER,
} from "./figure.ts";
export { type PricingGuidance, pricingGuidance } from "./pricing.ts";
export { type BusinessReport, businessReport } from "./report.ts";
export {
  DETRACTOR_MAX,
  netPromoterScore,
  PROMOTER_MIN,
  type ScoreBand,
  SURVEY_COMMENT_MAX,
  SURVEY_INTERVAL_DAYS,
  type SurveyDue,
  scoreBand,
  surveyDue,
} from "./survey.ts";
