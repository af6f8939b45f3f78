import { GOALS, LEVELS } from "@spotter/engine";
import { z } from "zod";
import { methodSchema } from "../../engine/method.ts";

/** A method id: built-in kebab-case, or the organization's own prefixed `org:`. */
export const methodIdSchema = z
  .string()
  .max(120)
  .regex(/^(org:)?[a-z0-9]+(-[a-z0-9]+)*$/, "must be a method id (kebab-case, organization methods prefixed org:)");

export const methodIdParamsSchema = z.object({ methodId: methodIdSchema });

export const METHOD_SOURCES = ["builtin", "organization"] as const;

/** A list row: what a coach reads to pick a method (GET one for the full JSON). */
export const methodSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  goals: z.array(z.enum(GOALS)),
  levels: z.array(z.enum(LEVELS)),
  daysPerWeek: z.number().int(),
  dayLabels: z.array(z.string()),
  source: z.enum(METHOD_SOURCES),
  updatedAt: z.string().nullable(),
});
export type MethodSummary = z.infer<typeof methodSummarySchema>;

export const methodListResponseSchema = z.object({ items: z.array(methodSummarySchema), total: z.number().int() });
export type MethodListResponse = z.infer<typeof methodListResponseSchema>;

/** One method in full; built-ins are read-only (`source: "builtin"`). */
export const methodEntrySchema = z.object({
  method: methodSchema,
  source: z.enum(METHOD_SOURCES),
  updatedAt: z.string().nullable(),
});
export type MethodEntry = z.infer<typeof methodEntrySchema>;

/** POST /api/methods (create or import) and PUT /api/methods/:methodId: the method JSON itself. */
export const methodWriteRequestSchema = methodSchema;

/**
 * PUT /api/clients/:id/method: `{ methodId }` assigns a built-in or organization method,
 * `{ method }` stores a per-client copy the coach edited (it wins over methodId), and `null`
 * (or `{}`) clears both so the trainer's default for the client's goal applies.
 */
export const clientMethodRequestSchema = z
  .strictObject({
    methodId: methodIdSchema.nullable().optional(),
    method: methodSchema.nullable().optional(),
  })
  .nullable();
export type ClientMethodRequest = z.input<typeof clientMethodRequestSchema>;

export const METHOD_RESOLUTIONS = [
  "client_override",
  "client_assignment",
  "trainer_default",
  "engine_default",
] as const;

export const clientMethodViewSchema = z.object({
  clientId: z.uuid(),
  methodId: z.string().nullable(),
  override: methodSchema.nullable(),
  /** The method the client's drafts follow and which rule chose it; null when none resolves. */
  resolved: z.object({ id: z.string(), name: z.string(), via: z.enum(METHOD_RESOLUTIONS) }).nullable(),
  /** After a change: the saved roadmap was rebuilt, had its days replaced, or there was none. */
  roadmap: z.enum(["rebuilt", "split_replaced", "none"]).optional(),
});
export type ClientMethodView = z.infer<typeof clientMethodViewSchema>;
