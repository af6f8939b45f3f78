import {
  BUSINESS_LIMITS,
  type BusinessAssumptions,
  type BusinessFigure,
  FIGURE_IDS,
  type PricingGuidance,
  REVIEW_CADENCES,
  SURVEY_COMMENT_MAX,
} from "@spotter/engine";
import { z } from "zod";
import { text } from "./common.ts";
import type { Equals } from "./engine/equals.ts";
import { reasonSchema } from "./engine/reason.ts";

/** A calendar month, YYYY-MM. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month as YYYY-MM");

/** GET /api/business/figures?from=YYYY-MM&to=YYYY-MM (both optional: the last 6 months). */
export const businessFiguresQuerySchema = z
  .object({ from: isoMonth.optional(), to: isoMonth.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["from"], message: "from must not be after to" });
export type BusinessFiguresQuery = z.input<typeof businessFiguresQuerySchema>;

const detail = z.record(z.string(), z.number().nullable());
const figureValue = z.object({
  value: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number(),
  detail,
});

export const businessFigureSchema = z.object({
  id: z.enum(FIGURE_IDS),
  title: z.string(),
  how: z.string(),
  unit: z.enum(["percent", "nps", "money"]),
  headline: figureValue,
  headlineLabel: z.string(),
  points: z.array(figureValue.extend({ month: z.string(), tier: z.string() })),
  byTier: z.array(figureValue.extend({ tier: z.string() })),
  currency: z.string().nullable(),
  note: z.string().nullable(),
  reasons: z.array(reasonSchema),
});
const _figure: Equals<z.output<typeof businessFigureSchema>, BusinessFigure> = true;
void _figure;

export const pricingGuidanceSchema = z.object({
  tierId: z.string(),
  tier: z.string(),
  reviewCadence: z.enum(REVIEW_CADENCES),
  reviewsPerMonth: z.number(),
  reviewMinutes: z.number(),
  decisionsPerClientMonth: z.number().nullable(),
  decisionMinutes: z.number(),
  minutesPerClientMonth: z.number(),
  monthlyPriceMinor: z.number(),
  currency: z.string(),
  pricePerCoachHourMinor: z.number().nullable(),
  clientMonths: z.number(),
  decisions: z.number(),
  reasons: z.array(reasonSchema),
});
const _pricing: Equals<z.output<typeof pricingGuidanceSchema>, PricingGuidance> = true;
void _pricing;

/** The owner's assumptions; each bounded so a typo cannot make the guidance absurd. */
export const businessSettingsSchema = z
  .object({
    minutesPerReview: z.number().min(BUSINESS_LIMITS.minutesPerReview.min).max(BUSINESS_LIMITS.minutesPerReview.max),
    minutesPerDecision: z
      .number()
      .min(BUSINESS_LIMITS.minutesPerDecision.min)
      .max(BUSINESS_LIMITS.minutesPerDecision.max),
    churnInactiveDays: z
      .number()
      .int()
      .min(BUSINESS_LIMITS.churnInactiveDays.min)
      .max(BUSINESS_LIMITS.churnInactiveDays.max),
  })
  .strict();
export type BusinessSettings = z.infer<typeof businessSettingsSchema>;
const _settings: Equals<BusinessSettings, BusinessAssumptions> = true;
void _settings;

export const surveyCommentViewSchema = z.object({
  score: z.number().int(),
  comment: z.string(),
  at: z.string(),
  tier: z.string(),
});

export const businessFiguresResponseSchema = z.object({
  from: isoMonth,
  to: isoMonth,
  months: z.array(isoMonth),
  generatedAt: z.string(),
  settings: businessSettingsSchema,
  figures: z.array(businessFigureSchema),
  pricing: z.array(pricingGuidanceSchema),
  /** The latest survey comments in the period (newest first, at most 10; no client names). */
  comments: z.array(surveyCommentViewSchema),
});
export type BusinessFiguresResponse = z.infer<typeof businessFiguresResponseSchema>;
export type BusinessFigureView = z.infer<typeof businessFigureSchema>;
export type PricingGuidanceView = z.infer<typeof pricingGuidanceSchema>;

/** POST /api/business/survey (client): 0-10 and an optional comment. */
export const surveyAnswerRequestSchema = z
  .object({
    score: z.number().int().min(0).max(10),
    comment: text(SURVEY_COMMENT_MAX).optional(),
  })
  .strict();
export type SurveyAnswerRequest = z.input<typeof surveyAnswerRequestSchema>;

/** GET /api/business/survey (client): whether to ask now, and the last answer. */
export const surveyStatusSchema = z.object({
  due: z.boolean(),
  nextAt: z.string().nullable(),
  last: z.object({ score: z.number().int(), at: z.string() }).nullable(),
});
export type SurveyStatus = z.infer<typeof surveyStatusSchema>;
