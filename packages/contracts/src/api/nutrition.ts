import { DAY_LOADS, NUTRITION_GOALS } from "@spotter/engine";
import { z } from "zod";
import { isoDate } from "../common.ts";
import { proposalViewSchema } from "./monitoring.ts";

/**
 * HTTP shapes of nutrition: body measurements (entered in kg/lb and cm/in, stored and answered in
 * kg and cm with the unit the person used), daily intake totals, and the targets view where every
 * number carries its reasons.
 */

export const MASS_UNITS = ["kg", "lb"] as const;
export const LENGTH_UNITS = ["cm", "in"] as const;
export const CIRCUMFERENCE_SITES = ["waist", "hip", "chest", "arm", "thigh", "neck"] as const;
export type CircumferenceSite = (typeof CIRCUMFERENCE_SITES)[number];

/** kg per pound (exact, international avoirdupois pound) and cm per inch (exact). */
export const KG_PER_LB = 0.45359237;
export const CM_PER_IN = 2.54;

const mass = z.object({ value: z.number().positive().max(900), unit: z.enum(MASS_UNITS) });
const length = z.object({ value: z.number().positive().max(400), unit: z.enum(LENGTH_UNITS) });

/** POST /clients/:id/nutrition/measurements and /me/nutrition/measurements. */
export const measurementRequestSchema = z
  .object({
    date: isoDate,
    weight: mass.optional(),
    circumferences: z.partialRecord(z.enum(CIRCUMFERENCE_SITES), length).optional(),
    bodyFatPct: z.number().min(2).max(70).optional(),
  })
  .refine((m) => m.weight || m.bodyFatPct !== undefined || Object.keys(m.circumferences ?? {}).length > 0, {
    message: "send at least one of weight, circumferences, bodyFatPct",
    path: ["weight"],
  })
  .refine((m) => !m.weight || (m.weight.unit === "kg" ? m.weight.value : m.weight.value * KG_PER_LB) >= 20, {
    message: "weight must be at least 20 kg (44 lb)",
    path: ["weight", "value"],
  })
  .refine((m) => !m.weight || (m.weight.unit === "kg" ? m.weight.value : m.weight.value * KG_PER_LB) <= 400, {
    message: "weight must be at most 400 kg (882 lb)",
    path: ["weight", "value"],
  });
export type MeasurementRequest = z.infer<typeof measurementRequestSchema>;

export const measurementSchema = z.object({
  id: z.uuid(),
  date: z.string(),
  weightKg: z.number().nullable(),
  circumferencesCm: z.partialRecord(z.enum(CIRCUMFERENCE_SITES), z.number()),
  bodyFatPct: z.number().nullable(),
  massUnit: z.enum(MASS_UNITS),
  lengthUnit: z.enum(LENGTH_UNITS),
  createdAt: z.string(),
});
export type Measurement = z.infer<typeof measurementSchema>;

export const nutritionRangeQuerySchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(400).default(120),
});

const reasonSchema = z.object({
  ruleId: z.string(),
  message: z.string(),
  inputs: z.record(z.string(), z.unknown()),
  thresholds: z.record(z.string(), z.unknown()).optional(),
});
const explained = z.object({ value: z.number(), reasons: z.array(reasonSchema) });

export const weightTrendSchema = z.object({
  points: z.array(z.object({ date: z.string(), kg: z.number(), trendKg: z.number() })),
  trendKg: z.number().nullable(),
  kgPerWeek: z.number().nullable(),
  pctPerWeek: z.number().nullable(),
  reasons: z.array(reasonSchema),
});

export const measurementListSchema = z.object({ items: z.array(measurementSchema), trend: weightTrendSchema });
export type MeasurementList = z.infer<typeof measurementListSchema>;

/** POST .../nutrition/intake: one day's totals; a second post for the same day replaces it. */
export const intakeRequestSchema = z.object({
  date: isoDate,
  kcal: z.number().min(0).max(15000),
  proteinG: z.number().min(0).max(1000),
  carbsG: z.number().min(0).max(2000),
  fatG: z.number().min(0).max(1000),
  fibreG: z.number().min(0).max(300).optional(),
});
export type IntakeRequest = z.infer<typeof intakeRequestSchema>;

export const intakeSchema = intakeRequestSchema.extend({
  id: z.uuid(),
  date: z.string(),
  fibreG: z.number().nullable(),
  updatedAt: z.string(),
});
export type Intake = z.infer<typeof intakeSchema>;

export const intakeListSchema = z.object({
  items: z.array(intakeSchema),
  /** Adherence over the returned range: days logged and mean distance from the energy target. */
  adherence: z.object({
    days: z.number().int(),
    loggedDays: z.number().int(),
    meanKcal: z.number().nullable(),
    targetKcal: z.number().nullable(),
    meanDeviationPct: z.number().nullable(),
  }),
});
export type IntakeList = z.infer<typeof intakeListSchema>;

/** PUT /clients/:id/nutrition/settings (coach): goal, planned rate and an optional energy target. */
export const nutritionSettingsRequestSchema = z.object({
  goal: z.enum(NUTRITION_GOALS),
  ratePctPerWeek: z.number().min(0).max(1.5).optional(),
  energyKcal: z.number().int().min(800).max(8000).nullable().optional(),
  note: z.string().max(500).optional(),
});
export type NutritionSettingsRequest = z.infer<typeof nutritionSettingsRequestSchema>;

export const nutritionSettingsSchema = z.object({
  id: z.uuid(),
  status: z.enum(["active", "superseded"]),
  goal: z.enum(NUTRITION_GOALS),
  ratePctPerWeek: z.number().nullable(),
  energyKcal: z.number().nullable(),
  note: z.string().nullable(),
  setBy: z.string().nullable(),
  createdAt: z.string(),
  supersededAt: z.string().nullable(),
});
export type NutritionSettings = z.infer<typeof nutritionSettingsSchema>;

const dayTargetSchema = z.object({
  date: z.string(),
  load: z.enum(DAY_LOADS),
  carbsG: z.number(),
  energyKcal: z.number(),
  reasons: z.array(reasonSchema),
});

export const expenditureSchema = z.object({
  kcal: z.number(),
  sdKcal: z.number(),
  dataKcal: z.number().nullable(),
  dataSdKcal: z.number().nullable(),
  kgPerWeek: z.number().nullable(),
  meanIntakeKcal: z.number().nullable(),
  weighIns: z.number().int(),
  intakeDays: z.number().int(),
  windowDays: z.number().int(),
  reasons: z.array(reasonSchema),
});

/** GET .../nutrition/targets: today's targets, the week's days, what they rest on. */
export const targetsViewSchema = z.object({
  clientId: z.uuid(),
  date: z.string(),
  /** Profile fields the targets need and the client lacks (targets are null until they are known). */
  missing: z.array(z.string()),
  goal: z.enum(NUTRITION_GOALS),
  weightKg: z.number().nullable(),
  weightSource: z.enum(["trend", "profile"]).nullable(),
  targets: z
    .object({
      rmr: explained,
      activityFactor: explained,
      maintenance: explained,
      energyKcal: explained,
      proteinG: explained,
      fatG: explained,
      carbsG: explained,
      fibreG: explained,
      bounds: z.object({ minKcal: z.number(), maxLossPctPerWeek: z.number() }),
      impliedPctPerWeek: z.number(),
    })
    .nullable(),
  today: dayTargetSchema.nullable(),
  week: z.array(dayTargetSchema),
  expenditure: expenditureSchema.nullable(),
  /** Where the energy target came from: formula, the coach's setting, or an approved proposal. */
  energySource: z.enum(["formula", "coach", "proposal"]),
  settings: nutritionSettingsSchema.nullable(),
  warnings: z.array(reasonSchema),
});
export type TargetsView = z.infer<typeof targetsViewSchema>;

export const nutritionSettingsHistorySchema = z.object({ items: z.array(nutritionSettingsSchema) });

/** POST .../nutrition/proposals: the engine's check; a change, when proposed, is routed by the tier. */
export const nutritionProposalResultSchema = z.object({
  status: z.enum(["proposed", "blocked", "none"]),
  reasons: z.array(reasonSchema),
  proposal: proposalViewSchema.nullable(),
  /** True when this run stored a new proposal (false: the same day's proposal already existed). */
  created: z.boolean(),
});
export type NutritionProposalResult = z.infer<typeof nutritionProposalResultSchema>;

/** DELETE /clients/:id/nutrition/measurements/:measurementId (a mistyped weigh-in skews the trend). */
export const measurementParamsSchema = z.object({ id: z.uuid(), measurementId: z.uuid() });

/**
 * GET /clients/:id/nutrition/adaptive (coach and owner): the adaptive expenditure estimate the
 * monitoring pass last stored for the client, with its uncertainty and reasons, and that day's
 * target check: a change proposed, blocked by an open flag (disordered eating, low energy
 * availability), or none and why. Not on the portal: a block's reason names the flag.
 */
export const adaptiveCheckSchema = z.object({
  /** The pass date the estimate is for. */
  computedFor: z.string(),
  expenditure: expenditureSchema,
  /** The energy target in force when the pass ran. */
  targetKcal: z.number().nullable(),
  status: z.enum(["proposed", "blocked", "none"]),
  reasons: z.array(reasonSchema),
  updatedAt: z.string(),
});
export type AdaptiveCheck = z.infer<typeof adaptiveCheckSchema>;

/** `check` is null until the pass has evaluated the client with targets and data. */
export const adaptiveCheckResponseSchema = z.object({ check: adaptiveCheckSchema.nullable() });
export type AdaptiveCheckResponse = z.infer<typeof adaptiveCheckResponseSchema>;
