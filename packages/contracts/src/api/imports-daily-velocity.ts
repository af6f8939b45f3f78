import { z } from "zod";

/**
 * HTTP answers of the Oura/WHOOP daily-export import and the VBT velocity import (issue 15). The
 * file is the request body (text/csv); these are what a preview would add and a commit added.
 */

const skippedSchema = z.array(z.object({ reason: z.string(), records: z.number().int() }));
const rangeSchema = z.object({ from: z.string(), to: z.string() }).nullable();

/** Oura or WHOOP daily values: per metric the days in the file, added and already imported. */
export const dailyImportSummarySchema = z.object({
  format: z.enum(["oura", "whoop"]),
  /** Which export the header was read as, e.g. "WHOOP physiological_cycles.csv". */
  layout: z.string(),
  rows: z.number().int(),
  metrics: z.array(
    z.object({
      metric: z.string(),
      days: z.number().int(),
      added: z.number().int(),
      alreadyImported: z.number().int(),
    }),
  ),
  skipped: skippedSchema,
  dateRange: rangeSchema,
  note: z.string(),
});
export type DailyImportSummary = z.infer<typeof dailyImportSummarySchema>;

/** Per-rep velocities matched to logged sets; unmatched rows are listed with why, never dropped silently. */
export const velocityImportSummarySchema = z.object({
  format: z.literal("velocity"),
  rows: z.number().int(),
  reps: z.object({
    /** Preview: would be added; commit: were added. */
    added: z.number().int(),
    alreadyImported: z.number().int(),
    unmatched: z.number().int(),
  }),
  sets: z.object({ matched: z.number().int(), unmatched: z.number().int() }),
  unmatched: z.array(z.object({ reason: z.string(), rows: z.number().int(), firstLines: z.array(z.number().int()) })),
  exercises: z.array(
    z.object({
      name: z.string(),
      status: z.enum(["exact", "alias", "mapped", "ignored", "unmapped"]),
      exerciseId: z.string().optional(),
      rows: z.number().int(),
    }),
  ),
  dateRange: rangeSchema,
});
export type VelocityImportSummary = z.infer<typeof velocityImportSummarySchema>;

/** GET /api/clients/:id/sessions/:sessionId/velocities: per logged set, the reps' velocities and their mean. */
export const sessionVelocitiesSchema = z.object({
  sets: z.array(
    z.object({
      itemId: z.string(),
      /** 0-based place among the item's logged sets, in set order. */
      position: z.number().int(),
      reps: z.array(z.number()),
      /** Mean of the reps' mean concentric velocities, m/s (2 decimals). */
      meanVelocity: z.number(),
      source: z.string(),
    }),
  ),
});
export type SessionVelocities = z.infer<typeof sessionVelocitiesSchema>;
