import {
  CUE_VERBOSITIES,
  DEFAULT_TRAINER_PROFILE,
  EFFORT_SCALES,
  FINISHER_STYLES,
  GOALS,
  type LoadIncrements,
  PROGRESSION_METHODS,
  TONES,
  TRAINING_STYLES,
  type TrainerProfile,
  WARMUP_STYLES,
} from "@spotter/engine";
import { z } from "zod";
import type { Equals } from "./equals.ts";

const exerciseId = z.string().min(1).max(80);
const positive = z.number().positive().max(200);

export const loadIncrementsSchema = z.object({
  bar: z.number().min(0).max(60),
  barbellStep: positive,
  dumbbellStep: positive,
  kettlebells: z.array(positive).min(1).max(40),
  machineStep: positive,
  cableStep: positive,
});

const restRuleSchema = z.object({
  main: z.number().int().min(15).max(600),
  accessory: z.number().int().min(15).max(600),
});
const D = DEFAULT_TRAINER_PROFILE;

/** The Trainer Profile as the API accepts it; every field has a default, so `{}` is valid. */
export const trainerProfileSchema = z.object({
  trainingStyles: z
    .array(z.enum(TRAINING_STYLES))
    .min(1)
    .max(TRAINING_STYLES.length)
    .default([...D.trainingStyles]),
  progressionMethods: z
    .array(z.enum(PROGRESSION_METHODS))
    .min(1)
    .max(PROGRESSION_METHODS.length)
    .default([...D.progressionMethods]),
  effortScale: z.enum(EFFORT_SCALES).default(D.effortScale),
  warmupStyle: z.enum(WARMUP_STYLES).default(D.warmupStyle),
  finisherStyle: z.enum(FINISHER_STYLES).default(D.finisherStyle),
  preferredExercises: z.array(exerciseId).max(200).default([]),
  bannedExercises: z.array(exerciseId).max(200).default([]),
  restSecondsByGoal: z.record(z.enum(GOALS), restRuleSchema).default(D.restSecondsByGoal),
  deloadEveryWeeks: z.number().int().min(2).max(12).default(D.deloadEveryWeeks),
  units: z.enum(["client", "kg", "lb"]).default(D.units),
  loadIncrements: z.object({ kg: loadIncrementsSchema, lb: loadIncrementsSchema }).default(D.loadIncrements),
  voice: z
    .object({ cueVerbosity: z.enum(CUE_VERBOSITIES).default("standard"), tone: z.enum(TONES).default("direct") })
    .default(D.voice),
  /** Method id per goal (built-in or the organization's `org:` id); a goal left out gets the engine's default. */
  defaultMethods: z
    .partialRecord(
      z.enum(GOALS),
      z
        .string()
        .max(120)
        .regex(
          /^(org:)?[a-z0-9]+(-[a-z0-9]+)*$/,
          "must be a method id (kebab-case, organization methods prefixed org:)",
        ),
    )
    .default({}),
});
export type TrainerProfileInput = z.input<typeof trainerProfileSchema>;

const _profile: Equals<z.output<typeof trainerProfileSchema>, TrainerProfile> = true;
const _inc: Equals<z.output<typeof loadIncrementsSchema>, LoadIncrements> = true;
void _profile;
void _inc;
