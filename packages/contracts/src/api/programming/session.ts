import { BODY_REGIONS, EQUIPMENT, MAX_GROUP_REST_AFTER, MAX_GROUP_REST_BETWEEN } from "@spotter/engine";
import { z } from "zod";
import { isoDate } from "../../common.ts";
import { sessionItemSchema, trainingSessionSchema } from "../../engine/index.ts";
import { pageQuerySchema } from "../clients.ts";
import { exerciseIdSchema } from "./exercise.ts";
import { storedSessionLogSchema } from "./log.ts";
import { portalSafetySchema } from "./safety.ts";

export const SESSION_STATUSES = ["draft", "published", "logged"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** One prescribed exercise of a stored session; `id` (e.g. `main-0`) is what edits and logs refer to. */
export const storedSessionItemSchema = sessionItemSchema.extend({ id: z.string() });
export type StoredSessionItem = z.infer<typeof storedSessionItemSchema>;

/** The engine's session with item ids: warm-up, main work, finisher, cool-down and session-level reasons. */
export const sessionPlanSchema = trainingSessionSchema.extend({
  warmup: z.array(storedSessionItemSchema),
  main: z.array(storedSessionItemSchema),
  finisher: z.array(storedSessionItemSchema),
  cooldown: z.array(storedSessionItemSchema),
});
export type SessionPlan = z.infer<typeof sessionPlanSchema>;

export const readinessInputSchema = z.object({
  sleepHours: z.number().min(0).max(24).optional(),
  soreness: z.number().min(0).max(10).optional(),
  hrvStatus: z.enum(["below", "within", "above"]).optional(),
});

/** Today's parameters for POST /api/clients/:id/sessions. */
export const sessionGenerateRequestSchema = z.object({
  durationMinutes: z.number().int().min(15).max(240),
  locationId: z.string().min(1).max(40).optional(),
  equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length).optional(),
  newPain: z
    .array(z.object({ region: z.enum(BODY_REGIONS), severity: z.number().int().min(0).max(10) }))
    .max(BODY_REGIONS.length)
    .default([]),
  readiness: readinessInputSchema.optional(),
  /** The session's date (default: today on the server clock, UTC). */
  date: isoDate.optional(),
});
export type SessionGenerateRequest = z.input<typeof sessionGenerateRequestSchema>;

/**
 * POST /api/sessions/:id/publish. Publishing while a red flag is open or a clearance is missing
 * answers 409 naming each blocker (`fields[].path` is its rule id, e.g. `publish.red_flag_open`);
 * an `override` with the coach's reason publishes anyway and is audited.
 */
export const sessionPublishRequestSchema = z
  .object({
    override: z.object({ reason: z.string().trim().min(10).max(1000) }).optional(),
  })
  // No body at all (null or absent) is the plain publish every existing client sends.
  .nullish();
export type SessionPublishRequest = z.input<typeof sessionPublishRequestSchema>;

export const sessionSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string().optional(),
  status: z.enum(SESSION_STATUSES),
  date: isoDate,
  plan: sessionPlanSchema,
  /** The parameters the session was generated with. */
  request: sessionGenerateRequestSchema.partial(),
  /** True once a coach has changed the draft (its items carry `edit.*` reasons, the plan `coach.edit`). */
  editedByCoach: z.boolean(),
  createdAt: z.string(),
  publishedAt: z.string().optional(),
  loggedAt: z.string().optional(),
  log: storedSessionLogSchema.optional(),
});
export type SessionDto = z.infer<typeof sessionSchema>;

export const sessionListQuerySchema = pageQuerySchema.extend({
  status: z.enum([...SESSION_STATUSES, "all"]).default("all"),
});

export const sessionListResponseSchema = z.object({
  items: z.array(sessionSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type SessionListResponse = z.infer<typeof sessionListResponseSchema>;

export const sessionIdParamsSchema = z.object({ sessionId: z.uuid() });

const itemId = z.string().min(1).max(40);

/**
 * A coach's edit of a draft: swap to an offered alternative, change the dose, add a catalog
 * exercise to a section (at `position`, default the end; it gets a new item id), remove an item,
 * move one up or down within its section (a superset moves whole; inside it, partners trade
 * places), group 2-8 neighbouring items into a superset/circuit with its rests, or ungroup one.
 * Item ids stay with their items.
 */
export const sessionEditOpSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("swap"), itemId, exerciseId: exerciseIdSchema }),
  z.object({
    op: z.literal("add"),
    section: z.enum(["warmup", "main", "finisher", "cooldown"]),
    exerciseId: exerciseIdSchema,
    position: z.number().int().min(0).max(100).optional(),
  }),
  z.object({ op: z.literal("remove"), itemId }),
  z.object({ op: z.literal("move"), itemId, direction: z.enum(["up", "down"]) }),
  z.object({
    op: z.literal("group"),
    itemIds: z.array(itemId).min(2).max(8),
    restAfterSeconds: z.number().int().min(0).max(MAX_GROUP_REST_AFTER),
    restBetweenSeconds: z.number().int().min(0).max(MAX_GROUP_REST_BETWEEN).optional(),
  }),
  z.object({ op: z.literal("ungroup"), itemId }),
  z.object({
    op: z.literal("set"),
    itemId,
    sets: z.number().int().min(1).max(20).optional(),
    reps: z.number().int().min(1).max(100).optional(),
    seconds: z.number().int().min(5).max(3600).optional(),
    load: z.number().min(0).max(1000).optional(),
  }),
]);
export const sessionEditRequestSchema = z.object({ ops: z.array(sessionEditOpSchema).min(1).max(50) });
export type SessionEditRequest = z.infer<typeof sessionEditRequestSchema>;

/**
 * GET /api/me/today: the calling client's next session to do, or null; `safety` is present when a
 * red flag is open or a missing clearance hides published work (then `session` skips what it hides).
 */
export const todayResponseSchema = z.object({
  session: sessionSchema.nullable(),
  safety: portalSafetySchema.optional(),
});
export type MyTodayResponse = z.infer<typeof todayResponseSchema>;
