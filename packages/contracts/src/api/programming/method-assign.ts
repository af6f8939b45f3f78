import { z } from "zod";
import { METHOD_RESOLUTIONS, methodIdSchema } from "./method.ts";

/** At most this many clients per bulk assignment (one request, one transaction per client). */
export const MAX_BULK_ASSIGN = 200;

/** What assigning a method would do (or did) to a client's saved roadmap. */
export const ASSIGN_ROADMAP_EFFECTS = [
  /** No saved roadmap: the next draft builds one with the new method. */
  "none",
  /** The roadmap the coach never edited is rebuilt from its own start date with the new method. */
  "rebuilt",
  /** The coach edited the roadmap: its blocks stay, every block gets the new method's days. */
  "split_replaced",
  /** The client already follows this method by assignment: nothing changes. */
  "unchanged",
] as const;

const currentMethodSchema = z.object({ id: z.string(), name: z.string(), via: z.enum(METHOD_RESOLUTIONS) }).nullable();

/** GET /api/methods/:methodId/assignments: every client the caller coaches, what they follow now and what would change. */
export const methodAssignCandidateSchema = z.object({
  clientId: z.uuid(),
  name: z.string(),
  current: currentMethodSchema,
  effect: z.enum(ASSIGN_ROADMAP_EFFECTS),
});
export type MethodAssignCandidate = z.infer<typeof methodAssignCandidateSchema>;

export const methodAssignCandidatesResponseSchema = z.object({
  methodId: z.string(),
  items: z.array(methodAssignCandidateSchema),
  total: z.number().int(),
});
export type MethodAssignCandidatesResponse = z.infer<typeof methodAssignCandidatesResponseSchema>;

/** POST /api/methods/:methodId/assign: the clients to assign it to (duplicates are refused). */
export const methodBulkAssignRequestSchema = z.strictObject({
  clientIds: z
    .array(z.uuid())
    .min(1)
    .max(MAX_BULK_ASSIGN)
    .refine((ids) => new Set(ids).size === ids.length, "lists a client twice"),
});
export type MethodBulkAssignRequest = z.infer<typeof methodBulkAssignRequestSchema>;

/**
 * One client's outcome. Each client is assigned in its own transaction: `assigned` means the
 * assignment and the roadmap follow-up were both saved; anything else means nothing changed for
 * that client. `not_found` answers alike for a missing, another organization's or an unassigned client.
 */
export const methodBulkAssignResultSchema = z.discriminatedUnion("status", [
  z.object({
    clientId: z.uuid(),
    status: z.literal("assigned"),
    previous: currentMethodSchema,
    roadmap: z.enum(["rebuilt", "split_replaced", "none"]),
  }),
  z.object({
    clientId: z.uuid(),
    status: z.enum(["not_found", "failed"]),
    error: z.object({ code: z.string(), message: z.string() }),
  }),
]);
export type MethodBulkAssignResult = z.infer<typeof methodBulkAssignResultSchema>;

export const methodBulkAssignResponseSchema = z.object({
  methodId: z.string(),
  results: z.array(methodBulkAssignResultSchema),
  assigned: z.number().int(),
  failed: z.number().int(),
});
export type MethodBulkAssignResponse = z.infer<typeof methodBulkAssignResponseSchema>;

/** POST /api/clients/:id/method/template: save the client's current program as an organization method. */
export const saveClientMethodTemplateRequestSchema = z.strictObject({
  id: methodIdSchema.refine((id) => id.startsWith("org:"), 'must start with "org:"'),
  name: z.string().trim().min(1).max(120),
});
export type SaveClientMethodTemplateRequest = z.infer<typeof saveClientMethodTemplateRequestSchema>;
