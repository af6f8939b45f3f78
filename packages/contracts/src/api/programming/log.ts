import { BODY_REGIONS, UNITS } from "@spotter/engine";
import { z } from "zod";
import { isoDate } from "../../common.ts";

const itemId = z.string().min(1).max(40);

/** One performed set of a plan item. Loads in the log's unit (default kg). */
export const setLogInputSchema = z
  .object({
    itemId,
    setIndex: z.number().int().min(0).max(50).optional(),
    load: z.number().min(0, "load must be ≥ 0").max(1000).optional(),
    reps: z.number().int().min(0).max(200),
    rpe: z.number().min(1, "RPE must be 1-10").max(10, "RPE must be 1-10").optional(),
    rir: z.number().min(0).max(10).optional(),
    velocity: z.number().positive().max(5).optional(),
    seconds: z.number().min(0).max(7200).optional(),
    completed: z.boolean(),
  })
  .superRefine((s, ctx) => {
    if (s.reps === 0 && (s.load ?? 0) > 0 && s.seconds === undefined)
      ctx.addIssue({ code: "custom", path: ["reps"], message: "0 reps with a load: give the reps done, or no load" });
    if (s.rpe !== undefined && s.rir !== undefined)
      ctx.addIssue({ code: "custom", path: ["rir"], message: "give rpe or rir, not both" });
  });

/** Pain during one exercise: name it by plan item id or exercise id. */
export const painLogInputSchema = z
  .object({
    itemId: itemId.optional(),
    exerciseId: z.string().min(1).max(80).optional(),
    region: z.enum(BODY_REGIONS),
    severity: z.number().int().min(0).max(10),
  })
  .refine((p) => p.itemId !== undefined || p.exerciseId !== undefined, {
    message: "name the exercise: itemId or exerciseId",
    path: ["itemId"],
  });

/** POST /api/sessions/:sessionId/log. */
export const sessionLogRequestSchema = z.object({
  /** Default: the session's date. */
  date: isoDate.optional(),
  unit: z.enum(UNITS).default("kg"),
  sets: z.array(setLogInputSchema).max(500),
  pain: z.array(painLogInputSchema).max(100).default([]),
  /** Foster session-RPE, 0-10. */
  sessionRpe: z.number().min(0).max(10).optional(),
  /** Minutes actually trained (for session-RPE load); default: the plan's estimated minutes. */
  durationMinutes: z.number().int().min(1).max(600).optional(),
  /** 1 (awful) - 5 (great). */
  feel: z.number().int().min(1).max(5).optional(),
  benchmarks: z
    .array(z.object({ name: z.string().trim().min(1).max(80), value: z.number().finite(), unit: z.string().max(20) }))
    .max(50)
    .default([]),
  notes: z.string().max(5000).optional(),
});
export type SessionLogRequest = z.input<typeof sessionLogRequestSchema>;

/** The log as stored and returned: what was sent, plus who logged it and when. */
export const storedSessionLogSchema = sessionLogRequestSchema.extend({
  date: isoDate,
  pain: z.array(
    z.object({
      itemId: z.string().optional(),
      exerciseId: z.string(),
      region: z.enum(BODY_REGIONS),
      severity: z.number(),
    }),
  ),
  sets: z.array(
    z.object({
      itemId: z.string(),
      setIndex: z.number().int().optional(),
      load: z.number().optional(),
      reps: z.number().int(),
      rpe: z.number().optional(),
      rir: z.number().optional(),
      velocity: z.number().optional(),
      seconds: z.number().optional(),
      completed: z.boolean(),
    }),
  ),
  loggedAt: z.string(),
  loggedByUserId: z.string().nullable(),
});
export type StoredSessionLog = z.infer<typeof storedSessionLogSchema>;
