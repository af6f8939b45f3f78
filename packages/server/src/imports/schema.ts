import { z } from "zod";
import { IMPORT_FORMATS } from "./model.ts";

/** 20 MB per file: a decade of daily Hevy logging is ~10 MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const mappingSchema = z.record(z.string().min(1).max(200), z.string().min(1).max(80).nullable());

/**
 * Query of POST /api/clients/:id/imports(/preview); the body is the file itself (Content-Type
 * text/csv, or application/octet-stream for FIT), so no request field carries megabytes of text.
 */
export const importQuerySchema = z.object({
  /** Which app wrote the file; absent: detected from the header. */
  format: z.enum(IMPORT_FORMATS).optional(),
  /** The unit of a Strong classic export's Weight column (it does not say); default kg. */
  unit: z.enum(["kg", "lb"]).optional(),
  /**
   * The coach's choices for app names, as JSON: `{"Seated Leg Curl (Machine)": "lying-leg-curl",
   * "Cable Crunch": null}` (a catalog exercise id, or null to leave the name out).
   */
  mapping: z
    .string()
    .max(10_000)
    .transform((text, ctx) => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        ctx.addIssue({ code: "custom", message: "must be a JSON object of app name → exercise id or null" });
        return z.NEVER;
      }
      const parsed = mappingSchema.safeParse(value);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: "must be a JSON object of app name → exercise id or null" });
        return z.NEVER;
      }
      return parsed.data;
    })
    .optional(),
});

/** What the importer reads: the file and how to read it. */
export type ImportRequest = {
  bytes: Uint8Array;
  format?: z.output<typeof importQuerySchema>["format"];
  unit?: "kg" | "lb";
  mapping?: Record<string, string | null>;
};

const nameSchema = z.object({
  name: z.string(),
  status: z.enum(["exact", "alias", "mapped", "ignored", "unmapped"]),
  exerciseId: z.string().optional(),
  sets: z.number().int(),
  suggestions: z.array(z.object({ exerciseId: z.string(), name: z.string(), score: z.number() })).optional(),
});

/** What an import will add (preview) or added (commit), what it skipped and why. */
export const importSummarySchema = z.object({
  format: z.enum(IMPORT_FORMATS),
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
  exercises: z.array(nameSchema),
  unmapped: z.array(z.string()),
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;
