import {
  BODY_REGIONS,
  type BodyMassRecord,
  type CheckIn,
  type E1rmRecord,
  type QuestionnaireRecord,
  type SessionRecord,
  WELLNESS_SCALE,
} from "@spotter/engine";
import { z } from "zod";
import { medicationChangeSchema, pregnancySchema } from "../client-profile.ts";
import { isoDate } from "../common.ts";
import type { Equals } from "./equals.ts";

/** One 1-7 check-in item; 1 = very, very good, 7 = very, very bad (Hooper direction, see engine). */
const wellness = z
  .number()
  .int("must be a whole number from 1 to 7")
  .min(WELLNESS_SCALE.min, "must be at least 1 (1 = very good)")
  .max(WELLNESS_SCALE.max, "must be at most 7 (7 = very bad)");

export const painReportSchema = z.object({
  region: z.enum(BODY_REGIONS),
  severity: z.number().int("must be a whole number from 0 to 10").min(0).max(10),
  sharp: z.boolean().optional(),
});

export const redFlagItemsSchema = z
  .object({
    chestPain: z.boolean().optional(),
    dizzinessOrFainting: z.boolean().optional(),
    neurologicalSymptoms: z.boolean().optional(),
    sharpPain: z.boolean().optional(),
    disorderedEating: z.boolean().optional(),
    compulsiveExercise: z.boolean().optional(),
    emotionalDistress: z.boolean().optional(),
  })
  .strict();

/** The daily readiness check-in. Strict: unknown fields are errors, not silently dropped. */
export const checkInSchema = z
  .object({
    date: isoDate,
    sleepHours: z.number().min(0, "cannot be negative").max(24, "cannot exceed 24 hours"),
    sleepQuality: wellness,
    fatigue: wellness,
    soreness: wellness,
    stress: wellness,
    mood: wellness,
    /** ln rMSSD; rMSSD of 2-400 ms gives ≈ 0.7-6.0. */
    hrvLnRmssd: z
      .number()
      .min(0.5, "ln rMSSD below 0.5 is not plausible")
      .max(7, "ln rMSSD above 7 is not plausible")
      .optional(),
    restingHr: z.number().int().min(25, "resting HR below 25 bpm is not plausible").max(220).optional(),
    painReports: z.array(painReportSchema).max(10).optional(),
    redFlags: redFlagItemsSchema.optional(),
    note: z.string().max(2000).optional(),
    medicationChange: medicationChangeSchema.strict().optional(),
    pregnancy: pregnancySchema.optional(),
  })
  .strict();
export type CheckInRequest = z.input<typeof checkInSchema>;

export const exerciseLogRecordSchema = z.object({
  exerciseId: z.string().min(1).max(80),
  pain: z.array(painReportSchema).max(10).optional(),
});

export const sessionRecordSchema = z.object({
  date: isoDate,
  planned: z.boolean(),
  completed: z.boolean(),
  durationMin: z.number().min(0).max(600).optional(),
  sessionRpe: z.number().min(0).max(10).optional(),
  exercises: z.array(exerciseLogRecordSchema).max(60).optional(),
});

export const e1rmRecordSchema = z.object({
  date: isoDate,
  exerciseId: z.string().min(1).max(80),
  e1rmKg: z.number().positive().max(1000),
  rpe: z.number().min(1).max(10),
});

export const questionnaireRecordSchema = z.object({
  date: isoDate,
  scoff: z.number().int().min(0).max(5).optional(),
  cet: z.number().min(0).max(120).optional(),
});

export const bodyMassRecordSchema = z.object({ date: isoDate, kg: z.number().min(20).max(400) });

const _checkIn: Equals<z.output<typeof checkInSchema>, CheckIn> = true;
const _session: Equals<z.output<typeof sessionRecordSchema>, SessionRecord> = true;
const _e1rm: Equals<z.output<typeof e1rmRecordSchema>, E1rmRecord> = true;
const _questionnaire: Equals<z.output<typeof questionnaireRecordSchema>, QuestionnaireRecord> = true;
const _bodyMass: Equals<z.output<typeof bodyMassRecordSchema>, BodyMassRecord> = true;
void [_checkIn, _session, _e1rm, _questionnaire, _bodyMass];
