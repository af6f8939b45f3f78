import { z } from "zod";

export const exerciseStateSchema = z.object({
  exerciseId: z.string(),
  exposures: z.number().int(),
  lastDate: z.string(),
  bestE1rmKg: z.number(),
  lastE1rmKg: z.number(),
  /** The current (smoothed) estimate the engine prescribes from; absent on states stored before it. */
  e1rmKg: z.number().optional(),
  recentE1rmKg: z.array(z.number()).optional(),
  lastLoadKg: z.number(),
  lastReps: z.number(),
  lastMinReps: z.number(),
  lastRpe: z.number().optional(),
  lastVelocity: z.number().optional(),
  lastAllCompleted: z.boolean(),
  lastTargetReps: z.number().optional(),
  stallCount: z.number().int(),
  failedCount: z.number().int().optional(),
  lastTargetRpe: z.number().optional(),
  lastPain: z.object({ region: z.string(), severity: z.number(), date: z.string() }).optional(),
});

/** GET /api/clients/:id/progress: e1RM trends, weekly volume and per-exercise progression state. */
export const progressResponseSchema = z.object({
  clientId: z.uuid(),
  e1rm: z.array(
    z.object({
      exerciseId: z.string(),
      name: z.string(),
      points: z.array(z.object({ date: z.string(), e1rmKg: z.number() })),
    }),
  ),
  /** `week` is the ISO date of the week's Monday. Working sets: completed sets with reps. */
  weeklyVolume: z.array(z.object({ week: z.string(), sets: z.number().int(), tonnageKg: z.number() })),
  progression: z.array(exerciseStateSchema.extend({ name: z.string() })),
});
export type ProgressResponse = z.infer<typeof progressResponseSchema>;
