import { z } from "zod";

/**
 * HTTP shapes of imports from other apps and wearables (issue 15). The file is the request body
 * (text/csv, application/octet-stream for FIT, application/xml streamed for Apple Health), so no
 * JSON field carries megabytes; these are the answers, and the organization's exercise mappings.
 */

export const importFormatSchema = z.enum(["strong", "hevy", "fitnotes", "fit"]);

const importNameSchema = z.object({
  name: z.string(),
  /** exact/alias: the catalog matched; mapped: a coach's mapping; ignored: left out; unmapped: needs a decision. */
  status: z.enum(["exact", "alias", "mapped", "ignored", "unmapped"]),
  exerciseId: z.string().optional(),
  sets: z.number().int(),
  suggestions: z.array(z.object({ exerciseId: z.string(), name: z.string(), score: z.number() })).optional(),
});
export type ImportName = z.infer<typeof importNameSchema>;

/**
 * What a FIT file gives besides strength sessions (monitoring: steps, resting HR; RR intervals: ln
 * rMSSD of a morning resting recording; scale: weigh-ins), stored as daily wearable values marked
 * with their source; what was skipped and why.
 */
export const fitWearableSummarySchema = z.object({
  source: z.literal("garmin_fit"),
  metrics: z.array(
    z.object({
      metric: z.string(),
      days: z.number().int(),
      added: z.number().int(),
      alreadyImported: z.number().int(),
    }),
  ),
  weighIns: z.object({ days: z.number().int(), added: z.number().int(), alreadyPresent: z.number().int() }),
  skipped: z.array(z.object({ reason: z.string(), records: z.number().int() })),
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  note: z.string(),
});
export type FitWearableSummary = z.infer<typeof fitWearableSummarySchema>;

/** What an import will add (preview) or added (commit), what it skipped and why. */
export const importSummarySchema = z.object({
  format: importFormatSchema,
  rows: z.number().int(),
  sessions: z.object({
    inFile: z.number().int(),
    /** Preview: would be added; commit: were added. */
    added: z.number().int(),
    alreadyImported: z.number().int(),
    /** Workouts none of whose sets could be imported. */
    empty: z.number().int(),
  }),
  sets: z.object({ working: z.number().int(), warmup: z.number().int(), skipped: z.number().int() }),
  skipped: z.array(z.object({ reason: z.string(), sets: z.number().int(), firstLines: z.array(z.number().int()) })),
  exercises: z.array(importNameSchema),
  unmapped: z.array(z.string()),
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  /** FIT only: monitoring, HRV and weigh-ins of the file (absent when it holds none). */
  wearable: fitWearableSummarySchema.optional(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** What an Apple Health export holds (preview) or added (commit). */
export const appleHealthSummarySchema = z.object({
  format: z.literal("apple-health"),
  records: z.number().int(),
  metrics: z.array(
    z.object({
      metric: z.string(),
      days: z.number().int(),
      added: z.number().int(),
      alreadyImported: z.number().int(),
    }),
  ),
  bodyMass: z.object({ days: z.number().int(), added: z.number().int(), alreadyPresent: z.number().int() }),
  workouts: z.object({ inFile: z.number().int(), added: z.number().int(), alreadyImported: z.number().int() }),
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  skipped: z.array(z.object({ reason: z.string(), records: z.number().int() })),
  note: z.string(),
});
export type AppleHealthSummary = z.infer<typeof appleHealthSummarySchema>;

/** One of the organization's decisions for an app's exercise name. */
export const exerciseMappingSchema = z.object({
  /** The name as the app writes it, e.g. "Katana Triceps Extension". */
  name: z.string().trim().min(1).max(200),
  /** A catalog exercise id (built-in or `org:`), or null to leave the name's sets out. */
  exerciseId: z.string().min(1).max(80).nullable(),
});
export type ExerciseMapping = z.infer<typeof exerciseMappingSchema>;

/** PUT /api/exercise-mappings: names to map (or re-map); other stored names are left as they are. */
export const exerciseMappingsPutSchema = z.object({
  mappings: z.array(exerciseMappingSchema).min(1).max(500),
});
export type ExerciseMappingsPut = z.infer<typeof exerciseMappingsPutSchema>;

export const exerciseMappingListSchema = z.object({
  items: z.array(exerciseMappingSchema.extend({ exerciseName: z.string().nullable(), updatedAt: z.string() })),
});
export type ExerciseMappingList = z.infer<typeof exerciseMappingListSchema>;

/** DELETE /api/exercise-mappings/:name: the app name (any spelling that normalizes the same). */
export const exerciseMappingParamsSchema = z.object({ name: z.string().trim().min(1).max(200) });
