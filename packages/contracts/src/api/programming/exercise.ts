import {
  EQUIPMENT,
  type Exercise,
  JOINT_STRESS_TAGS,
  LEVELS,
  LOAD_TYPES,
  MOVEMENT_PATTERNS,
  MUSCLES,
} from "@spotter/engine";
import { z } from "zod";
import type { Equals } from "../../monitoring/equals.ts";

export const exerciseIdSchema = z.string().min(1).max(80);
const cue = z.string().trim().min(1).max(300);

/** One catalog exercise; an organization's own ids start with `org:`. */
export const exerciseSchema = z.object({
  id: exerciseIdSchema,
  name: z.string().trim().min(1).max(120),
  pattern: z.enum(MOVEMENT_PATTERNS),
  primaryMuscles: z.array(z.enum(MUSCLES)).min(1).max(MUSCLES.length),
  secondaryMuscles: z.array(z.enum(MUSCLES)).max(MUSCLES.length).default([]),
  equipment: z
    .array(z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length))
    .min(1)
    .max(10),
  level: z.enum(LEVELS),
  unilateral: z.boolean(),
  loadType: z.enum(LOAD_TYPES),
  measure: z.enum(["reps", "time", "distance"]),
  jointStress: z.array(z.enum(JOINT_STRESS_TAGS)).max(JOINT_STRESS_TAGS.length).default([]),
  regressions: z.array(exerciseIdSchema).max(20).default([]),
  progressions: z.array(exerciseIdSchema).max(20).default([]),
  cues: z.object({
    setup: z.array(cue).max(10),
    execution: z.array(cue).max(10),
    faults: z.array(cue).max(10),
  }),
  tempo: z
    .string()
    .regex(/^\d{1,2}-\d{1,2}-\d{1,2}-\d{1,2}$/, "expected eccentric-pause-concentric-pause, e.g. 3-1-1-0"),
  secondsPerRep: z.number().positive().max(60),
  tags: z.array(z.string().min(1).max(40)).max(20).default([]),
});

export const EXERCISE_SOURCES = ["builtin", "organization"] as const;

/**
 * A link to a demonstration (video or image): http(s) only, so a `javascript:` or `data:` URL can
 * never reach an href; the web app renders it as a link with rel="noopener noreferrer", never embedded.
 */
export const mediaUrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, "must be an http(s) link, e.g. https://www.youtube.com/watch?v=…");

export const exerciseEntrySchema = exerciseSchema.extend({
  source: z.enum(EXERCISE_SOURCES),
  /** The organization's demonstration link (null for built-ins and when none was given). */
  mediaUrl: z.string().nullable().optional(),
  /** Archived organization exercises stay resolvable for history and methods but leave pickers. */
  archived: z.boolean().optional(),
});
export type ExerciseEntry = z.infer<typeof exerciseEntrySchema>;

/** POST /api/exercises and PUT /api/exercises/:exerciseId: the exercise plus its optional media link. */
export const exerciseWriteRequestSchema = exerciseSchema.extend({ mediaUrl: mediaUrlSchema.nullable().optional() });
export type ExerciseWriteRequest = z.input<typeof exerciseWriteRequestSchema>;

export const exerciseIdParamsSchema = z.object({
  exerciseId: exerciseIdSchema.refine((id) => id.startsWith("org:"), 'organization exercise ids start with "org:"'),
});

/** POST /api/exercises/:exerciseId/archive: archive (true) or restore (false). */
export const exerciseArchiveRequestSchema = z.strictObject({ archived: z.boolean() });

/** Filters: a movement pattern, the equipment on hand (comma-separated: exercises doable with it), free text. */
export const exerciseListQuerySchema = z.object({
  pattern: z.enum(MOVEMENT_PATTERNS).optional(),
  equipment: z
    .string()
    .max(1000)
    .optional()
    .transform((s) =>
      s
        ? s
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length).optional()),
  q: z.string().trim().max(200).optional(),
  source: z.enum(EXERCISE_SOURCES).optional(),
  level: z.enum(LEVELS).optional(),
  /** Archived organization exercises: listed (flagged) by default so names still resolve; `exclude` for pickers. */
  archived: z.enum(["include", "exclude", "only"]).optional(),
});

export const exerciseListResponseSchema = z.object({
  items: z.array(exerciseEntrySchema),
  total: z.number().int(),
});
export type ExerciseListResponse = z.infer<typeof exerciseListResponseSchema>;

// `archived` is the server's flag from the library's archive action, never part of a request body.
const _exercise: Equals<z.output<typeof exerciseSchema>, Omit<Exercise, "archived">> = true;
void _exercise;
