import { z } from "zod";
import { isoDate } from "../../common.ts";
import { trainingSessionSchema } from "../../engine/index.ts";
import { methodSchema } from "../../engine/method.ts";
import { fieldErrorSchema } from "../../errors.ts";

/**
 * POST /api/clients/:id/method/preview: week 1 of a method the coach is editing (not saved), drafted
 * for one client from their own data through the same engine path as a generated session. Nothing
 * is stored.
 */
export const methodPreviewRequestSchema = z.strictObject({
  method: methodSchema,
  /** Minutes per session (default: the client's usual session length). */
  durationMinutes: z.number().int().min(15).max(240).optional(),
});
export type MethodPreviewRequest = z.input<typeof methodPreviewRequestSchema>;

/** One method day as the client would get it in week 1, or why the engine could not draft it. */
export const methodPreviewDaySchema = z.object({
  dayIndex: z.number().int().min(0),
  label: z.string(),
  /** The date the client's calendar trains this day in week 1; null when their week has fewer training days. */
  date: isoDate.nullable(),
  session: trainingSessionSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string(), fields: z.array(fieldErrorSchema) }).nullable(),
});
export type MethodPreviewDay = z.infer<typeof methodPreviewDaySchema>;

export const methodPreviewResponseSchema = z.object({
  clientId: z.uuid(),
  /** The Monday of week 1 (this week on the server clock). */
  weekStart: isoDate,
  days: z.array(methodPreviewDaySchema),
});
export type MethodPreviewResponse = z.infer<typeof methodPreviewResponseSchema>;
