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
  /**
   * Instead of a body: the token a preview answered with (header spotter-upload-token), so the
   * commit or a second preview reuses the file the server kept (imports/preview-uploads.ts).
   */
  upload: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "must be the token a preview answered with")
    .optional(),
  /** Which app wrote the file; absent: detected from the header. */
  format: z.enum(IMPORT_FORMATS).optional(),
  /** The unit of a Strong classic export's Weight column (it does not say); default kg. */
  unit: z.enum(["kg", "lb"]).optional(),
  /** A FIT weight-scale file shared by several people: this client's scale user (profile index). */
  fitUser: z.coerce.number().int().min(0).max(254).optional(),
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
  fitUser?: number;
  mapping?: Record<string, string | null>;
};

/** The answers' shapes live in contracts (the web app reads them); re-exported for the server. */
export { type ImportSummary, importSummarySchema } from "@spotter/contracts";
