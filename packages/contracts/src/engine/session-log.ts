import { BODY_REGIONS, type SessionLog, UNITS } from "@spotter/engine";
import { z } from "zod";
import { isoDate } from "../common.ts";
import type { Equals } from "./equals.ts";

export const exercisePainSchema = z.object({ region: z.enum(BODY_REGIONS), severity: z.number().int().min(0).max(10) });

/**
 * One performed set. `reps: 0` with a load is only valid for a missed attempt (`completed: false`)
 * or timed work (a carry or hold logs its load with `seconds`).
 */
export const setLogSchema = z
  .object({
    load: z.number().min(0).max(1500).optional(),
    reps: z.number().int().min(0).max(200),
    rpe: z.number().min(1).max(10).multipleOf(0.5).optional(),
    rir: z.number().min(0).max(10).optional(),
    velocity: z.number().positive().max(5).optional(),
    completed: z.boolean().default(true),
    seconds: z.number().int().min(1).max(7200).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.reps === 0 && (s.load ?? 0) > 0 && s.completed && s.seconds === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["reps"],
        message: "0 reps with a load cannot be a completed set (timed work: give seconds)",
      });
    if (s.rpe !== undefined && s.rir !== undefined)
      ctx.addIssue({ code: "custom", path: ["rir"], message: "give rpe or rir, not both" });
  });

export const exerciseLogSchema = z.object({
  exerciseId: z.string().min(1).max(80),
  target: z
    .object({
      sets: z.number().int().min(1).max(20),
      reps: z.number().int().min(1).max(100).optional(),
      load: z.number().min(0).max(1500).optional(),
      rpe: z.number().min(1).max(10).optional(),
      deload: z.boolean().optional(),
    })
    .optional(),
  sets: z.array(setLogSchema).max(30),
  pain: exercisePainSchema.optional(),
});

/** What a client did in one session: sets, pain per exercise, session RPE, feel, benchmarks, notes. */
export const sessionLogSchema = z.object({
  date: isoDate,
  unit: z.enum(UNITS),
  exercises: z.array(exerciseLogSchema).max(40),
  sessionRpe: z.number().min(0).max(10).optional(),
  feel: z.number().int().min(1).max(5).optional(),
  benchmarks: z
    .array(z.object({ name: z.string().min(1).max(80), value: z.number(), unit: z.string().max(20) }))
    .max(20)
    .default([]),
  notes: z.string().max(4000).optional(),
});
export type SessionLogInput = z.input<typeof sessionLogSchema>;

const _log: Equals<z.output<typeof sessionLogSchema>, SessionLog> = true;
void _log;
